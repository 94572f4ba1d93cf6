import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { showErrorsInDev } from './lib/dev-content-errors.ts';
import { contentDir } from './lib/folders.ts';
import { articleSchema } from './lib/schema.ts';

/**
 * One folder per article under content/articles/, one Markdown file per language.
 * CONTENT_DIR points the build at another folder (the tests' fixtures). In the dev server, a
 * broken file shows its error in the browser instead of stopping the server.
 */
export const collections = {
  articles: defineCollection({
    loader: showErrorsInDev(glob({ pattern: '*/*.md', base: contentDir })),
    schema: articleSchema,
  }),
};
