/**
 * The search index, written after the build into `<output>/pagefind/<part>/` (served under the
 * base path) by Pagefind's Node API and its binary from the npm package (no network). It holds the
 * text of every article page, each language's, in one index, so that both search pages find
 * both languages; bilingual views repeat that text and are left out. What is indexed is each
 * page's article body (`data-pagefind-body`), without its controls; every block's id is an anchor
 * a result can open at.
 *
 * Each part is written into Astro's cache folder, under `search/<key>/` (search/shards.ts
 * `shardKey`), and hard-linked into the site from there: a build whose part has the same pages,
 * made from the same article files, code, phrase overrides and site address as one before, reuses
 * its files without reading the pages or running Pagefind for it. Pagefind reads a part's pages
 * from a folder of their own (`writePages`), in the order the file system lists them: on one
 * machine the same pages make the same files; another file system may number them otherwise (the
 * same index, other file names).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { articleFolders } from '../content/article-files.ts';
import { codeHash } from '../content/code-hash.ts';
import { overridesFileFor } from '../content/folders.ts';
import { readOverrides } from '../editions/traditional-overrides.ts';
import { localeKeys, type Locale } from '../i18n/locales.ts';
import { articlePath } from '../i18n/urls.ts';
import { searchShards, shardKey, shardPath, type PageSource } from '../search/shards.ts';
import { searchableHtml, titleHtml } from '../search/text.ts';
import { linkFile } from './link-file.ts';
import { isRunning, ownerOf } from './output.ts';

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

/** The folder of Astro's cache that holds the parts of the index. */
export const SEARCH_CACHE = 'search/';

// One index for both languages (see search/text.ts): English stemming applies to the Latin
// words of every page, and Chinese is indexed character by character.
const OPTIONS = { forceLanguage: 'en', excludeSelectors: CONTROLS };

/** The version of Pagefind, whose files a cached part holds. */
const PAGEFIND_VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')).version;

/** Some articles' languages whose pages this build wrote: a scheduled article has none yet. */
type Written = { slug: string; locales: Locale[] }[];

function written(out: string, articles: Written): Written {
  return articles.map(({ slug, locales }) => ({ slug, locales: locales.filter((l) => existsSync(join(out, articlePath(l, slug), 'index.html'))) }));
}

/**
 * Writes the built pages of some articles as the index reads them (each with the titles of its
 * article's other languages) into a folder, at their site paths, for Pagefind to read as a site:
 * it reads a folder's files on every processor, but pages given one by one (`addHTMLFile`) on one.
 * The files are read and written in turn, so that this goes on while Pagefind indexes another part.
 * Resolves to the folder.
 */
async function writePages(out: string, articles: Written, site: string): Promise<string> {
  await rm(site, { recursive: true, force: true });
  for (const { slug, locales } of articles) {
    const html = Object.fromEntries(await Promise.all(locales.map(async (l) => [l, await readFile(join(out, articlePath(l, slug), 'index.html'), 'utf8')] as const)));
    for (const locale of locales) {
      const titles = Object.fromEntries(localeKeys.filter((l) => l !== locale && html[l]).map((l) => [l, titleHtml(html[l]!) ?? '']));
      // Site paths: Pagefind's script puts before them the base path it is served under.
      const url = articlePath(locale, slug);
      await mkdir(join(site, url), { recursive: true });
      await writeFile(join(site, url, 'index.html'), searchableHtml(html[locale]!, titles));
    }
  }
  return site;
}

/**
 * The same pages by what they are made from, without reading them: each article's Markdown files.
 * An article page shows its own article alone, made by the code and the phrase overrides for the
 * site's address (in the part's settings, `build:done` below), as the incremental build assumes
 * when it copies the page (site/routes.ts `pageKey`).
 */
function pageSources(contentDir: string, articles: Written): PageSource[] {
  return articles.flatMap(({ slug, locales }) => {
    const folder = join(contentDir, slug);
    const hash = createHash('sha256');
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.md')).sort()) hash.update(`${file}\0`).update(readFileSync(join(folder, file)));
    const source = hash.digest('hex');
    return locales.map((locale) => ({ url: articlePath(locale, slug), source }));
  });
}

/**
 * Indexes the pages of a folder (`writePages`) into one part of the index, written into `folder`,
 * and removes them: the search page loads Pagefind's script from the first part (`runtime`); the
 * others hold their index alone. Pagefind's process ends with each part, and its memory with it.
 */
