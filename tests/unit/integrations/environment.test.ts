import { describe, expect, it } from 'vitest';
import { buildEnvironment } from '../../../src/integrations/environment.ts';

describe('buildEnvironment', () => {
  it('keeps the environment and limits malloc to two arenas', () => {
    expect(buildEnvironment({ OUT_DIR: 'x' })).toEqual({ OUT_DIR: 'x', MALLOC_ARENA_MAX: '2' });
  });
  it('lets a value set in the environment win', () => {
    expect(buildEnvironment({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
  });
});
