import type { SitemapItem } from '@astrojs/sitemap';
import { localeFromPath, stripBase, type LocalePaths, type SiteConfig } from '../i18n/urls.ts';
import { alternates } from './head.ts';

/**
 * Gives a sitemap entry the same hreflang links as its page's head (its languages and x-default).
 * @astrojs/sitemap groups pages by their path after the language prefix and files pages without
 * one under the default language, so on its own it lists the home page `/` as a second English
 * version of `/en/`; only the links to pages in a language are kept from its grouping.
 */
export function withAlternates(config: SiteConfig, item: SitemapItem): SitemapItem {
  const paths: LocalePaths = {};
  for (const link of item.links ?? []) {
    const path = stripBase(config.base, new URL(link.url).pathname);
    const locale = path && localeFromPath(path);
    if (path && locale) paths[locale] = path;
  }
  return { ...item, links: alternates(config, paths).map((a) => ({ lang: a.hreflang, url: a.href })) };
}
