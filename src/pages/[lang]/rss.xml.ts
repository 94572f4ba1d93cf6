import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localeKeys, type Locale } from '../../i18n/locales.ts';
import { feed } from '../../meta/feeds.ts';
import { getArticles } from '../../site/articles.ts';

/** Each language's RSS feed. */
export function getStaticPaths() {
  return localeKeys.map((locale) => ({ params: { lang: locale }, props: { locale } }));
}

export const GET: APIRoute<{ locale: Locale }> = async ({ props, site }) =>
  rss(feed({ site: site!, base: import.meta.env.BASE_URL }, props.locale, await getArticles()));
