/**
 * The search index in parts. Pagefind holds a whole index in memory while it builds it, about
 * half a megabyte for each article page, so a large site is indexed in parts of at most
 * `SHARD_PAGES` pages, one after the other, and the search page loads the parts together. A
 * site of up to that many pages has one part.
 */
import { searchIndexPath } from '../i18n/urls.ts';

/** Pages in a part of the index: Pagefind's memory stays near 1.2 GB. SEARCH_SHARD_PAGES overrides it (tests). */
export const SHARD_PAGES = Number(process.env['SEARCH_SHARD_PAGES']) || 2500;

/**
 * The article folders of each part of the index, in order, whole articles in each: a part ends
 * before the article that would take it over `size` pages. There is always at least one part.
 * @example searchShards([{ slug: 'a', locales: ['en', 'zh'] }, { slug: 'b', locales: ['en'] }], 2) // [[a], [b]]
 */
export function searchShards<T extends { locales: readonly unknown[] }>(folders: T[], size = SHARD_PAGES): T[][] {
  const shards: T[][] = [[]];
  let pages = 0;
  for (const folder of folders) {
    if (pages && pages + folder.locales.length > size) {
      shards.push([]);
      pages = 0;
    }
    shards.at(-1)!.push(folder);
    pages += folder.locales.length;
  }
  return shards;
}

/** The site path of a part of the index. @example shardPath(1) // '/pagefind/1/' */
export function shardPath(shard: number): string {
  return `${searchIndexPath}${shard}/`;
}