async function writeShard(site: string, folder: string, runtime: boolean): Promise<void> {
  const created = await pagefind.createIndex(OPTIONS);
  check('start', created.errors);
  const index = created.index!;
  try {
    check('read the pages', (await index.addDirectory({ path: site })).errors);
    check('be written', (await index.writeFiles({ outputPath: folder })).errors);
  } finally {
    await pagefind.close();
    await rm(site, { recursive: true, force: true });
  }
  await Promise.all(
    (await readdir(folder)).filter((file) => UNUSED.includes(file) || (!runtime && RUNTIME.test(file))).map((file) => rm(join(folder, file))),
  );
}

/** A part of the index: its pages' articles, their sources, whether it holds the script, and its key. */
interface Part {
  articles: Written;
  sources: PageSource[];
  runtime: boolean;
  key: string;
}

/** Writes a part into the cache from the pages of a folder (`writePages`). */
async function cacheShard(cache: string, { key, runtime }: Part, site: string): Promise<void> {
  // Written aside and renamed, so that an interrupted build leaves no half part in the cache.
  const draft = join(cache, `${process.pid}-${key}`);
  await rm(draft, { recursive: true, force: true });
  await writeShard(site, draft, runtime);
  await rename(draft, join(cache, key)).catch(async (error: NodeJS.ErrnoException) => {
    // Another build of the same content wrote the same part meanwhile.
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    await rm(draft, { recursive: true, force: true });
  });
}

/**
 * Writes into the cache the parts no build wrote before, one after the other, each one's pages
 * written (`writePages`) while Pagefind indexes the one before.
 */
async function cacheShards(cache: string, out: string, parts: Part[]): Promise<void> {
  const pagesOf = (part: Part) => writePages(out, part.articles, join(cache, `${process.pid}-${part.key}-pages`));
  let next = parts[0] && pagesOf(parts[0]);
  try {
    for (const [i, part] of parts.entries()) {
      const site = await next!;
      next = parts[i + 1] && pagesOf(parts[i + 1]!);
      await cacheShard(cache, part, site);
    }
  } finally {
    // A part that failed leaves the next one's pages being written: they end before the build does.
    await next?.catch(() => undefined);
  }
}

/** Puts a folder's files into another (see `linkFile`). */
async function linkFiles(from: string, to: string): Promise<void> {
  await Promise.all(
    (await readdir(from, { withFileTypes: true })).map((entry) => {
      const [source, target] = [join(from, entry.name), join(to, entry.name)];
      return entry.isDirectory() ? linkFiles(source, target) : linkFile(source, target);
    }),
  );
}

/** Removes the cached parts this build does not use, but for those another running build is writing. */
async function removeUnused(cache: string, used: string[]): Promise<void> {
  const unused = (await readdir(cache)).filter((name) => {
    const owner = ownerOf(name);
    return !used.includes(name) && (owner === undefined || !isRunning(owner));
  });
  await Promise.all(unused.map((name) => rm(join(cache, name), { recursive: true, force: true })));
}

/** The integration that writes the search index into the built site, in parts (search/shards.ts). */
export function searchIndex(contentDir: string): AstroIntegration {
  /** The cached parts of the index: in Astro's cache folder, which is one per content folder. */
  let cache = '';
  /** The site's address, which its pages' links and metadata hold. */
  let site: { site: string | undefined; base: string } | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ config }) => {
        cache = fileURLToPath(new URL(SEARCH_CACHE, config.cacheDir));
      },
      'astro:config:done': ({ config }) => {
        site = { site: config.site, base: config.base };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const start = performance.now();
        await mkdir(cache, { recursive: true });
        const overrides = readOverrides(overridesFileFor(contentDir)).text;
        const settings = { pagefind: PAGEFIND_VERSION, options: OPTIONS, unused: UNUSED, code: codeHash(), overrides, ...site };
        // The parts as the search page lists them, of every article folder.
        const parts = searchShards(articleFolders(contentDir)).map((folders, i): Part => {
          const articles = written(out, folders);
          const sources = pageSources(contentDir, articles);
          const runtime = i === 0;
          return { articles, sources, runtime, key: shardKey({ ...settings, runtime }, sources) };
        });
        const unwritten = parts.filter(({ key }) => !existsSync(join(cache, key)));
        await cacheShards(cache, out, unwritten);
        for (const [i, { key }] of parts.entries()) await linkFiles(join(cache, key), join(out, shardPath(i)));
        await removeUnused(cache, parts.map(({ key }) => key));
        const pages = parts.reduce((n, { sources }) => n + sources.length, 0);
        const count = `${parts.length} part${parts.length === 1 ? '' : 's'}`;
        const reused = parts.length - unwritten.length;
        logger.info(`search index: ${pages} pages in ${count}, ${Math.round(performance.now() - start)} ms (${reused} from the cache)`);
      },
    },
  };
}
