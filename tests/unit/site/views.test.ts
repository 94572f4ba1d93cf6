import { describe, expect, it } from 'vitest';
import { articleChoices, languageChoices } from '../../../src/site/views.ts';

const t = 'Bilingual';

describe('languageChoices', () => {
  it('returns each language labelled in itself, the current one without a path or lang', () => {
    expect(languageChoices({ en: '/en/', zh: '/zh/' }, 'en')).toEqual([
      { view: 'en', label: 'English', path: undefined, lang: undefined, locale: 'en' },
      { view: 'zh', label: '中文', path: '/zh/', lang: 'zh-CN', locale: 'zh' },
    ]);
  });
  it('returns the given labels in place of the names', () => {
    expect(languageChoices({ en: '/en/', zh: '/zh/' }, 'en', { zh: '中文（暂无译文）' })[1]?.label).toBe('中文（暂无译文）');
  });
  it('returns Chinese once, current on a page in either script', () => {
    const paths = { en: '/en/', zh: '/zh/', 'zh-hant': '/zh-hant/' };
    expect(languageChoices(paths, 'zh-hant')).toEqual([
      { view: 'en', label: 'English', path: '/en/', lang: 'en', locale: 'en' },
      { view: 'zh', label: '中文', path: undefined, lang: undefined, locale: 'zh' },
    ]);
    expect(languageChoices(paths, 'en')[1]).toEqual({ view: 'zh', label: '中文', path: '/zh/', lang: 'zh-CN', locale: 'zh' });
  });
  it('returns the current choice labelled in the page’s own script', () => {
    expect(
      languageChoices({ en: '/en/', zh: '/zh/', 'zh-hant': '/zh-hant/' }, 'zh-hant', {
        zh: '中文（暂无译文）',
        'zh-hant': '中文（尚無譯文）',
      })[1]?.label,
    ).toBe('中文（尚無譯文）');
  });
  it('returns only the languages the page exists in', () => {
    expect(languageChoices({ en: '/en/' }, 'en').map((c) => c.view)).toEqual(['en']);
  });
});

describe('articleChoices', () => {
  it('returns both languages and the bilingual view in the interface language', () => {
    const choices = articleChoices('a', ['en', 'zh'], { view: 'zh', locale: 'zh' }, t);
    expect(choices.map((c) => [c.view, c.path])).toEqual([
      ['en', '/en/a/'],
      ['zh', undefined],
      ['bilingual', '/zh/a/bilingual/'],
    ]);
  });
  it('returns every language as a link from the bilingual view', () => {
    const choices = articleChoices('a', ['en', 'zh'], { view: 'bilingual', locale: 'en' }, t);
    expect(choices.map((c) => [c.view, c.path, c.locale])).toEqual([
      ['en', '/en/a/', 'en'],
      ['zh', '/zh/a/', 'zh'],
      ['bilingual', undefined, 'en'],
    ]);
  });
  it('returns the bilingual view of the Traditional Chinese page in Traditional Chinese', () => {
    const choices = articleChoices('a', ['en', 'zh', 'zh-hant'], { view: 'zh-hant', locale: 'zh-hant' }, '雙語');
    expect(choices.map((c) => [c.view, c.path, c.label])).toEqual([
      ['en', '/en/a/', 'English'],
      ['zh', undefined, '中文'],
      ['bilingual', '/zh-hant/a/bilingual/', '雙語'],
    ]);
  });
  it('returns a missing translation labelled so, and no bilingual view', () => {
    expect(articleChoices('a', ['en'], { view: 'en', locale: 'en' }, t).map((c) => [c.view, c.label, c.path])).toEqual([
      ['en', 'English', undefined],
      ['zh', '中文（暂无译文）', '/zh/a/'],
    ]);
  });
});
