import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../src/lib/negotiate.ts';

describe('pickLocale', () => {
  it('returns a remembered choice before the browser languages', () => {
    expect(pickLocale('zh', ['en-US'])).toBe('zh');
  });
  it('ignores a remembered value the site does not have', () => {
    expect(pickLocale('fr', ['zh-CN'])).toBe('zh');
  });
  it.each([
    [['zh-CN'], 'zh'],
    [['zh-Hans-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['fr-FR', 'en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'ZH'], 'zh'],
  ])('returns the first browser language the site has (%j → %s)', (languages, expected) => {
    expect(pickLocale(null, languages)).toBe(expected);
  });
  it('returns the original language when nothing matches', () => {
    expect(pickLocale(null, ['fr', 'de'])).toBe('en');
    expect(pickLocale(null, [])).toBe('en');
  });
});
