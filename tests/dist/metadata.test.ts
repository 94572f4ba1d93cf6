import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { contentDir, overridesFileFor } from '../../src/content/folders.ts';
import { articleSchema, type ArticleData } from '../../src/content/schema.ts';
import { readOverrides } from '../../src/editions/traditional-overrides.ts';
import { toTraditional, traditionalData } from '../../src/editions/traditional.ts';
import { convertedFrom, isLocale, langTag, localeKeys, locales, sourceLocale } from '../../src/i18n/locales.ts';
import { fileOf, indexed, isLayout, pages, siteRoot, type BuiltPage } from './dist.ts';

/** Every page's head in the build: present, absolute, and in agreement with its other languages. */

const byUrl = new Map(indexed.map((p) => [p.canonical!, p]));
const one = (page: BuiltPage, key: string) => {
  expect(page.tags[key], `${page.route}: ${key}`).toHaveLength(1);
  return page.tags[key]![0]!;
};
const localeOf = (tag: string) => localeKeys.find((l) => langTag(l) === tag)!;

describe.each(indexed.map((p) => [p.route, p] as const))('%s', (route, page) => {
  it('has a title, a description and its own absolute canonical URL', () => {
    expect(page.title).not.toBe('');
    expect(page.description).toBeTruthy();
    expect(page.canonical).toBe(new URL(route.slice(1), siteRoot).href);
  });

  it('has absolute hreflang alternates that list it, x-default, and that list it back', () => {
    // Each page is its language's version, or (the home page) the x-default.
    expect([page.alternates[page.lang], page.alternates['x-default']]).toContain(page.canonical);
    expect(page.alternates['x-default']).toBeDefined();
    for (const href of Object.values(page.alternates)) {
      expect(href.startsWith(siteRoot), href).toBe(true);
      expect(byUrl.get(href)?.alternates, href).toEqual(page.alternates);
    }
  });

  it('has Open Graph and Twitter tags that agree with the head', () => {
    const locale = localeOf(page.lang);
    expect(one(page, 'og:url')).toBe(page.canonical);
    expect(one(page, 'og:title')).toBe(one(page, 'twitter:title'));
    expect(page.title.startsWith(one(page, 'og:title'))).toBe(true);
    expect(one(page, 'og:description')).toBe(page.description);
    expect(one(page, 'twitter:description')).toBe(page.description);
    expect(one(page, 'og:site_name')).toBeTruthy();
    expect(one(page, 'og:locale')).toBe(locales[locale].ogLocale);
    const others = Object.keys(page.alternates).filter((h) => h !== page.lang && h !== 'x-default');
    expect(page.tags['og:locale:alternate'] ?? []).toEqual(others.map((h) => locales[localeOf(h)].ogLocale));
    expect(one(page, 'twitter:card')).toBe('summary_large_image');
  });

  it('has a preview image: an absolute URL to a 1200×630 PNG of the build, with its size and alt text', () => {
    const image = one(page, 'og:image');
    expect(one(page, 'twitter:image')).toBe(image);
    const png = readFileSync(fileOf(image));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(one(page, 'og:image:width')).toBe('1200');
    expect(one(page, 'og:image:height')).toBe('630');
    expect(one(page, 'og:image:alt')).toBeTruthy();
    expect(one(page, 'twitter:image:alt')).toBe(one(page, 'og:image:alt'));
  });

  it('links feeds at absolute URLs of the build, its own language’s among them', () => {
    const languages = page.feeds.map((feed) => {
      expect(feed.title).toBeTruthy();
      return /<language>(.*?)<\/language>/.exec(readFileSync(fileOf(feed.href), 'utf8'))?.[1];
    });
    expect(languages).toContain(page.lang);
  });
});

describe.each(pages.filter(isLayout).map((p) => [p.route, p] as const))('layout %s', (route, page) => {
  it('names the side-by-side view as canonical, with its alternates, and stays out of the index', () => {
    const view = indexed.find((p) => p.canonical === new URL(route.slice(1).replace(/sentences\/$/, ''), siteRoot).href);
    expect(view, route).toBeDefined();
    expect(page.canonical).toBe(view!.canonical);
    expect(page.alternates).toEqual(view!.alternates);
    expect(page.title).not.toBe(view!.title);
  });
});

const articles = indexed.filter((p) => p.tags['og:type']?.[0] === 'article');

it('finds article pages in every language', () => {
  expect(new Set(articles.map((p) => p.lang))).toEqual(new Set(localeKeys.map(langTag)));
});

/**
 * The frontmatter of the Markdown file an article page was built from (`/<lang>/<slug>/`); for a
 * Traditional Chinese page without its own file, the Simplified file's, converted.
 */
function frontmatter(page: BuiltPage): ArticleData {
  const [, lang, slug] = page.route.split('/') as [string, string, string];
  const read = (l: string) => articleSchema.parse(parseFrontmatter(readFileSync(join(contentDir, slug, `${l}.md`), 'utf8')).frontmatter);
  const from = isLocale(lang) ? convertedFrom(lang) : undefined;
  if (!from || existsSync(join(contentDir, slug, `${lang}.md`))) return read(lang);
  return traditionalData(read(from), toTraditional(readOverrides(overridesFileFor(contentDir)).overrides));
}

describe.each(articles.map((p) => [p.route, p] as const))('article %s', (route, page) => {
  const [, lang] = route.split('/') as [string, string];
  const data = frontmatter(page);
  const ld = () => {
    expect(page.jsonLd).toHaveLength(1);
    return JSON.parse(page.jsonLd[0]!) as Record<string, unknown> & { publisher: { name: string } };
  };

  it('has its frontmatter in its head', () => {
    expect(one(page, 'og:title')).toBe(data.title);
    expect(page.description).toBe(data.description);
    expect(one(page, 'article:published_time')).toBe(data.published.toISOString().slice(0, 10));
  });

  it('has JSON-LD that is valid JSON with each field from its frontmatter', () => {
    expect(ld()).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      url: page.canonical,
      headline: data.title,
      description: data.description,
      inLanguage: page.lang,
      datePublished: data.published.toISOString().slice(0, 10),
      image: one(page, 'og:image'),
      isBasedOn: data.source.url,
      publisher: { '@type': 'Organization', name: data.source.publisher },
    });
  });

  it('ties the translation to its original and the original to its translations, both ways', () => {
    const data = ld();
    if (isLocale(lang) && lang !== sourceLocale) {
      const original = data['translationOfWork'] as { url: string };
      expect(original.url).toBe(page.alternates[langTag(sourceLocale)]);
      const back = JSON.parse(byUrl.get(original.url)!.jsonLd[0]!) as { workTranslation: { url: string }[] };
      expect(back.workTranslation.map((w) => w.url)).toContain(page.canonical);
    } else {
      const translations = (data['workTranslation'] as { url: string; inLanguage: string }[] | undefined) ?? [];
      const others = Object.entries(page.alternates).filter(([h]) => h !== page.lang && h !== 'x-default');
      expect(translations.map((w) => [w.inLanguage, w.url])).toEqual(others);
    }
  });
});

it('marks the pages that are not indexed, and gives them no canonical URL (layouts name their view’s)', () => {
  for (const page of pages.filter((p) => !indexed.includes(p) && !isLayout(p))) {
    expect(page.robots).toBe('noindex');
    expect(page.canonical).toBeUndefined();
  }
});
