/** The links of the articles, checked against the pages of the site and the ids each page has. */
import { readFileSync } from 'node:fs';
import { localeKeys, partnerLocale } from '../i18n/locales.ts';
import { articlePath, bilingualPath, indexPath, sentencesPath } from '../i18n/urls.ts';
import type { Article, ArticleVersion } from './article.ts';
import { brokenLinks, type LinkSource, type SitePages } from './links.ts';

/** A page of an article, by its site path, with the ids of its sections. */
type ArticlePage = [path: string, ids: ReadonlySet<string>];

/**
 * What the check needs of an article, kept with it: the dev server checks every article's links
 * again after each edit, and an article whose files did not change is the same object (article.ts
 * `pairArticle`). Found in one reading of its blocks, which a build reads back (kept-articles.ts).
 */
const checked = new WeakMap<Article, { pages: ArticlePage[]; files: LinkSource[] }>();

/**
 * An article's pages in every language, translated or not, with their ids: its blocks', and those
 * inside them (footnotes); a bilingual view has the original's. And its files' links: a converted
 * version's links are its source's, which are checked; of a file, the blocks that have links.
 */
function linksOf(a: Article): { pages: ArticlePage[]; files: LinkSource[] } {
  let found = checked.get(a);
  if (found) return found;
  const idsOf = (v: ArticleVersion | undefined) => new Set(v?.blocks.flatMap((b) => [b.id, ...b.ids]));
  const original = idsOf(a.original);
  const available = localeKeys.filter((l) => a.versions[l]);
  const pages = localeKeys.flatMap((l): ArticlePage[] => {
    const page: ArticlePage = [articlePath(l, a.slug), l === a.original.locale ? original : idsOf(a.versions[l])];
    if (!partnerLocale(l, available)) return [page];
    return [page, [bilingualPath(l, a.slug), original], [sentencesPath(l, a.slug), original]];
  });
  const files = Object.values(a.versions).flatMap((v): LinkSource[] => {
    const blocks = v.convertedFrom ? [] : v.blocks.filter((b) => b.links.length);
    return blocks.length ? [{ file: v.file, path: articlePath(v.locale, a.slug), blocks, source: () => readFileSync(v.file, 'utf8') }] : [];
  });
  checked.set(a, (found = { pages, files }));
  return found;
}

/** Every page Markdown may link to, with its ids: lists, articles (translated or not), bilingual views. */
function sitePages(articles: Article[]): SitePages {
  return new Map([['/', new Set<string>()], ...localeKeys.map((l): ArticlePage => [indexPath(l), new Set()]), ...articles.flatMap((a) => linksOf(a).pages)]);
}

/**
 * Checks the links of some articles (`from`) against the pages of others (`to`); a link to an
 * article left out for now (`scheduled`, with its day) says so.
 */
export function checkLinks(from: Article[], to: Article[], scheduled: ReadonlyMap<Article, string> = new Map()): void {
  const files = from.flatMap((a) => linksOf(a).files);
  const later = new Map(
    [...scheduled].flatMap(([a, day]) => localeKeys.flatMap((l) => [articlePath(l, a.slug), bilingualPath(l, a.slug)]).map((path) => [path, day] as const)),
  );
  const problems = brokenLinks(files, sitePages(to), import.meta.env.BASE_URL, later);
  if (problems.length) throw new Error(`Broken links in the articles:\n${problems.join('\n')}`);
}
