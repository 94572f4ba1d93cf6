import { describe, expect, it } from 'vitest';
import { localeKeys } from '../../../src/i18n/locales.ts';
import { pickLocale as pick } from '../../../src/i18n/negotiate.ts';

const pickLocale = (remembered: string | null, languages: string[]) => pick(remembered, languages, localeKeys);

describe('pickLocale', () => {
  it('returns a remembered choice before the browser languages', () => {
    expect(pickLocale('zh', ['en-US'])).toBe('zh');
    expect(pickLocale('zh-hant', ['zh-CN'])).toBe('zh-hant');
  });
  it('ignores a remembered value the site does not have', () => {
    expect(pickLocale('fr', ['zh-CN'])).toBe('zh');
  });
  it.each([
    [['zh-CN'], 'zh'],
    [['zh-Hans-CN', 'en'], 'zh'],
    [['zh-SG'], 'zh'],
    [['fr-FR', 'en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'ZH'], 'zh'],
  ])('returns the first browser language the site has (%j → %s)', (languages, expected) => {
    expect(pickLocale(null, languages)).toBe(expected);
  });
  it.each([['zh-TW'], ['zh-HK'], ['zh-MO'], ['zh-Hant'], ['zh-Hant-TW'], ['zh-hant-hk'], ['ZH-TW']])(
    'returns Traditional Chinese for %s',
    (tag) => {
      expect(pickLocale(null, ['fr-FR', tag, 'zh-CN'])).toBe('zh-hant');
    },
  );
  it('returns Simplified Chinese for a Hong Kong or Taiwan tag that names the Simplified script', () => {
    expect(pickLocale(null, ['zh-Hans-HK'])).toBe('zh');
    expect(pickLocale(null, ['zh-Hans-TW'])).toBe('zh');
  });
  it('returns the original language when nothing matches', () => {
    expect(pickLocale(null, ['fr', 'de'])).toBe('en');
    expect(pickLocale(null, [])).toBe('en');
  });
});
