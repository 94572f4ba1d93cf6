import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { convertedFrom, localeKeys, partnerLocale, sourceLocale, type Locale } from '../i18n/locales.ts';
import { parseArticlePath } from './article-files.ts';
import { throwIfBroken } from './dev-content-errors.ts';
import { contentDir, overridesFileFor } from './folders.ts';
import { brokenLinks, type SitePages } from './links.ts';
import { fileBlocks, pairBlocks, type Block, type RenderedFile } from './pairing.ts';
import { readingMinutes } from './reading-time.ts';
import type { ArticleData } from './schema.ts';
import { textHash } from './stamp.ts';
import { toTraditional, traditionalBlocks, traditionalData, type Convert } from './traditional.ts';
import { readOverrides } from './traditional-overrides.ts';
import { articlePath, bilingualPath, indexPath, stripBase, withBase } from './urls.ts';

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
  for (const locale of localeKeys) {
    const entry = files[locale];
    const from = convertedFrom(locale);
    if (!entry) {
      // A language converted from another when the article has no file of its own in it.
      if (from && versions[from]) versions[locale] = convertedVersion(versions[from], locale, overrides.convert);
      continue;
    }
    const blocks = locale === sourceLocale ? pairBlocks(original, undefined).original : pairBlocks(original, rendered(entry)).translation;
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
  for (const a of articles) {
    const ids = new Set(a.original.blocks.map((b) => b.id));
    const available = localeKeys.filter((l) => a.versions[l]);
    for (const l of localeKeys) {
      pages.set(articlePath(l, a.slug), a.versions[l] ? ids : new Set());
      if (partnerLocale(l, available)) pages.set(bilingualPath(l, a.slug), ids);
    }
  }
  return pages;
}

function checkLinks(articles: Article[]): void {
  // A converted version's links are its source's, which are checked.
  const files = articles.flatMap((a) =>
    Object.values(a.versions)
      .filter((v) => !v.convertedFrom)
      .map((v) => ({
        file: v.file,
        path: articlePath(v.locale, a.slug),
        blocks: v.blocks,
        source: () => readFileSync(v.file, 'utf8'),
      })),
  );
  const problems = brokenLinks(files, sitePages(articles), import.meta.env.BASE_URL);
  if (problems.length) throw new Error(`Broken links in the articles:\n${problems.join('\n')}`);
}

let cache: { key: string; articles: Article[] } | undefined;

/**
 * Every article, paired and checked (structure, links), newest first. Computed once per build;
 * in the dev server, again whenever the content changes.
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
  const articles = [...bySlug]
    .map(([slug, files]) => pairArticle(slug, files, overrides))
    .sort((a, b) => b.original.published.getTime() - a.original.published.getTime() || a.slug.localeCompare(b.slug));
  checkLinks(articles);
  cache = { key, articles };
  return articles;
}
