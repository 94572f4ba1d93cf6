import { describe, expect, it } from 'vitest';
import { countText, readingMinutes } from '../../../src/site/reading-time.ts';

describe('countText', () => {
  it('returns English words, not characters', () => {
    expect(countText('No nation is immune to its devastating effects; societies suffer.', 'en')).toEqual({ han: 0, words: 10 });
  });
  it('counts hyphenated names and numbers as words', () => {
    expect(countText('Operation Zarb-e-Azb (2014) and ISIS-K', 'en').words).toBeGreaterThanOrEqual(5);
  });
  it('returns Chinese characters, not words, and ignores punctuation', () => {
    expect(countText('恐怖主义是超越国界的严重威胁，威胁着世界。', 'zh')).toEqual({ han: 19, words: 0 });
  });
  it('returns both counts for mixed text', () => {
    expect(countText('巴基斯坦和 FATF 在2014年合作', 'zh')).toEqual({ han: 9, words: 2 });
  });
});

describe('readingMinutes', () => {
  it('returns minutes at 230 English words a minute', () => {
    expect(readingMinutes('word '.repeat(1150), 'en')).toBe(5);
  });
  it('returns minutes at 300 Chinese characters a minute', () => {
    expect(readingMinutes('字'.repeat(1500), 'zh')).toBe(5);
  });
  it('returns at least one minute', () => {
    expect(readingMinutes('', 'en')).toBe(1);
  });
});
