import { describe, expect, it } from 'vitest';
import { language, readingOrder, type Part } from '../../../src/scripts/reading-order.ts';

const part = (block: number, n: number, lang: string): Part => ({ block, n, language: lang });
const show = (parts: Part[]) => parts.map((p) => `${p.block}.${p.n}${p.language}`).join(' ');

describe('readingOrder', () => {
  // As the page lists them: each block's English groups, then its Chinese ones.
  const page = [part(0, 1, 'en'), part(0, 2, 'en'), part(0, 1, 'zh'), part(0, 2, 'zh'), part(1, 1, 'en'), part(1, 1, 'zh')];
  it('reads each group in English and then in Chinese', () => {
    expect(show(readingOrder(page, 'en'))).toBe('0.1en 0.1zh 0.2en 0.2zh 1.1en 1.1zh');
  });
  it('reads each group in Chinese first, the other way', () => {
    expect(show(readingOrder(page, 'zh'))).toBe('0.1zh 0.1en 0.2zh 0.2en 1.1zh 1.1en');
  });
  it('reads a group one language lacks where its number falls', () => {
    expect(show(readingOrder([part(0, 1, 'zh'), part(0, 3, 'zh'), part(0, 1, 'en'), part(0, 2, 'en')], 'en'))).toBe('0.1en 0.1zh 0.2en 0.3zh');
  });
  it('keeps a one-language page in its own order', () => {
    expect(show(readingOrder([part(0, 1, 'zh'), part(0, 2, 'zh'), part(1, 1, 'zh')], 'en'))).toBe('0.1zh 0.2zh 1.1zh');
  });
});

describe('language', () => {
  it('gives the primary subtag', () => {
    expect(language('zh-Hant')).toBe('zh');
    expect(language('EN-gb')).toBe('en');
  });
});
