/** The links of the articles, checked against the pages of the site and the ids each page has. */
import { readFileSync } from 'node:fs';
import { localeKeys, partnerLocale } from '../i18n/locales.ts';
import { articlePath, bilingualPath, indexPath, sentencesPath } from '../i18n/urls.ts';
import type { Article, ArticleVersion } from './article.ts';
import { brokenLinks, type SitePages } from './links.ts';

/**
 * The ids of each version's page, kept: the dev server checks every article's links again after
 * each edit, and an article whose files did not change is the same object (article.ts `pairArticle`).
 */
const versionIds = new WeakMap<ArticleVersion, ReadonlySet<string>>();

/** A version's ids: its blocks', and those inside them (footnotes), which the bilingual view keeps for the original. */
function idsOf(version: ArticleVersion | undefined): ReadonlySet<string> {
  if (!version) return new Set();
  let ids = versionIds.get(version);
  if (!ids) versionIds.set(version, (ids = new Set(version.blocks.flatMap((b) => [b.id, ...b.ids]))));
  return ids;
}

/** Every page Markdown may link to, with its ids: lists, articles (translated or not), bilingual views. */
function sitePages(articles: Article[]): SitePages {
  const pages: SitePages = new Map([['/', new Set<string>()]]);
  for (const l of localeKeys) pages.set(indexPath(l), new Set());
  for (const a of articles) {
    const available = localeKeys.filter((l) => a.versions[l]);
    for (const l of localeKeys) {
      pages.set(articlePath(l, a.slug), idsOf(a.versions[l]));
      if (!partnerLocale(l, available)) continue;
      pages.set(bilingualPath(l, a.slug), idsOf(a.original));
      pages.set(sentencesPath(l, a.slug), idsOf(a.original));
    }
  }
  return pages;
}

/**
 * Checks the links of some articles (`from`) against the pages of others (`to`); a link to an
 * article left out for now (`scheduled`, with its day) says so.
 */
export function checkLinks(from: Article[], to: Article[], scheduled: ReadonlyMap<Article, string> = new Map()): void {
  // A converted version's links are its source's, which are checked.
  const files = from.flatMap((a) =>
    Object.values(a.versions)
      .filter((v) => !v.convertedFrom)
      .map((v) => ({
        file: v.file,
        path: articlePath(v.locale, a.slug),
        blocks: v.blocks,
        source: () => readFileSync(v.file, 'utf8'),
      })),
  );
  const later = new Map(
    [...scheduled].flatMap(([a, day]) => localeKeys.flatMap((l) => [articlePath(l, a.slug), bilingualPath(l, a.slug)]).map((path) => [path, day] as const)),
  );
  const problems = brokenLinks(files, sitePages(to), import.meta.env.BASE_URL, later);
  if (problems.length) throw new Error(`Broken links in the articles:\n${problems.join('\n')}`);
}
