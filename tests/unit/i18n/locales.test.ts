import { describe, expect, it } from 'vitest';
import { convertedFrom, editionName, localeKeys, partnerLocale, sameLanguage } from '../../../src/i18n/locales.ts';

describe('partnerLocale', () => {
  it('returns the original for a translation, in either Chinese script', () => {
    expect(partnerLocale('zh', ['en', 'zh', 'zh-hant'])).toBe('en');
    expect(partnerLocale('zh-hant', ['en', 'zh', 'zh-hant'])).toBe('en');
  });
  it('returns the first translation for the original', () => {
    expect(partnerLocale('en', ['en', 'zh', 'zh-hant'])).toBe('zh');
    expect(partnerLocale('en', ['en', 'zh-hant'])).toBe('zh-hant');
  });
  it('returns nothing for a language the article does not have, or an article without translation', () => {
    expect(partnerLocale('zh-hant', ['en'])).toBeUndefined();
    expect(partnerLocale('en', ['en'])).toBeUndefined();
  });
});

describe('sameLanguage', () => {
  it('returns both Chinese scripts for either, and English alone', () => {
    expect(sameLanguage('zh-hant')).toEqual(['zh', 'zh-hant']);
    expect(sameLanguage('zh')).toEqual(['zh', 'zh-hant']);
    expect(sameLanguage('en')).toEqual(['en']);
  });
});

describe('convertedFrom', () => {
  it('returns Simplified Chinese for Traditional, nothing for the written languages', () => {
    expect(convertedFrom('zh-hant')).toBe('zh');
    expect(convertedFrom('zh')).toBeUndefined();
  });
});

describe('editionName', () => {
  it('returns each edition’s name in its own script', () => {
    expect(localeKeys.map(editionName)).toEqual(['English', '简体中文', '繁體中文']);
  });
});
