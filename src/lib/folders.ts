import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** Where the site's files are. The environment moves them, for the tests' fixtures and second builds. */

const articles = './content/articles';

/** The folder of article folders: content/articles, or CONTENT_DIR. */
export const contentDir = process.env['CONTENT_DIR'] || articles;

/** The folder the build writes the site to: dist, or OUT_DIR. */
export const outDir = process.env['OUT_DIR'] || './dist';

/**
 * Astro's cache folder (content store, preview cards) for a content folder: the articles' own, or
 * one per other content folder, so that a build of the tests' fixtures keeps the site's cache.
 */
export function cacheDirFor(content: string): string {
  if (resolve(content) === resolve(articles)) return './node_modules/.astro';
  return `./node_modules/.astro/content-${createHash('sha256').update(content).digest('hex').slice(0, 8)}`;
}
