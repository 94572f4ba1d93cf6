import { localeKeys, partnerLocale, type Locale } from '../i18n/locales.ts';
import { learnerLocales } from '../learn/layer.ts';
import type { Article } from './article.ts';
import { getArticles } from './articles.ts';
import { paginate, type Page } from './pagination.ts';

/** Route props of a page about one article in one interface language. */
export interface ArticleRoute {
  params: { lang: Locale; slug: string };
  props: { article: Article; locale: Locale };
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
    }));
  });
}

/** One route per article and Chinese edition it has: its learner's layer (`learn.json`). */
export async function learnerRoutes(): Promise<ArticleRoute[]> {
  return (await articleRoutes('available')).filter((route) => learnerLocales.includes(route.params.lang));
}

/** Route props of a page of a language's list: the page, and how many pages each language's list has. */
export interface ListRoute {
  params: { lang: Locale; page: string | undefined };
  props: { locale: Locale; page: Page<Article>; counts: Record<Locale, number> };
}

/** Each language's list of articles, newest first, in pages: /en/, /en/page/2/, … */
export async function listRoutes(): Promise<ListRoute[]> {
  const articles = await getArticles();
  const pages = Object.fromEntries(localeKeys.map((l) => [l, paginate(articles.filter((a) => a.versions[l]))]));
  return localeKeys.flatMap((locale) =>
    pages[locale]!.map((page) => ({
      params: { lang: locale, page: page.number === 1 ? undefined : `page/${page.number}` },
      props: { locale, page, counts: Object.fromEntries(localeKeys.map((l) => [l, pages[l]!.length])) as Record<Locale, number> },
    })),
  );
}
