import type { ArticleData } from '../content/schema.ts';
import { localeKeys, sourceLocale, type Locale } from '../i18n/locales.ts';
import { ui, useTranslations } from '../i18n/ui.ts';
import { articlePath, cardPath, indexPath, type LocalePaths } from '../i18n/urls.ts';
import { articleCard, cardAlt, listCard } from './card.ts';

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
