/**
 * The data of each kind of page, computed once from its route: the pages and their components
 * only render it. One function per kind: an article in one language, its bilingual view in either
 * layout, a page of a language's list of articles, and an article's learner's layer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate, isoDate } from '../content/dates.ts';
import { basePath, cacheDirFor, contentDir } from '../content/folders.ts';
import { langTag, localeKeys, locales, partnerLocale, sourceLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { articlePath, bilingualPath, sentencesPath, withBase, type LocalePaths } from '../i18n/urls.ts';
import { articlePage, listPage } from '../meta/page-facts.ts';
import type { Article } from './article.ts';
import { keptLayer, LAYERS, layerFile, layerTask } from './kept-layers.ts';
import { contents } from './contents.ts';
import { glossaryCache, keptGlossaryPart, type GlossaryFile } from './kept-glossary.ts';
import { pagePath } from './pagination.ts';
import { renderBlocks, renderPairs } from './render.ts';
import type { ArticleRoute, ListRoute } from './routes.ts';
import { articleChoices } from './views.ts';

const base = import.meta.env.BASE_URL;

/** The languages an article is written or converted in. */
const availableIn = (article: Article) => localeKeys.filter((l) => article.versions[l]);

/**
 * An article's page in one language: its head, view choices, contents and body with a peek at
 * the other language where it has one; for a language it is not translated into yet, the head
 * and choices of a page that says so.
 */
export function articlePageData({ article, locale }: ArticleRoute['props']) {
  const version = article.versions[locale];
  const t = useTranslations(locale);
  const available = availableIn(article);
  const paths = Object.fromEntries(available.map((l) => [l, articlePath(l, article.slug)]));
  const choices = articleChoices(article.slug, available, { view: locale, locale }, t('view.bilingual'));
  if (!version) {
    return { article, locale, choices, head: { locale, title: t('missing.title'), description: article.original.description, paths } };
  }
  const other = partnerLocale(locale, available);
  const peek = other && {
    href: withBase(base, bilingualPath(locale, article.slug)),
    short: locales[other].short,
    lang: langTag(other),
    label: t('peek.show'),
  };
  return {
    article,
    locale,
    choices,
    head: articlePage(article, locale),
    version,
    sharePath: paths[locale]!,
    contents: contents(version.blocks),
    html: renderBlocks(version.blocks, { sectionLink: t('section.link'), ...(peek ? { peek } : {}) }),
    counterparts: other && { href: withBase(base, articlePath(other, article.slug)), lang: langTag(other) },
  };
}

/**
 * The bilingual view of an article in an interface language: the original beside the translation
 * in that language (in English, beside the first translation), block by block (`sides`) or
 * sentence by sentence (`sentences`). The second is a layout of the first: its canonical URL and
 * alternates are the first's, and the 简/繁 switch and the share control keep the layout.
 */
export function bilingualPageData({ article, locale }: ArticleRoute['props'], layout: 'sides' | 'sentences') {
  const t = useTranslations(locale);
  const version = article.versions[locale]!;
  const { original } = article;
  const available = availableIn(article);
  // The other side: the translation paired with the original in this interface language, or the original.
  const counterpart = article.versions[partnerLocale(locale, available)!]!;
  const translation = locale === sourceLocale ? counterpart : version;
  const bilingual = available.filter((l) => partnerLocale(l, available));
  const pathsOf = (path: typeof bilingualPath): LocalePaths => Object.fromEntries(bilingual.map((l) => [l, path(l, article.slug)]));
  const paths = pathsOf(bilingualPath);
  const layoutPaths = layout === 'sentences' ? pathsOf(sentencesPath) : paths;
  return {
    article,
    locale,
    layout,
    version,
    counterpart,
    head: {
      ...articlePage(article, locale),
      title: `${version.title} (${t(layout === 'sentences' ? 'article.sentencesTitle' : 'article.bilingualTitle')})`,
      path: paths[locale],
      paths,
      switchPaths: layoutPaths,
      article: undefined,
    },
    choices: articleChoices(article.slug, available, { view: 'bilingual', locale }, t('view.bilingual')),
    sharePath: layoutPaths[locale]!,
    layouts: { sides: paths[locale]!, sentences: sentencesPath(locale, article.slug) },
    contents: contents(version.blocks),
    html: renderPairs(
      { lang: langTag(original.locale), blocks: original.blocks },
      { lang: langTag(translation.locale), blocks: translation.blocks },
      { sectionLink: t('section.link'), headingsFrom: locale === sourceLocale ? 'original' : 'translation', layout },
    ),
  };
}

/**
 * A page of a language's list of articles: its head, the links to the pages before and after it,
 * and each article's title, date, description and links (to its bilingual view too, where it has one).
 */
export function listPageData({ locale, page, counts }: ListRoute['props']) {
  const t = useTranslations(locale);
  const paths = Object.fromEntries(localeKeys.filter((l) => counts[l] >= page.number).map((l) => [l, pagePath(l, page.number)]));
  const title =
    page.number === 1 ? t('site.name') : `${t('index.title')} · ${t('pages.current').replace('{page}', String(page.number)).replace('{count}', String(page.count))}`;
  return {
    locale,
    page,
    head: { ...listPage(locale), title, path: paths[locale], paths },
    prev: page.number > 1 ? withBase(base, pagePath(locale, page.number - 1)) : undefined,
    next: page.number < page.count ? withBase(base, pagePath(locale, page.number + 1)) : undefined,
    items: page.items.map((article) => {
      const v = article.versions[locale]!;
      return {
        title: v.title,
        description: v.description,
        href: withBase(base, articlePath(locale, article.slug)),
        bilingual: partnerLocale(locale, availableIn(article)) ? withBase(base, bilingualPath(locale, article.slug)) : undefined,
        date: { iso: isoDate(v.published), text: formatDate(v.published, locale) },
      };
    }),
  };
}

/**
 * An article's learner's layer in one of its Chinese editions (`learn.json`), as JSON, in the dev
 * server (a build writes them beside its pages: integrations/learner-layers.ts); kept between runs
 * (kept-layers.ts).
 */
export function learnerData({ article, locale }: ArticleRoute['props']): string {
  const task = layerTask(article, locale, base);
  return readFileSync(keptLayer(layerFile(join(cacheDirFor(contentDir, basePath), LAYERS), task), task), 'utf8');
}

/** One part of the learner's glossary in one spelling, as JSON, in the dev server (a build links them: integrations/learner-layers.ts); kept between runs (kept-glossary.ts). */
export function glossaryData(file: GlossaryFile): string {
  return readFileSync(keptGlossaryPart(glossaryCache, file), 'utf8');
}
