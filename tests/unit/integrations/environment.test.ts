import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { buildEnvironment, buildHeap, HEAP_GROWING_PERCENT } from '../../../src/integrations/environment.ts';

vi.mock('node:v8', () => ({ setFlagsFromString: vi.fn() }));

describe('buildEnvironment', () => {
  it('keeps the environment and limits malloc to two arenas', () => {
    expect(buildEnvironment({ OUT_DIR: 'x' })).toEqual({ OUT_DIR: 'x', MALLOC_ARENA_MAX: '2' });
  });
  it('lets a value set in the environment win', () => {
    expect(buildEnvironment({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
  });
});

describe('buildHeap', () => {
  const setup = (command: string) => (buildHeap().hooks['astro:config:setup'] as (options: { command: string }) => void)({ command });
  beforeEach(() => vi.mocked(setFlagsFromString).mockClear());

  it('bounds the heaps’ growth in a build', () => {
    setup('build');
    expect(setFlagsFromString).toHaveBeenCalledExactlyOnceWith(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  });
  it('leaves the dev server and the other commands to V8', () => {
    for (const command of ['dev', 'preview', 'sync']) setup(command);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});
