/**
 * The search index in parts. Pagefind holds a whole index in memory while it builds it, about
 * half a megabyte for each article page, so the index is written in parts of about
 * `SHARD_PAGES` pages, one after the other, and the search page loads the parts together.
 * An article's part follows from its slug (a hash) and the number of parts, so that editing,
 * adding or removing an article changes its part alone, unless the number of parts changes with
 * it; the build reuses each part whose pages are made from what made them before (see `shardKey`).
 */
import { createHash } from 'node:crypto';
import { searchIndexPath } from '../i18n/urls.ts';

/** Pages in a part of the index, on average: Pagefind's memory stays near 350 MB. SEARCH_SHARD_PAGES overrides it (tests). */
export const SHARD_PAGES = Number(process.env['SEARCH_SHARD_PAGES']) || 600;

/** The first 32 bits of a string's SHA-256, as a number. */
const hash32 = (text: string) => createHash('sha256').update(text).digest().readUInt32BE(0);

/**
 * The article folders of each part of the index, whole articles in each, by slug in each part: as
 * many parts as it takes to hold the pages at `size` a part on average, an article in the part
 * its slug's hash gives. A part that no article falls into is left out (Pagefind's script cannot
 * merge an empty index); there is always at least one part.
 * @example searchShards([{ slug: 'b', locales: ['en', 'zh'] }, { slug: 'a', locales: ['en'] }], 3) // [[a, b]]
 */
export function searchShards<T extends { slug: string; locales: readonly unknown[] }>(folders: T[], size = SHARD_PAGES): T[][] {
  const pages = folders.reduce((n, folder) => n + folder.locales.length, 0);
  const shards = Array.from({ length: Math.max(1, Math.ceil(pages / size)) }, (): T[] => []);
  const bySlug = [...folders].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  for (const folder of bySlug) shards[hash32(folder.slug) % shards.length]!.push(folder);
  const filled = shards.filter((shard) => shard.length);
  return filled.length ? filled : [[]];
}

/** A page of a part by its site path and what it is made from (for the site's pages, a hash of its article's files). */
export interface PageSource {
  url: string;
  source: string;
}

/**
 * The key of a part of the index: a hash of what makes its files, the settings it is written
 * with (the indexer's version and options, and what else makes every page) and its pages in
 * order. Equal keys, equal files.
 */
export function shardKey(settings: unknown, pages: readonly PageSource[]): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const { url, source } of pages) hash.update(`${url.length}:${url}${source.length}:`).update(source);
  return hash.digest('hex');
}

/** The site path of a part of the index. @example shardPath(1) // '/pagefind/1/' */
export function shardPath(shard: number): string {
  return `${searchIndexPath}${shard}/`;
}
