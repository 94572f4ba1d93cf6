import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';

/** Where the site's files are. The environment moves them, for the tests' fixtures and second builds. */

const articles = './content/articles';

/** The folder of article folders: content/articles, or CONTENT_DIR. */
export const contentDir = process.env['CONTENT_DIR'] || articles;

/** The path the site is published under: the host's root, or BASE_PATH. */
export const basePath = process.env['BASE_PATH'] || '/';

/**
 * The phrase overrides of the Traditional Chinese conversion, beside a folder of articles:
 * content/traditional-overrides.txt for content/articles.
 */
export function overridesFileFor(content: string): string {
  return join(dirname(content), 'traditional-overrides.txt');
}

/** The folder the build writes the site to: dist, or OUT_DIR. */
export const outDir = process.env['OUT_DIR'] || './dist';

/** Astro's cache folder for the site's own content; it also holds what no content changes (the learner's dictionary). */
export const siteCacheDir = './node_modules/.astro';

/**
 * Astro's cache folder (content store, preview cards) for a content folder and base path: the
 * site's own, or one per other pair, so that a build of the tests' fixtures keeps the site's cache
 * and two builds of one folder under different base paths can run at once.
 */
export function cacheDirFor(content: string, base = '/'): string {
  if (resolve(content) === resolve(articles) && base === '/') return siteCacheDir;
  const key = base === '/' ? content : `${content}\0${base}`;
  return `${siteCacheDir}/content-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}
