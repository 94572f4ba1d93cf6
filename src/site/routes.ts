import { createHash } from 'node:crypto';
import { codeHash } from '../content/code-hash.ts';
import { localeKeys, partnerLocale, type Locale } from '../i18n/locales.ts';
import type { Characters } from '../learn/dictionary.ts';
import { learnerLocales } from '../learn/layer.ts';
import type { Article } from './article.ts';
import { devServer, getArticles } from './articles.ts';
import { glossaryFiles, type GlossaryFile } from './kept-glossary.ts';
import { paginate, type Page } from './pagination.ts';

/**
 * A page's `cacheKey`: a hash of what its data is made from, and of the code (every file of
 * src/, astro.config.ts and the lockfile: content/code-hash.ts). A build copies the page
 * from the one before when its key, its route's code (Astro hashes the modules it imports) and
 * the site's settings are unchanged, and renders it otherwise (Astro's incremental build,
 * astro.config.ts).
 */
function pageKey(...parts: (string | number)[]): string {
  return createHash('sha256').update(codeHash()).update(`\0${parts.join('\0')}`).digest('hex');
}

/** Route props of a page about one article in one interface language. */
export interface ArticleRoute {
  params: { lang: Locale; slug: string };
  props: { article: Article; locale: Locale };
  cacheKey: string;
}

/**
 * One route per article and language:
 * - `available`: the languages the article is written in;
 * - `all`: every language (a missing translation gets a page that says so);
 * - `bilingual`: the languages whose bilingual view the article has (see `partnerLocale`).
 */
export async function articleRoutes(which: 'available' | 'all' | 'bilingual'): Promise<ArticleRoute[]> {
  const articles = await getArticles();
  return articles.flatMap((article) => {
    const available = localeKeys.filter((l) => article.versions[l]);
    const locales = which === 'all' ? localeKeys : which === 'available' ? available : available.filter((l) => partnerLocale(l, available));
    return locales.map((locale) => ({
      params: { lang: locale, slug: article.slug },
      props: { article, locale },
      // An article's pages show that article alone.
      cacheKey: pageKey(article.key, locale),
    }));
  });
}

/**
 * One route per article and Chinese edition it has, in the dev server: its learner's layer
 * (`learn.json`). A build writes the layers beside its pages instead, as they are not pages
 * (integrations/learner-layers.ts): none is rendered as one.
 */
export async function learnerRoutes(): Promise<ArticleRoute[]> {
  if (!devServer) return [];
  return (await articleRoutes('available')).filter((route) => learnerLocales.includes(route.params.lang));
}

/**
 * One route per part of the learner's glossary in each spelling, in the dev server: a build links
 * the kept parts into the site instead (integrations/learner-layers.ts), as they are not pages.
 */
export function glossaryRoutes(): { params: { version: string; characters: Characters; part: string }; props: { file: GlossaryFile } }[] {
  if (!devServer) return [];
  return glossaryFiles().map((file) => ({ params: { version: file.version, characters: file.characters, part: String(file.part) }, props: { file } }));
}

/** Route props of a page of a language's list: the page, and how many pages each language's list has. */
export interface ListRoute {
  params: { lang: Locale; page: string | undefined };
  props: { locale: Locale; page: Page<Article>; counts: Record<Locale, number> };
  cacheKey: string;
}

/** Each language's list of articles, newest first, in pages: /en/, /en/page/2/, … */
export async function listRoutes(): Promise<ListRoute[]> {
  const articles = await getArticles();
  const pages = Object.fromEntries(localeKeys.map((l) => [l, paginate(articles.filter((a) => a.versions[l]))]));
  const counts = Object.fromEntries(localeKeys.map((l) => [l, pages[l]!.length])) as Record<Locale, number>;
  return localeKeys.flatMap((locale) =>
    pages[locale]!.map((page) => ({
      params: { lang: locale, page: page.number === 1 ? undefined : `page/${page.number}` },
      props: { locale, page, counts },
      // A list page shows its articles, where it stands among the pages, and which languages have one as far.
      cacheKey: pageKey(locale, page.number, page.count, JSON.stringify(counts), ...page.items.map((a) => a.key)),
    })),
  );
}
