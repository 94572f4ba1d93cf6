import { getCollection, type CollectionEntry } from 'astro:content';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { localeKeys, sourceLocale, type Locale } from '../i18n/locales.ts';
import { parseArticlePath } from './article-files.ts';
import { throwIfBroken } from './dev-content-errors.ts';
import { pairBlocks, type Block } from './pairing.ts';
import { readingMinutes } from './reading-time.ts';
import type { ArticleData } from './schema.ts';

/** One language version of an article, with blocks carrying the original's ids. */
export interface ArticleVersion extends ArticleData {
  locale: Locale;
  file: string;
  blocks: Block[];
  /** Minutes to read, counted for the language's script. */
  minutes: number;
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

function parse(entry: Entry) {
  return { file: fileOf(entry), tree: fromHtml(entry.rendered?.html ?? '', { fragment: true }) };
}

/** Pairs one article's files. Cached by content digest: an unchanged pair is paired once per process. */
const pairCache = new Map<string, Article>();

function pairArticle(slug: string, files: Partial<Record<Locale, Entry>>): Article {
  const key = localeKeys.map((l) => files[l]?.digest ?? '-').join('|') + slug;
  const cached = pairCache.get(key);
  if (cached) return cached;
  const source = files[sourceLocale];
  if (!source) {
    const orphan = Object.values(files)[0]!;
    throw new Error(`${fileOf(orphan)}: a translation without its original; add ${sourceLocale}.md beside it.`);
  }
  const original = parse(source);
  const versions: Article['versions'] = {};
  for (const locale of localeKeys) {
    const entry = files[locale];
    if (!entry) continue;
    const paired = pairBlocks(original, locale === sourceLocale ? undefined : parse(entry));
    const blocks = paired.translation ?? paired.original;
    const minutes = readingMinutes(blocks.map((b) => toString(b.node)).join('\n'), locale);
    versions[locale] = { ...entry.data, locale, file: fileOf(entry), blocks, minutes };
  }
  const article: Article = { slug, versions, original: versions[sourceLocale]! };
  pairCache.set(key, article);
  return article;
}

/** Every article, paired and checked, newest first. */
export async function getArticles(): Promise<Article[]> {
  const bySlug = new Map<string, Partial<Record<Locale, Entry>>>();
  for (const entry of await getCollection('articles')) {
    throwIfBroken(entry.data);
    const { slug, locale } = parseArticlePath(fileOf(entry));
    bySlug.set(slug, { ...bySlug.get(slug), [locale]: entry });
  }
  return [...bySlug]
    .map(([slug, files]) => pairArticle(slug, files))
    .sort((a, b) => b.original.published.getTime() - a.original.published.getTime() || a.slug.localeCompare(b.slug));
}
