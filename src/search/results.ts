/**
 * Search results as readers see them: one per article, titled in the interface language, with
 * the passage that matched and a link to that passage in the view the reader uses. Both
 * languages' pages are in one index; a block has the same id in every language and view, so a
 * match in either language opens at the same place in any of them.
 *
 * The site's languages are given, not imported: the search page's script must share no module
 * with the script of every page, which would then be split into files (see scripts/search.ts).
 */
import type { Locale } from '../i18n/locales.ts';
import { articlePath, bilingualPath, stripBase } from '../i18n/urls.ts';
import { excerptParts, joinHan } from './text.ts';

/** The parts of a Pagefind result's data that the results use (see pagefind.js `data()`). */
export interface IndexedAnchor {
  element: string;
  id: string;
  text?: string | undefined;
  /** The index of the first word of the element in the page's text. */
  location: number;
}

export interface IndexedSubResult {
  title: string;
  url: string;
  anchor?: IndexedAnchor | undefined;
  /** The indexes of the matching words. */
  locations: number[];
  excerpt: string;
}

export interface IndexedPage {
  url: string;
  meta: Record<string, string | undefined>;
  anchors: IndexedAnchor[];
  sub_results: IndexedSubResult[];
  excerpt: string;
}

/** The metadata key of an article's title in one language, written by the index for the other language's page. */
export const titleKey = (locale: Locale) => `title_${locale}`;

/** One article found: its title in the interface language and the passage that matched. */
export interface ArticleResult {
  slug: string;
  title: string;
  /** The title's language: the interface's, unless the article is not published in it. */
  titleLocale: Locale;
  /** The language of the page that matched, where the passage comes from. */
  locale: Locale;
  /** The section's heading (in the passage's language), or undefined before the first heading. */
  section: string | undefined;
  passage: { text: string; marked: boolean }[];
  /** The id of the block that holds the passage, or undefined for a match in the title alone. */
  block: string | undefined;
  /** The languages the article is published in. */
  locales: Locale[];
}

/**
 * The id of the block that holds a word: the last element with an id that starts at or before it.
 * @example blockAt([{ element: 'h2', id: 'a', location: 0 }, { element: 'p', id: 'a-p1', location: 3 }], 5) // 'a-p1'
 */
export function blockAt(anchors: IndexedAnchor[], location: number): string | undefined {
  let found: IndexedAnchor | undefined;
  for (const a of anchors) if (a.location <= location && (!found || a.location >= found.location)) found = a;
  return found?.id;
}

/**
 * An indexed page as a result: the article and language from its URL, the passage of its
 * best sub-result (most matching words, the first of equals), titled for the interface language.
 * Undefined for a page that is not an article.
 */
export function articleResult(page: IndexedPage, site: { base: string; locales: readonly Locale[] }, ui: Locale): ArticleResult | undefined {
  const path = stripBase(site.base, new URL(page.url, 'http://site').pathname) ?? '';
  const [lang, slug, ...rest] = path.split('/').filter(Boolean);
  const locale = site.locales.find((l) => l === lang);
  if (!locale || !slug || rest.length) return undefined;
  const best = page.sub_results.reduce<IndexedSubResult | undefined>((a, s) => (s.locations.length > (a?.locations.length ?? 0) ? s : a), undefined);
  const translated = locale !== ui ? page.meta[titleKey(ui)] : undefined;
  return {
    slug,
    title: translated ?? joinHan(page.meta['title'] ?? ''),
    titleLocale: translated === undefined ? locale : ui,
    locale,
    section: best?.anchor && /^h\d$/i.test(best.anchor.element) ? joinHan(best.title) : undefined,
    passage: excerptParts(best?.excerpt ?? page.excerpt),
    block: best && best.locations.length ? blockAt(page.anchors, Math.min(...best.locations)) : undefined,
    locales: site.locales.filter((l) => l === locale || page.meta[titleKey(l)] !== undefined),
  };
}

/**
 * Results in order, one per article: an article found in both languages keeps its place of the
 * first and the passage in the interface language when it has one.
 */
export function byArticle(results: ArticleResult[], ui: Locale): ArticleResult[] {
  const kept = new Map<string, ArticleResult>();
  for (const r of results) {
    const seen = kept.get(r.slug);
    if (!seen || (seen.locale !== ui && r.locale === ui && r.block)) kept.set(r.slug, r);
  }
  return [...kept.values()];
}

/**
 * The site path a result opens: the article at its block, in the view the reader uses (the
 * bilingual view when they chose it last, where the article has it), in the interface language
 * where the article has it, else in the language it is written in.
 * @example landingPath({ slug: 'a', locale: 'zh', block: 'b-p2', locales: ['en', 'zh'] }, { ui: 'en', view: 'bilingual', locales: ['en', 'zh'] }) // '/en/a/bilingual/#b-p2'
 */
export function landingPath(
  result: Pick<ArticleResult, 'slug' | 'locale' | 'block' | 'locales'>,
  reader: { ui: Locale; view: string | null; locales: readonly Locale[] },
): string {
  const { ui, view } = reader;
  const hash = result.block ? `#${encodeURIComponent(result.block)}` : '';
  const complete = reader.locales.every((l) => result.locales.includes(l));
  if (view === 'bilingual' && complete) return `${bilingualPath(ui, result.slug)}${hash}`;
  return `${articlePath(result.locales.includes(ui) ? ui : result.locale, result.slug)}${hash}`;
}
