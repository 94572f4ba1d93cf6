import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/alignment/blocks.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { ui } from '../../../src/i18n/ui.ts';
import type { Article, ArticleVersion } from '../../../src/site/article.ts';
import { articlePageData, bilingualPageData, listPageData } from '../../../src/site/route-data.ts';

const block = (id: string, tag: string, text: string): Block => ({ id, tag, attributes: '', html: text, text, links: [], ids: [] });

function version(locale: Locale, title: string): ArticleVersion {
  return {
    locale,
    title,
    description: `${title}: what it is about.`,
    published: new Date('2025-08-22'),
    source: { url: 'https://news.example/story/', publisher: 'News Example' },
    file: `content/articles/story/${locale}.md`,
    blocks: [block('history', 'h2', title), block('history-p1', 'p', `${title} text.`)],
    minutes: 1,
    stale: false,
  };
}

/** An article written in English and Simplified Chinese, with the Traditional edition converted. */
const pair: Article = (() => {
  const en = version('en', 'A Story');
  return { slug: 'story', key: 'story-key', versions: { en, zh: version('zh', '故事'), 'zh-hant': { ...version('zh-hant', '故事'), convertedFrom: 'zh' } }, original: en };
})();
const original: Article = { slug: 'alone', key: 'alone-key', versions: { en: version('en', 'Alone') }, original: version('en', 'Alone') };

describe('articlePageData', () => {
  it('returns the head, the share path and a peek at the partner language', () => {
    const page = articlePageData({ article: pair, locale: 'zh' });
    expect(page.head.paths).toEqual({ en: '/en/story/', zh: '/zh/story/', 'zh-hant': '/zh-hant/story/' });
    expect(page.sharePath).toBe('/zh/story/');
    expect(page.counterparts).toEqual({ href: '/en/story/', lang: 'en' });
    expect(page.contents).toEqual([{ id: 'history', text: '故事', children: [] }]);
    expect(page.html).toContain('href="/zh/story/bilingual/#history-p1"');
  });

  it('returns the page of a language the article is not translated into, with no body', () => {
    const page = articlePageData({ article: original, locale: 'zh' });
    expect(page.version).toBeUndefined();
    expect(page.head).toEqual({ locale: 'zh', title: ui.zh['missing.title'], description: 'Alone: what it is about.', paths: { en: '/en/alone/' } });
    expect(page.choices.map((c) => c.view)).toEqual(['en', 'zh']);
  });

  it('returns no peek for an article without a translation', () => {
    const page = articlePageData({ article: original, locale: 'en' });
    expect(page.counterparts).toBeUndefined();
    expect(page.html).not.toContain('bilingual/');
  });
});

describe('bilingualPageData', () => {
  it('returns the side-by-side layout, its own canonical path', () => {
    const page = bilingualPageData({ article: pair, locale: 'en' }, 'sides');
    expect(page.head.path).toBe('/en/story/bilingual/');
    expect(page.head.switchPaths).toBe(page.head.paths);
    expect(page.sharePath).toBe('/en/story/bilingual/');
    expect(page.counterpart.locale).toBe('zh');
    expect(page.head.title).toBe(`A Story (${ui.en['article.bilingualTitle']})`);
  });

  it('returns the sentence layout under the canonical path of the side-by-side one, sharing and switching to its own', () => {
    const page = bilingualPageData({ article: pair, locale: 'zh-hant' }, 'sentences');
    expect(page.head.path).toBe('/zh-hant/story/bilingual/');
    expect(page.head.switchPaths).toEqual({ en: '/en/story/bilingual/sentences/', zh: '/zh/story/bilingual/sentences/', 'zh-hant': '/zh-hant/story/bilingual/sentences/' });
    expect(page.sharePath).toBe('/zh-hant/story/bilingual/sentences/');
    expect(page.layouts).toEqual({ sides: '/zh-hant/story/bilingual/', sentences: '/zh-hant/story/bilingual/sentences/' });
    expect(page.counterpart.locale).toBe('en');
    expect(page.head.article).toBeUndefined();
  });
});

describe('listPageData', () => {
  const counts = { en: 2, zh: 1, 'zh-hant': 1 };

  it('returns each article with its bilingual view where it has one', () => {
    const list = listPageData({ locale: 'en', page: { number: 1, count: 2, items: [pair, original] }, counts });
    expect(list.items.map((i) => [i.href, i.bilingual])).toEqual([
      ['/en/story/', '/en/story/bilingual/'],
      ['/en/alone/', undefined],
    ]);
    expect(list.items[0]!.date).toEqual({ iso: '2025-08-22', text: 'August 22, 2025' });
    expect([list.prev, list.next]).toEqual([undefined, '/en/page/2/']);
  });

  it('returns a later page under its number, with the languages whose lists are as long', () => {
    const list = listPageData({ locale: 'en', page: { number: 2, count: 2, items: [original] }, counts });
    expect(list.head.path).toBe('/en/page/2/');
    expect(list.head.paths).toEqual({ en: '/en/page/2/' });
    expect(list.head.title).toBe('Articles · Page 2 of 2');
    expect([list.prev, list.next]).toEqual(['/en/', undefined]);
  });
});
