import { describe, expect, it } from 'vitest';
import { langTag, localeKeys } from '../../src/i18n/locales.ts';
import { feedPath, sitemapPath } from '../../src/i18n/urls.ts';
import { indexed, readUrl, siteRoot, xmlText } from './dist.ts';

/** What crawlers and feed readers find: robots.txt, the sitemap and the feeds, against the pages. */

const url = (path: string) => new URL(path.slice(1), siteRoot).href;
const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m.slice(1));

describe('robots.txt', () => {
  it('points at the sitemap index by its absolute URL', () => {
    expect(readUrl(url('/robots.txt'))).toMatch(new RegExp(`^Sitemap: ${url(sitemapPath)}$`, 'm'));
  });
});

describe('sitemap', () => {
  const sitemaps = all(readUrl(url(sitemapPath)), /<loc>(.*?)<\/loc>/g).map(([loc]) => loc!);
  const entries = sitemaps.flatMap((loc) =>
    all(readUrl(loc), /<url>(.*?)<\/url>/gs).map(([entry]) => ({
      loc: /<loc>(.*?)<\/loc>/.exec(entry!)![1]!,
      links: Object.fromEntries(all(entry!, /<xhtml:link rel="alternate" hreflang="(.*?)" href="(.*?)"\/>/g)),
    })),
  );

  it('lists every indexed page, and only those', () => {
    expect(entries.map((e) => e.loc).sort()).toEqual(indexed.map((p) => p.canonical).sort());
  });

  it('gives each page the same alternates, x-default included, as its head', () => {
    for (const page of indexed) {
      const entry = entries.find((e) => e.loc === page.canonical);
      expect(entry?.links, page.route).toEqual(page.alternates);
    }
  });
});

describe.each(localeKeys)('%s feed', (locale) => {
  const xml = readUrl(url(feedPath(locale)));
  const items = all(xml, /<item>(.*?)<\/item>/gs).map(([item]) => {
    const field = (name: string) => xmlText(new RegExp(`<${name}>(.*?)</${name}>`, 's').exec(item!)?.[1] ?? '');
    return { title: field('title'), link: field('link'), description: field('description'), pubDate: field('pubDate') };
  });
  const articles = indexed.filter((p) => p.lang === langTag(locale) && p.tags['og:type']?.[0] === 'article');

  it('names its language and links its own absolute URL', () => {
    expect(xml).toContain(`<language>${langTag(locale)}</language>`);
    expect(xml).toContain(`<atom:link href="${url(feedPath(locale))}" rel="self"`);
  });

  it('has an item for every article in its language, with its absolute link, title, description and date', () => {
    expect(items.map((i) => i.link).sort()).toEqual(articles.map((p) => p.canonical).sort());
    for (const item of items) {
      const page = articles.find((p) => p.canonical === item.link)!;
      expect(item.title).toBe(page.tags['og:title']![0]);
      expect(item.description).toBe(page.description);
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(page.tags['article:published_time']![0]);
    }
  });
});
