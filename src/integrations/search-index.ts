/**
 * The search index, written after the build into `<output>/pagefind/<part>/` (served under the
 * base path) by Pagefind's Node API and its binary from the npm package (no network). It holds the
 * text of every article page, each language's, in one index, so that both search pages find
 * both languages; bilingual views repeat that text and are left out. What is indexed is each
 * page's article body (`data-pagefind-body`), without its controls; every block's id is an anchor
 * a result can open at.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { articleFolders } from '../content/article-files.ts';
import { localeKeys, type Locale } from '../i18n/locales.ts';
import { articlePath } from '../i18n/urls.ts';
import { searchShards, shardPath } from '../search/shards.ts';
import { searchableHtml, titleHtml } from '../search/text.ts';

/** What an article's body holds that is not its text: controls (see site/render.ts) and the source line. */
const CONTROLS = ['.section-link', '.peek', '.source'];

/** Pagefind's script, worker and WebAssembly, which search the index. */
const RUNTIME = /^(pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/;

/** Files Pagefind writes for its own search interfaces, and the WebAssembly for pages of no known language, which the site does not use. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];

/** Throws the errors Pagefind reports, naming what it was doing. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`The search index could not ${step}: ${errors.join('; ')}`);
}

/** Pages sent to Pagefind at once: its indexer works on them in parallel. */
const IN_FLIGHT = 8;

/**
 * Indexes some articles' pages into one part of the index, written into `folder`, and returns how
 * many pages it holds. Pagefind's process ends with each part, and its memory with it.
 */
async function indexShard(out: string, articles: { slug: string; locales: Locale[] }[], folder: string): Promise<number> {
  // One index for both languages (see search/text.ts): English stemming applies to the
  // Latin words of every page, and Chinese is indexed character by character.
  const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: CONTROLS });
  check('start', created.errors);
  const index = created.index!;
  let pages = 0;
  const indexArticle = async ({ slug, locales }: { slug: string; locales: Locale[] }) => {
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
  };
  try {
    let next = 0;
    await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
      while (next < articles.length) await indexArticle(articles[next++]!);
    }));
    const written = await index.writeFiles({ outputPath: folder });
    check('be written', written.errors);
  } finally {
    await pagefind.close();
  }
  return pages;
}

/** The integration that writes the search index into the built site, in parts (search/shards.ts). */
export function searchIndex(contentDir: string): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const start = performance.now();
        // The pages the build wrote: a scheduled article has none yet.
        const built = articleFolders(contentDir)
          .map(({ slug, locales }) => ({ slug, locales: locales.filter((l) => existsSync(join(out, articlePath(l, slug), 'index.html'))) }))
          .filter(({ locales }) => locales.length);
        const shards = searchShards(built);
        let pages = 0;
        for (const [i, articles] of shards.entries()) {
          const folder = join(out, shardPath(i));
          pages += await indexShard(out, articles, folder);
          // The search page loads Pagefind's script from the first part; the others hold their index alone.
          await Promise.all(
            (await readdir(folder)).filter((file) => UNUSED.includes(file) || (i > 0 && RUNTIME.test(file))).map((file) => rm(join(folder, file))),
          );
        }
        logger.info(`search index: ${pages} pages in ${shards.length} part${shards.length === 1 ? '' : 's'}, ${Math.round(performance.now() - start)} ms`);
      },
    },
  };
}
