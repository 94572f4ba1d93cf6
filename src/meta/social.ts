import { isoDate } from '../content/dates.ts';
import { localeKeys, locales } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';
import { absoluteUrl, feedPath, type SiteConfig } from '../i18n/urls.ts';
import { cardSize } from './card.ts';
import type { PageFacts } from './page-facts.ts';

/** A `<meta>` element: Open Graph uses `property`, Twitter cards `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/**
 * Open Graph and Twitter card tags of an indexed page: `og:type=article` with its publication date
 * on articles, the page's language with its other languages as alternates, and the preview image.
 */
export function socialTags(config: SiteConfig, page: PageFacts): MetaTag[] {
  if (!page.path) return [];
  const url = (path: string) => absoluteUrl(config.site, config.base, path);
  const og = (property: string, content: string) => ({ property, content });
  const twitter = (name: string, content: string) => ({ name, content });
  const published = page.article?.versions[page.locale]?.published;
  const tags: MetaTag[] = [
    og('og:type', published ? 'article' : 'website'),
    og('og:title', page.title),
    og('og:description', page.description),
    og('og:url', url(page.path)),
    og('og:site_name', ui[page.locale]['site.name']),
    og('og:locale', locales[page.locale].ogLocale),
    ...localeKeys.filter((l) => l !== page.locale && page.paths[l]).map((l) => og('og:locale:alternate', locales[l].ogLocale)),
  ];
  if (published) tags.push(og('article:published_time', isoDate(published)));
  if (page.image) {
    const image = url(page.image.path);
    tags.push(
      og('og:image', image),
      og('og:image:type', 'image/png'),
      og('og:image:width', String(cardSize.width)),
      og('og:image:height', String(cardSize.height)),
      og('og:image:alt', page.image.alt),
    );
  }
  tags.push(
    twitter('twitter:card', page.image ? 'summary_large_image' : 'summary'),
    twitter('twitter:title', page.title),
    twitter('twitter:description', page.description),
  );
  if (page.image) tags.push(twitter('twitter:image', url(page.image.path)), twitter('twitter:image:alt', page.image.alt));
  return tags;
}

/**
 * The feeds a page links, one per language, with absolute URLs. They carry no hreflang: a
 * `rel=alternate` link with one reads to crawlers as a version of the page in that language.
 */
export function feedLinks(config: SiteConfig, page: PageFacts): { href: string; title: string }[] {
  return (page.feeds ?? [page.locale]).map((l) => ({
    href: absoluteUrl(config.site, config.base, feedPath(l)),
    title: ui[l]['feed.title'],
  }));
}
