import { describe, expect, it } from 'vitest';
import { quoteUrl, textDirective, wholeWords } from '../../../src/site/quote.ts';

describe('wholeWords', () => {
  it('widens a selection that cuts a word to the whole word, at both ends', () => {
    expect(wholeWords('No nation is immune to its devastating effects', 4, 30)).toBe('nation is immune to its devastating');
    expect(wholeWords('No nation is immune', 3, 12)).toBe('nation is');
  });
  it('keeps a selection of whole words, and Chinese as selected', () => {
    expect(wholeWords('No nation is immune', 3, 9)).toBe('nation');
    expect(wholeWords('巴基斯坦和美国', 1, 3)).toBe('基斯');
  });
});

describe('textDirective', () => {
  it('encodes the quote, its directive delimiters - , & included, white space collapsed', () => {
    expect(textDirective(' cooperation,\n trust - and & ')).toBe('cooperation%2C%20trust%20%2D%20and%20%26');
    expect(textDirective('巴基斯坦')).toBe(encodeURIComponent('巴基斯坦'));
  });
  it('gives a long quote by its first and last four words, or ten characters without spaces', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    expect(textDirective(words)).toBe('word0%20word1%20word2%20word3,word26%20word27%20word28%20word29');
    const chinese = '一二三四五六七八九十'.repeat(13);
    expect(textDirective(chinese)).toBe(`${encodeURIComponent('一二三四五六七八九十')},${encodeURIComponent('一二三四五六七八九十')}`);
  });
});

describe('quoteUrl', () => {
  it('returns the page’s address without its query, the sentence’s id and the text directive', () => {
    expect(quoteUrl('https://example.org/en/a/?x=1#old', 'intro-p1-s2', 'Two words')).toBe('https://example.org/en/a/#intro-p1-s2:~:text=Two%20words');
    expect(quoteUrl('http://localhost:4174/articles/zh/a/bilingual/', 'b-p3-s1', '合作')).toBe(
      `http://localhost:4174/articles/zh/a/bilingual/#b-p3-s1:~:text=${encodeURIComponent('合作')}`,
    );
  });
});
