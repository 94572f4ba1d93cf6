import { convertedFrom, langTag, localeKeys, locales, sourceLocale, type Locale } from '../i18n/locales.ts';
import { ui, useTranslations } from '../i18n/ui.ts';
import { articleCard, cardAlt, cardSize, listCard } from './card.ts';
import { isoDate } from '../content/dates.ts';
import type { ArticleData } from '../content/schema.ts';
import { absoluteUrl, articlePath, cardPath, feedPath, indexPath, type LocalePaths, type SiteConfig } from '../i18n/urls.ts';

/** One language version of an article, as far as the head speaks of it. */
export type VersionFacts = Pick<ArticleData, 'title' | 'description' | 'published' | 'source'>;

/** An article with its language versions (the original always). */
export interface ArticleFacts {
  slug: string;
  versions: Partial<Record<Locale, VersionFacts>>;
}

/** What a page's head says about it. Routes compute it once; the layout renders it. */
export interface PageFacts {
  locale: Locale;
  /** The page's own title; the document title adds the site name. */
  title: string;
  description: string;
  /** This page's own site path, for the canonical URL; a page without one (404) is not indexed. */
  path?: string | undefined;
  /** This page's site path in each language it exists in. */
  paths: LocalePaths;
  /** The social preview image. */
  image?: { path: string; alt: string } | undefined;
  /** Set on an article's pages: the article, for `og:type=article` and JSON-LD. */
  article?: ArticleFacts | undefined;
  /** The languages whose feeds the page links: its own, unless it speaks several. */
  feeds?: Locale[] | undefined;
}

/** A `<meta>` element: Open Graph uses `property`, Twitter cards `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** The site paths of an article in each language it has. */
function articlePaths(article: ArticleFacts): LocalePaths {
  return Object.fromEntries(localeKeys.filter((l) => article.versions[l]).map((l) => [l, articlePath(l, article.slug)]));
}

const listPaths: LocalePaths = Object.fromEntries(localeKeys.map((l) => [l, indexPath(l)]));

/** The facts of an article's page in one language. */
export function articlePage(article: ArticleFacts, locale: Locale): PageFacts {
  const version = article.versions[locale]!;
  const paths = articlePaths(article);
  return {
    locale,
    title: version.title,
    description: version.description,
    path: paths[locale],
    paths,
    image: { path: cardPath(locale, article.slug), alt: cardAlt(articleCard(version, locale)) },
    article,
  };
}

/** The facts of a language's list of articles. */
export function listPage(locale: Locale): PageFacts {
  const t = useTranslations(locale);
  return {
    locale,
    title: t('site.name'),
    description: t('site.description'),
    path: indexPath(locale),
    paths: listPaths,
    image: { path: cardPath(locale), alt: cardAlt(listCard(locale)) },
  };
}

/** The facts of the home page, which speaks every language and sends readers to theirs. */
export function homePage(): PageFacts {
  return {
    ...listPage(sourceLocale),
    title: localeKeys.map((l) => ui[l]['site.name']).join(' · '),
    path: '/',
    feeds: localeKeys,
  };
}

/**
 * The document's `<title>`: the page's title followed by the site name, unless it names the site already.
 * @example documentTitle({ locale: 'en', title: 'A Story', … }) // 'A Story · Bilingual Articles'
 */
export function documentTitle(page: Pick<PageFacts, 'locale' | 'title'>): string {
  const siteName = ui[page.locale]['site.name'];
  return page.title.includes(siteName) ? page.title : `${page.title} · ${siteName}`;
}

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

/**
 * schema.org `Article` for one language version: what it is, where it is and what it is based on
 * (the source and its publisher). The original names its translations (`workTranslation`), and
 * each translation its original (`translationOfWork`). A translation in another script (the
 * Traditional Chinese one) is also an edition of the translation it is converted from: it names
 * that one as `exampleOfWork`, and that one names it as `workExample`.
 */
export function articleJsonLd(config: SiteConfig, article: ArticleFacts, locale: Locale): Record<string, unknown> {
  const version = article.versions[locale]!;
  const url = (l: Locale) => absoluteUrl(config.site, config.base, articlePath(l, article.slug));
  const ref = (l: Locale) => ({
    '@type': 'Article',
    '@id': url(l),
    url: url(l),
    headline: article.versions[l]!.title,
    inLanguage: langTag(l),
  });
  const translations = localeKeys.filter((l) => l !== sourceLocale && article.versions[l]);
  const links =
    locale !== sourceLocale
      ? { translationOfWork: ref(sourceLocale) }
      : translations.length
        ? { workTranslation: translations.map(ref) }
        : {};
  const from = convertedFrom(locale);
  const editions = localeKeys.filter((l) => convertedFrom(l) === locale && article.versions[l]);
  const sameTranslation =
    from && article.versions[from] ? { exampleOfWork: ref(from) } : editions.length ? { workExample: editions.map(ref) } : {};
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url(locale),
    url: url(locale),
    headline: version.title,
    description: version.description,
    inLanguage: langTag(locale),
    datePublished: isoDate(version.published),
    image: absoluteUrl(config.site, config.base, cardPath(locale, article.slug)),
    isBasedOn: version.source.url,
    publisher: { '@type': 'Organization', name: version.source.publisher },
    ...links,
    ...sameTranslation,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped, so that no text in
 * it (a title with `</script>`) can end the element early.
 */
export function jsonLdHtml(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
