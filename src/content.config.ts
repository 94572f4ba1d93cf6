import { defineCollection } from 'astro:content';
import { resolve } from 'node:path';
import { glob } from 'astro/loaders';
import { contentDir } from './content/folders.ts';
import { ownFolder, showErrorsInDev, unrendered, utf8Only } from './content/loader.ts';
import { articleSchema } from './content/schema.ts';

/**
 * One folder per article under content/articles/, one Markdown file per language.
 * CONTENT_DIR points the build at another folder (the tests' fixtures). A file that is not UTF-8
 * is refused. In the dev server, a broken file shows its error in the browser instead of stopping
 * the server, and entries read from another folder in an earlier run are dropped.
 *
 * The content store keeps each file's frontmatter only, neither its Markdown (`retainBody`) nor
 * its HTML (`unrendered`): an article is rendered when it is paired, and kept paired between
 * builds (site/article.ts).
 */
export const collections = {
  articles: defineCollection({
    loader: ownFolder(utf8Only(showErrorsInDev(unrendered(glob({ pattern: '*/*.md', base: contentDir, retainBody: false })))), resolve(contentDir)),
    schema: articleSchema,
  }),
};
