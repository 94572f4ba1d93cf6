import { localeKeys, partnerLocale, type Locale } from '../i18n/locales.ts';
import { getArticles } from './articles.ts';
import type { Article } from './article.ts';

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
