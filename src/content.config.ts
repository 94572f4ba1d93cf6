import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/folders.ts';
import { articleSchema } from './lib/schema.ts';

/**
 * One folder per article under content/articles/, one Markdown file per language.
 * CONTENT_DIR points the build at another folder (the tests' fixtures).
 */
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*/*.md', base: contentDir }),
    schema: articleSchema,
  }),
};
