/** Where the site's files are. The environment moves them, for the tests' fixtures and second builds. */

/** The folder of article folders: content/articles, or CONTENT_DIR. */
export const contentDir = process.env['CONTENT_DIR'] || './content/articles';

/** The folder the build writes the site to: dist, or OUT_DIR. */
export const outDir = process.env['OUT_DIR'] || './dist';
