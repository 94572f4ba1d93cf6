/**
 * One article as the site's pages show it: its language versions, paired with the original,
 * their sentences aligned and marked, a converted edition (Traditional) made from its source.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { treeBlocks, type Block, type RenderedFile } from '../alignment/blocks.ts';
import { pairBlocks } from '../alignment/pairing.ts';
import { sentenceMarks } from '../alignment/sentence-marks.ts';
import { sentenceBlocks } from '../alignment/sentence-markup.ts';
import { basePath } from '../content/folders.ts';
import type { ArticleData } from '../content/schema.ts';
import { textHash } from '../content/stamp.ts';
import { traditionalBlocks, traditionalData, type Convert } from '../editions/traditional.ts';
import { convertedFrom, localeKeys, sourceLocale, type Locale } from '../i18n/locales.ts';
import { stripBase, withBase } from '../i18n/urls.ts';
import { markdownBody, markdownTree } from '../markdown/pipeline.ts';
import { removalWarning } from '../markdown/rehype-safe-html.ts';
import type { Kept, KeptArticles } from './kept-articles.ts';
import { readingMinutes } from './reading-time.ts';

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
  /** Set when kept (kept-articles.ts): a hash of its blocks, which a build reads back only when asked for. */
  blocksDigest?: string | undefined;
}

/** An article: its slug and the language versions it has (the original always). */
export interface Article {
  slug: string;
  /** What it is made from (its files' digests, its slug, the phrase overrides): equal keys, equal articles. */
  key: string;
  versions: Partial<Record<Locale, ArticleVersion>>;
  original: ArticleVersion;
}

/** One Markdown file of the article collection. */
export type Entry = CollectionEntry<'articles'>;

/** The path of an entry's file. */
export function fileOf(entry: Entry): string {
  return entry.filePath ?? entry.id;
}

/**
 * The site's Markdown renderer (astro.config.ts `markdown`), made when an article is first paired.
 * What its sanitiser removes from a file is kept by the file's path as a warning, which goes with
 * the paired article, so that a build that finds the article kept warns of it again.
 */
let renderer: ReturnType<typeof markdownTree> | undefined;
const removals = new Map<string, string>();

/**
 * An entry's file, its body rendered with the site's settings, and the warning of what raw HTML
 * its rendering removed; its text gives messages their lines, and its body the original's hash.
 */
async function rendered(entry: Entry): Promise<RenderedFile & { body: string; removed: string | undefined }> {
  const file = fileOf(entry);
  const text = readFileSync(file, 'utf8');
  const body = markdownBody(text);
  renderer ??= markdownTree(basePath, (path, body, removed) => removals.set(path, removalWarning(path, body, removed)));
  const path = resolve(file);
  const tree = await renderer(body, path);
  const removed = removals.get(path);
  removals.delete(path);
  return { file, body, blocks: treeBlocks(tree), source: () => text, removed };
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

/** Pairs one article's files, with the warnings to give; a translation without its original throws, naming its file. */
async function pairFiles(slug: string, key: string, files: Partial<Record<Locale, Entry>>, convert: Convert): Promise<Kept> {
  const source = files[sourceLocale];
  if (!source) {
    const orphan = Object.values(files)[0]!;
    throw new Error(`${fileOf(orphan)}: a translation without its original; add ${sourceLocale}.md beside it.`);
  }
  const original = await rendered(source);
  const hash = textHash(source.data.title, original.body);
  const versions: Article['versions'] = {};
  const warnings: string[] = original.removed ? [original.removed] : [];
  let originalMarked = false;
  for (const locale of localeKeys) {
    const entry = files[locale];
    const from = convertedFrom(locale);
    if (!entry) {
      // A language converted from another when the article has no file of its own in it.
      if (from && versions[from]) versions[locale] = convertedVersion(versions[from], locale, convert);
      continue;
    }
    const file = locale === sourceLocale ? original : await rendered(entry);
    if (file !== original && file.removed) warnings.push(file.removed);
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
    if (stale) warnings.push(staleWarning(entry, slug));
    versions[locale] = { ...entry.data, locale, file: fileOf(entry), blocks, minutes, stale };
  }
  return { article: { slug, key, versions, original: versions[sourceLocale]! }, warnings };
}

/** Articles already paired, by content digest: an unchanged pair is paired once per process. */
const pairCache = new Map<string, Article>();

/**
 * One article, paired: from this process's cache (see `pairCache`), or kept from an earlier build,
 * or paired now and kept. Its warnings are given whenever it is not in this process's cache.
 */
export async function pairArticle(
  slug: string,
  files: Partial<Record<Locale, Entry>>,
  overrides: { key: string; convert: Convert },
  kept: KeptArticles,
): Promise<Article> {
  const key = localeKeys.map((l) => files[l]?.digest ?? '-').join('|') + slug + overrides.key;
  const cached = pairCache.get(key);
  if (cached) return cached;
  const paired = kept.get(key) ?? kept.set(key, await pairFiles(slug, key, files, overrides.convert));
  for (const warning of paired.warnings) console.warn(warning);
  pairCache.set(key, paired.article);
  return paired.article;
}
