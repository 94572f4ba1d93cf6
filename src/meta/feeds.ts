import type { RSSOptions } from '@astrojs/rss';
import { langTag, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { absoluteUrl, articlePath, feedPath, indexPath, sitemapPath, type SiteConfig } from '../i18n/urls.ts';
import type { ArticleFacts } from './page-facts.ts';

/**
 * A language's RSS feed, for @astrojs/rss: the articles in that language, newest first as given,
 * with absolute links, dates and descriptions; the channel names its language and its own URL.
 */
export function feed(config: SiteConfig, locale: Locale, articles: ArticleFacts[]): RSSOptions {
  const t = useTranslations(locale);
  const url = (path: string) => absoluteUrl(config.site, config.base, path);
  return {
    title: t('feed.title'),
    description: t('site.description'),
    site: url(indexPath(locale)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${langTag(locale)}</language>` +
      `<atom:link href="${url(feedPath(locale))}" rel="self" type="application/rss+xml"/>`,
    items: articles.flatMap((article) => {
      const version = article.versions[locale];
      return version
        ? [{ title: version.title, description: version.description, pubDate: version.published, link: url(articlePath(locale, article.slug)) }]
        : [];
    }),
  };
}

/** robots.txt: every page may be crawled; the sitemap is at its absolute URL. */
export function robotsTxt(config: SiteConfig): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(config.site, config.base, sitemapPath)}\n`;
}
