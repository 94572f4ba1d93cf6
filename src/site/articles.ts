import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { getCollection, type CollectionEntry } from 'astro:content';
import { convertedFrom, localeKeys, partnerLocale, sourceLocale, type Locale } from '../i18n/locales.ts';
import { parseArticlePath } from '../content/article-files.ts';
import { isoDate } from '../content/dates.ts';
import { throwIfBroken } from '../content/dev-errors.ts';
import { contentDir, overridesFileFor } from '../content/folders.ts';
import { keyAt } from '../content/frontmatter.ts';
import { brokenLinks, type SitePages } from './links.ts';
import { pairBlocks } from '../alignment/pairing.ts';
import { fileBlocks, type Block, type RenderedFile } from '../alignment/blocks.ts';
import { readingMinutes } from './reading-time.ts';
import { sentenceBlocks } from '../alignment/sentence-markup.ts';
import { sentenceMarks } from '../alignment/sentence-marks.ts';
import { buildDay, scheduledFor } from '../content/schedule.ts';
import type { ArticleData } from '../content/schema.ts';
import { textHash } from '../content/stamp.ts';
import { toTraditional, traditionalBlocks, traditionalData, type Convert } from '../editions/traditional.ts';
import { readOverrides } from '../editions/traditional-overrides.ts';
import { articlePath, bilingualPath, indexPath, sentencesPath, stripBase, withBase } from '../i18n/urls.ts';

/** One language version of an article, with blocks carrying the original's ids. */
export interface ArticleVersion extends ArticleData {
  locale: Locale;
  file: string;
  blocks: Block[];
  /** Minutes to read, counted for the language's script. */
  minutes: number;
  /** A translation whose original changed after it was stamped. */
  stale: boolean;
  /** Set when the text is converted from another language's file (Traditional from Simplified), not written. */
  convertedFrom?: Locale | undefined;
}

/** An article: its slug and the language versions it has (the original always). */
export interface Article {
  slug: string;
  versions: Partial<Record<Locale, ArticleVersion>>;
  original: ArticleVersion;
}

type Entry = CollectionEntry<'articles'>;

function fileOf(entry: Entry): string {
  return entry.filePath ?? entry.id;
}

function rendered(entry: Entry): RenderedFile {
  const file = fileOf(entry);
  return { file, blocks: fileBlocks(entry.rendered?.html ?? ''), source: () => readFileSync(file, 'utf8') };
}

function staleWarning(entry: Entry, slug: string): string {
  return (
    `${fileOf(entry)}: the original has changed since this translation was made (originalHash). ` +
    `Update the translation, then run: npm run translation:stamp -- ${slug}`
  );
}

/**
 * A version converted from another language's (Traditional from Simplified): its text and
 * frontmatter converted, its links to the other language's pages led to this language's.
 */
function convertedVersion(from: ArticleVersion, locale: Locale, convert: Convert): ArticleVersion {
  const base = import.meta.env.BASE_URL;
  const prefix = `/${from.locale}/`;
  const href = (link: string) => {
    const path = link.startsWith('/') ? stripBase(base, link) : undefined;
    return path?.startsWith(prefix) ? withBase(base, `/${locale}/${path.slice(prefix.length)}`) : link;
  };
  const blocks = traditionalBlocks(from.blocks, convert, href);
  const minutes = readingMinutes(blocks.map((b) => b.text).join('\n'), locale);
  return { ...traditionalData(from, convert), locale, blocks, minutes, convertedFrom: from.locale };
}

/**
 * The original's and a translation's blocks with their sentences aligned and marked
 * (sentence-markup.ts), after the editors' marks in both files. A version converted from the
 * translation (Traditional) keeps the marks through its conversion.
 */
function markedSentences(source: ArticleVersion, original: RenderedFile, blocks: Block[], translation: RenderedFile, locale: Locale) {
  const marks = (file: RenderedFile, of: Block[]) => sentenceMarks(file.source?.() ?? '', of).offsets;
  return sentenceBlocks(source.blocks, blocks, locale, { original: marks(original, source.blocks), translation: marks(translation, blocks) });
}

/** Pairs one article's files. Cached by content digest: an unchanged pair is paired once per process. */
const pairCache = new Map<string, Article>();

