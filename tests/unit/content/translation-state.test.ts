import { describe, expect, it } from 'vitest';
import { describeState, type TranslationState } from '../../../src/content/translation-state.ts';

describe('describeState', () => {
  it.each<[TranslationState, string]>([
    [{ state: 'missing' }, 'a zh: missing'],
    [{ state: 'current' }, 'a zh: current'],
    [{ state: 'stale', sections: ['One', 'Two'] }, 'a zh: stale, changed since the stamp: One; Two'],
    [{ state: 'stale', sections: undefined }, 'a zh: stale, the stamped version of the original is not in the history'],
    [{ state: 'mismatch', message: 'block 3 differs' }, 'a zh: structure mismatch: block 3 differs'],
  ])('returns one line for %j', (state, line) => {
    expect(describeState('a', 'zh', state)).toBe(line);
  });
});
