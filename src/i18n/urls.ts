import { isLocale, type Locale } from './locales.ts';

/**
 * URL maths for a site that may live under a sub-path (`base`).
 * Paths inside the site are written without the base (`/en/my-article/`);
 * `withBase` adds it once, at the edge.
 */

/** Removes leading and trailing slashes. */
function trimSlashes(s: string): string {
  return s.replace(/^\/+|\/+$/g, '');
}

/**
 * Prefixes a site path with the base path.
 * @example withBase('/articles/', '/en/') // '/articles/en/'
 */
export function withBase(base: string, path: string): string {
  const parts = [trimSlashes(base), trimSlashes(path)].filter(Boolean);
  const trailing = path === '' || path.endsWith('/') ? '/' : '';
  return parts.length ? `/${parts.join('/')}${trailing}` : '/';
}

/**
 * Removes the base path from a pathname; returns undefined when the pathname is outside the base.
 * @example stripBase('/articles/', '/articles/zh/x/') // '/zh/x/'
 */
export function stripBase(base: string, pathname: string): string | undefined {
  const prefix = trimSlashes(base);
  if (!prefix) return pathname;
  if (pathname === `/${prefix}`) return '/';
  return pathname.startsWith(`/${prefix}/`) ? pathname.slice(prefix.length + 1) : undefined;
}

/** The path of a language's article list. @example indexPath('zh') // '/zh/' */
export function indexPath(locale: Locale): string {
  return `/${locale}/`;
}

/** The path of an article in one language. @example articlePath('en', 'my-article') // '/en/my-article/' */
export function articlePath(locale: Locale, slug: string): string {
  return `/${locale}/${slug}/`;
}

/**
 * The path of an article's bilingual view, for an interface language.
 * @example bilingualPath('zh', 'my-article') // '/zh/my-article/bilingual/'
 */
export function bilingualPath(locale: Locale, slug: string): string {
  return `${articlePath(locale, slug)}bilingual/`;
}

/**
 * The path of the bilingual view laid out sentence by sentence.
 * @example sentencesPath('zh', 'my-article') // '/zh/my-article/bilingual/sentences/'
 */
export function sentencesPath(locale: Locale, slug: string): string {
  return `${bilingualPath(locale, slug)}sentences/`;
}

/**
 * The path of an article's learner's layer in a Chinese edition: its words and their pinyin.
 * @example learnerLayerPath('zh', 'my-article') // '/zh/my-article/learn.json'
 */
export function learnerLayerPath(locale: Locale, slug: string): string {
  return `${articlePath(locale, slug)}learn.json`;
}

/**
 * The folder of the learner's glossary in one spelling, in parts, named by its version (learn/glossary.ts).
 * @example glossaryPath('3f2a9c01b7de', 'simplified') // '/glossary/3f2a9c01b7de/simplified/'
 */
export function glossaryPath(version: string, characters: 'simplified' | 'traditional'): string {
  return `/glossary/${version}/${characters}/`;
}

/** The path of an article's or, without a slug, a language list's social preview image. */
export function cardPath(locale: Locale, slug?: string): string {
  return `${slug ? articlePath(locale, slug) : indexPath(locale)}card.png`;
}

/** The path of a language's search page. @example searchPath('zh') // '/zh/search/' */
export function searchPath(locale: Locale): string {
  return `${indexPath(locale)}search/`;
}

/** The folder of the search index, in parts (search/shards.ts), which both languages' search pages load. */
export const searchIndexPath = '/pagefind/';

/** The path of a language's RSS feed. @example feedPath('zh') // '/zh/rss.xml' */
export function feedPath(locale: Locale): string {
  return `${indexPath(locale)}rss.xml`;
}

/** The sitemap index that @astrojs/sitemap writes. */
export const sitemapPath = '/sitemap-index.xml';

/** The language a site path belongs to, from its first segment. */
export function localeFromPath(path: string): Locale | undefined {
  const first = trimSlashes(path).split('/')[0];
  return isLocale(first) ? first : undefined;
}

/** The site paths of one page in each language it exists in. */
export type LocalePaths = Partial<Record<Locale, string>>;

/** Where the site is published: its URL and the base path it lives under. */
export interface SiteConfig {
  site: URL | string;
  base: string;
}

/**
 * An absolute URL for a site path, with the base.
 * @example absoluteUrl('https://example.org', '/articles/', '/en/') // 'https://example.org/articles/en/'
 */
export function absoluteUrl(site: URL | string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
