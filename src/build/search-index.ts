/**
 * The search index, written after the build into `<output>/pagefind/` (served under the base
 * path) by Pagefind's Node API and its binary from the npm package (no network). It holds the
 * text of every article page, each language's, in one index, so that both search pages find
 * both languages; bilingual views repeat that text and are left out. What is indexed is each
 * page's article body (`data-pagefind-body`), without its controls; every block's id is an anchor
 * a result can open at.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { localeKeys } from '../i18n/locales.ts';
import { articleFolders } from '../lib/article-files.ts';
import { searchableHtml, titleHtml } from '../lib/search-text.ts';
import { articlePath, searchIndexPath } from '../lib/urls.ts';


/** Controls inside an article's body, whose labels are not its text (see lib/render.ts). */
const CONTROLS = ['.section-link', '.peek'];

/** Files Pagefind writes for its own search interfaces, which the site does not use. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Throws the errors Pagefind reports, naming what it was doing. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`The search index could not ${step}: ${errors.join('; ')}`);
}

/** The integration that writes the search index into the built site. */
export function searchIndex(contentDir: string): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const start = performance.now();
        // One index for both languages (see lib/search-text.ts): English stemming applies to the
        // Latin words of every page, and Chinese is indexed character by character.
        const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: CONTROLS });
        check('start', created.errors);
        const index = created.index!;
        let pages = 0;
        try {
          for (const { slug, locales } of articleFolders(contentDir)) {
            const html = Object.fromEntries(
              await Promise.all(locales.map(async (l) => [l, await readFile(join(out, articlePath(l, slug), 'index.html'), 'utf8')] as const)),
            );
            for (const locale of locales) {
              const titles = Object.fromEntries(localeKeys.filter((l) => l !== locale && html[l]).map((l) => [l, titleHtml(html[l]!) ?? '']));
              // Site paths: Pagefind's script puts before them the base path it is served under.
              const added = await index.addHTMLFile({ url: articlePath(locale, slug), content: searchableHtml(html[locale]!, titles) });
              check(`read ${articlePath(locale, slug)}`, added.errors);
              pages++;
            }
          }
          const written = await index.writeFiles({ outputPath: join(out, searchIndexPath) });
          check('be written', written.errors);
        } finally {
          await pagefind.close();
        }
        await Promise.all(UNUSED.map((file) => rm(join(out, searchIndexPath, file), { force: true })));
        logger.info(`search index: ${pages} pages in ${Math.round(performance.now() - start)} ms`);
      },
    },
  };
}
