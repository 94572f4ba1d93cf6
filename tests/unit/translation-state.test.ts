import { describe, expect, it } from 'vitest';
import { describeState } from '../../src/lib/translation-state.ts';

describe('describeState', () => {
  it.each([
    [{ state: 'missing' } as const, 'a zh: missing'],
    [{ state: 'current' } as const, 'a zh: current'],
    [{ state: 'stale', sections: ['One', 'Two'] } as const, 'a zh: stale, changed since the stamp: One; Two'],
    [{ state: 'stale', sections: undefined } as const, 'a zh: stale, the stamped version of the original is not in the history'],
    [{ state: 'mismatch', message: 'block 3 differs' } as const, 'a zh: structure mismatch: block 3 differs'],
  ])('returns one line for %j', (state, line) => {
    expect(describeState('a', 'zh', state)).toBe(line);
  });
});