function pairArticle(slug: string, files: Partial<Record<Locale, Entry>>, overrides: { key: string; convert: Convert }): Article {
  const key = localeKeys.map((l) => files[l]?.digest ?? '-').join('|') + slug + overrides.key;
  const cached = pairCache.get(key);
  if (cached) return cached;
  const source = files[sourceLocale];
  if (!source) {
    const orphan = Object.values(files)[0]!;
    throw new Error(`${fileOf(orphan)}: a translation without its original; add ${sourceLocale}.md beside it.`);
  }
  const original = rendered(source);
  const hash = textHash(source.data.title, source.body ?? '');
  const versions: Article['versions'] = {};
  let originalMarked = false;
  for (const locale of localeKeys) {
    const entry = files[locale];
    const from = convertedFrom(locale);
    if (!entry) {
      // A language converted from another when the article has no file of its own in it.
      if (from && versions[from]) versions[locale] = convertedVersion(versions[from], locale, overrides.convert);
      continue;
    }
    const file = locale === sourceLocale ? original : rendered(entry);
    let blocks = locale === sourceLocale ? pairBlocks(original, undefined).original : pairBlocks(original, file).translation;
    if (locale !== sourceLocale) {
      // Sentences marked in the translation, and in the original after its first written translation's.
      const marked = markedSentences(versions[sourceLocale]!, original, blocks, file, locale);
      if (!originalMarked) versions[sourceLocale] = { ...versions[sourceLocale]!, blocks: marked.original };
      originalMarked = true;
      blocks = marked.translation;
    }
    const minutes = readingMinutes(blocks.map((b) => b.text).join('\n'), locale);
    const stale = entry.data.originalHash !== undefined && entry.data.originalHash !== hash;
    if (stale) console.warn(staleWarning(entry, slug));
    versions[locale] = { ...entry.data, locale, file: fileOf(entry), blocks, minutes, stale };
  }
  const article: Article = { slug, versions, original: versions[sourceLocale]! };
  pairCache.set(key, article);
  return article;
}

/** Every page Markdown may link to, with its ids: lists, articles (translated or not), bilingual views. */
function sitePages(articles: Article[]): SitePages {
  const pages: SitePages = new Map([['/', new Set<string>()]]);
  for (const l of localeKeys) pages.set(indexPath(l), new Set());
  // A page's ids: its blocks', and those inside them (footnotes), which the bilingual view keeps for the original.
  const idsOf = (v: ArticleVersion | undefined) => new Set(v?.blocks.flatMap((b) => [b.id, ...b.ids]));
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
function checkLinks(from: Article[], to: Article[], scheduled: ReadonlyMap<Article, string> = new Map()): void {
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

/**
 * Whether scheduled articles are shown: in the dev server (Vite's mode), not in builds, whatever
 * NODE_ENV says (`import.meta.env.PROD` follows it).
 */
const preview = import.meta.env.MODE === 'development';

/** What the build says of a scheduled article, naming the file with the latest date and its line. */
function scheduledWarning(article: Article, day: string, today: string): string {
  const file = Object.values(article.versions).find((v) => isoDate(v.published) === day)!.file;
  const { line } = keyAt(parseFrontmatter(readFileSync(file, 'utf8')).rawFrontmatter, ['published']);
  return (
    `${file}:${line}: published: ${day} is after today (${today}): the article is scheduled. ` +
    (preview ? 'The dev server shows it; builds leave it out until that day.' : 'This build leaves it out; a build on or after that day publishes it.') +
    ' If the date is a mistake, write the source’s publication date.'
  );
}

let cache: { key: string; articles: Article[] } | undefined;

/**
 * Every article to publish, paired and checked (structure, links), newest first: in a build,
 * without the scheduled ones (see schedule.ts), which are paired and checked all the same.
 * Computed once per build; in the dev server, again whenever the content changes.
 */
export async function getArticles(): Promise<Article[]> {
  if (cache && import.meta.env.PROD) return cache.articles;
  const entries = await getCollection('articles');
  const parsed = readOverrides(overridesFileFor(contentDir));
  if (parsed.problems.length) throw new Error(`Phrase overrides:\n${parsed.problems.join('\n')}`);
  const overrides = { key: parsed.text, convert: toTraditional(parsed.overrides) };
  const key = entries.map((e) => e.digest).join('|') + parsed.text;
  if (cache?.key === key) return cache.articles;
  const bySlug = new Map<string, Partial<Record<Locale, Entry>>>();
  for (const entry of entries) {
    throwIfBroken(entry.data);
    const { slug, locale } = parseArticlePath(fileOf(entry));
    bySlug.set(slug, { ...bySlug.get(slug), [locale]: entry });
  }
  const all = [...bySlug]
    .map(([slug, files]) => pairArticle(slug, files, overrides))
    .sort((a, b) => b.original.published.getTime() - a.original.published.getTime() || a.slug.localeCompare(b.slug));
  const today = buildDay();
  const scheduled = new Map<Article, string>();
  for (const article of all) {
    const day = scheduledFor(Object.values(article.versions).map((v) => v.published), today);
    if (!day) continue;
    console.warn(scheduledWarning(article, day, today));
    if (!preview) scheduled.set(article, day);
  }
  const articles = all.filter((article) => !scheduled.has(article));
  // Published articles link only to published pages; scheduled ones may link to each other too.
  checkLinks(articles, articles, scheduled);
  checkLinks([...scheduled.keys()], all);
  cache = { key, articles };
  return articles;
}
