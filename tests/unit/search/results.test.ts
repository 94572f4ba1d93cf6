import { describe, expect, it } from 'vitest';
import { articleResult, blockAt, byArticle, landingPath, type ArticleResult, type IndexedPage } from '../../../src/search/results.ts';

const site = { base: '/articles/', locales: ['en', 'zh'] as const };
const anchors = [
  { element: 'p', id: 'intro-p1', location: 0 },
  { element: 'h2', id: 'history', text: 'History', location: 10 },
  { element: 'p', id: 'history-p1', location: 12 },
  { element: 'p', id: 'history-p2', location: 20 },
];

/** An indexed page of the Chinese version of article `a`, matched in its second paragraph of a section. */
function zhPage(meta: Record<string, string> = { title: ' 合  作 ', title_en: 'Cooperation' }): IndexedPage {
  return {
    url: '/articles/zh/a/',
    meta,
    anchors: anchors.map((a) => (a.id === 'history' ? { ...a, text: ' 历  史 ' } : a)),
    excerpt: ' 反  恐 ',
    sub_results: [
      { title: ' 合  作 ', url: '/articles/zh/a/', locations: [3], excerpt: '<mark>反</mark>' },
      { title: ' 历  史 ', url: '/articles/zh/a/#history', anchor: anchors[1], locations: [22, 24], excerpt: ' 在 <mark>反</mark> <mark>恐</mark> ' },
    ],
  };
}

describe('blockAt', () => {
  it('returns the block whose text holds the word', () => {
    expect(blockAt(anchors, 21)).toBe('history-p2');
    expect(blockAt(anchors, 12)).toBe('history-p1');
  });
  it('returns undefined before the first block', () => {
    expect(blockAt(anchors.slice(1), 3)).toBeUndefined();
  });
});

describe('articleResult', () => {
  it('returns the best passage of a page, its section and block, titled in the interface language', () => {
    expect(articleResult(zhPage(), site, 'en')).toEqual({
      slug: 'a',
      title: 'Cooperation',
      titleLocale: 'en',
      locale: 'zh',
      section: '历史',
      passage: [
        { text: '在', marked: false },
        { text: '反恐', marked: true },
      ],
      block: 'history-p2',
      locales: ['en', 'zh'],
    });
  });
  it('returns the page’s own title in its language, for the interface of that language', () => {
    expect(articleResult(zhPage(), site, 'zh')).toMatchObject({ title: '合作', titleLocale: 'zh' });
  });
  it('returns the page’s own title, in its language, for an article not published in the interface language', () => {
    expect(articleResult(zhPage({ title: ' 合  作 ' }), site, 'en')).toMatchObject({ title: '合作', titleLocale: 'zh', locales: ['zh'] });
  });
  it('returns undefined for a page that is not an article', () => {
    expect(articleResult({ ...zhPage(), url: '/articles/zh/a/bilingual/' }, site, 'en')).toBeUndefined();
    expect(articleResult({ ...zhPage(), url: '/elsewhere/zh/a/' }, site, 'en')).toBeUndefined();
  });
});

describe('byArticle', () => {
  const result = (slug: string, locale: 'en' | 'zh', block?: string): ArticleResult => ({
    slug,
    title: slug,
    titleLocale: 'en',
    locale,
    section: undefined,
    passage: [],
    block,
    locales: ['en', 'zh'],
  });
  it('returns one result per article, in the order of their first match', () => {
    expect(byArticle([result('a', 'en', 'p'), result('b', 'en', 'p'), result('a', 'zh', 'p')], 'en').map((r) => [r.slug, r.locale])).toEqual([
      ['a', 'en'],
      ['b', 'en'],
    ]);
  });
  it('returns the passage in the interface language when the article matched in both', () => {
    expect(byArticle([result('a', 'zh', 'p'), result('b', 'en', 'p'), result('a', 'en', 'p')], 'en').map((r) => [r.slug, r.locale])).toEqual([
      ['a', 'en'],
      ['b', 'en'],
    ]);
  });
});

describe('landingPath', () => {
  const found = { slug: 'a', locale: 'zh' as const, block: 'history-p2', locales: ['en', 'zh'] as ('en' | 'zh')[] };
  const reader = { ui: 'en' as const, view: null, locales: site.locales };
  it('returns the article in the interface language at the block', () => {
    expect(landingPath(found, reader)).toBe('/en/a/#history-p2');
  });
  it('returns the bilingual view for a reader who chose it', () => {
    expect(landingPath(found, { ...reader, view: 'bilingual' })).toBe('/en/a/bilingual/#history-p2');
  });
  it('returns the language the article has when it lacks the interface language, and no bilingual view', () => {
    expect(landingPath({ ...found, locales: ['zh'] }, { ...reader, view: 'bilingual' })).toBe('/zh/a/#history-p2');
  });
  it('returns the top of the article for a match in its title alone', () => {
    expect(landingPath({ ...found, block: undefined }, { ...reader, ui: 'zh' })).toBe('/zh/a/');
  });
});
