/**
 * What search costs a reader and a build, for the real content and for generated article pairs:
 *
 *   node_modules/.bin/node tests/bench/search.ts [pairs…]   (default: the real content, then 1000)
 *
 * For each site, built cold (`astro build --force`, the search index's cache emptied):
 * - the build's time and peak memory (astro's process, and Pagefind's, which runs beside it),
 *   and the indexing step's own time from the build's log;
 * - the index: its bytes per article pair (entry, metadata, word chunks, page fragments), and
 *   Pagefind's runtime (its script, worker and WebAssembly), the same for any site;
 * - the reference: Pagefind run over the whole built site with its defaults, as Starlight runs
 *   it, and its time per page against ours;
 * - in Chromium on loopback (a fresh browser cache each time): the search page's first view
 *   (every byte until the network is idle, Pagefind's runtime included, and the time to its load
 *   event), then the first query
 *   typed into it, and a cold open of `?q=` (first view and query together): bytes transferred
 *   and the time to the first results, for an English word, a Chinese word and one character.
 *
 * A scale run (`tests/bench/search.ts 10000`) takes a long time and much memory: run it alone.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import * as pagefind from 'pagefind';
import { cacheDirFor } from '../../src/content/folders.ts';
import { SEARCH_CACHE } from '../../src/integrations/search-index.ts';
import { runBuild } from '../build/run-build.ts';
import { generateArticles } from './generate-articles.ts';
import { serve } from './serve.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env['BENCH_PORT'] || 4375) + 1;
const chromePath = process.env['CHROME_PATH'] || '/usr/bin/chromium';

/** An English word, a Chinese word and a single character, as readers type them. */
export const BENCH_QUERIES = ['partnership', '合作', '恐'];

export interface QueryFigures {
  query: string;
  /** Typed into the loaded page: bytes fetched and milliseconds from the keystroke to the results. */
  typedBytes: number;
  typedMs: number;
  /** Opened cold as `?q=`: every byte of the page and the query, and milliseconds from navigation to the results. */
  coldBytes: number;
  coldMs: number;
  articles: number;
}

export interface SearchFigures {
  site: string;
  pairs: number;
  pages: number;
  /** The parts the index is written in (search/shards.ts). */
  parts: number;
  buildSeconds: number;
  astroPeakMB: number | undefined;
  pagefindPeakMB: number | undefined;
  indexingMs: number | undefined;
  /** Pagefind over the whole site with its defaults (Starlight's way): pages and milliseconds. */
  referencePages: number;
  referenceMs: number;
  indexBytes: number;
  runtimeBytes: number;
  firstViewBytes: number;
  firstViewMs: number;
  queries: QueryFigures[];
}

/** The total size of the files under a folder, split by a test on their relative paths. */
async function folderBytes(dir: string, test: (file: string) => boolean): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    if (test(file.slice(dir.length + 1))) total += (await stat(file)).size;
  }
  return total;
}

/** Counts the bytes of every response a page receives (bodies as sent, with headers). */
function countBytes(page: Page): () => number {
  let bytes = 0;
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  return () => bytes;
}

const RESULTS = 'main ol:not([aria-busy]) li, main [role="status"]:not(:empty)';

/** Waits for the network to be idle (no request for 500 ms); returns when the page's load event ended. */
async function settled(page: Page): Promise<number> {
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
}

async function browse(browser: Browser, origin: string): Promise<Pick<SearchFigures, 'firstViewBytes' | 'firstViewMs' | 'queries'>> {
  const fresh = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    return { context, page, bytes: countBytes(page) };
  };
  const view = await fresh();
  await view.page.goto(`${origin}/en/search/`);
  const firstViewMs = await settled(view.page);
  const firstViewBytes = view.bytes();
  await view.context.close();
  const queries: QueryFigures[] = [];
  for (const query of BENCH_QUERIES) {
    const typed = await fresh();
    await typed.page.goto(`${origin}/en/search/`);
    await settled(typed.page);
    const before = typed.bytes();
    const start = await typed.page.evaluate(() => performance.now());
    await typed.page.getByRole('searchbox').fill(query);
    await typed.page.locator(RESULTS).first().waitFor();
    const typedMs = (await typed.page.evaluate(() => performance.now())) - start;
    await settled(typed.page);
    const typedBytes = typed.bytes() - before;
    const articles = await typed.page.locator('main ol li').count();
    await typed.context.close();
    const cold = await fresh();
    await cold.page.goto(`${origin}/en/search/?q=${encodeURIComponent(query)}`);
    await cold.page.locator(RESULTS).first().waitFor();
    const coldMs = await cold.page.evaluate(() => performance.now());
    await settled(cold.page);
    queries.push({ query, typedBytes, typedMs, coldBytes: cold.bytes(), coldMs, articles });
    await cold.context.close();
  }
  return { firstViewBytes, firstViewMs, queries };
}

/** Builds a site from a content folder and measures its search. */
export async function searchFigures(site: string, contentDir: string, pairs: number): Promise<SearchFigures> {
  const work = await mkdtemp(join(tmpdir(), 'bench-search-'));
  const out = join(work, 'out');
  try {
    await rm(resolve(root, cacheDirFor(contentDir), SEARCH_CACHE), { recursive: true, force: true });
    const build = await runBuild({ contentDir, outDir: out });
    if (build.code !== 0) throw new Error(`${site}: the build failed:\n${build.output}`);
    const logged = /search index: (\d+) pages in (\d+) parts?, (\d+) ms/.exec(build.output);
    const index = join(out, 'pagefind');
    const runtime = /(^|\/)(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;
    const indexBytes = await folderBytes(index, (f) => !runtime.test(f));
    const runtimeBytes = await folderBytes(index, (f) => runtime.test(f));

    // The reference: Pagefind over every page of the site, with its defaults, into a folder of its own.
    const start = performance.now();
    const { index: reference } = await pagefind.createIndex({});
    const added = await reference!.addDirectory({ path: out });
    await reference!.writeFiles({ outputPath: join(work, 'reference') });
    const referenceMs = performance.now() - start;
    await pagefind.close();

    const server = await serve(out, port);
    const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-background-networking'] });
    try {
      return {
        site,
        pairs,
        pages: Number(logged?.[1] ?? 0),
        buildSeconds: build.ms / 1000,
        astroPeakMB: build.peakRss && build.peakRss / 2 ** 20,
        pagefindPeakMB: build.peakChildRss && build.peakChildRss / 2 ** 20,
        parts: Number(logged?.[2] ?? 0),
        indexingMs: logged ? Number(logged[3]) : undefined,
        referencePages: added.page_count,
        referenceMs,
        indexBytes,
        runtimeBytes,
        ...(await browse(browser, `http://127.0.0.1:${port}`)),
      };
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Measures the real content, then generated sites of each size. */
export async function compareSearch(sizes: number[], real = true): Promise<SearchFigures[]> {
  const figures: SearchFigures[] = [];
  if (real) figures.push(await searchFigures('real content', join(root, 'content/articles'), (await readdir(join(root, 'content/articles'))).length));
  for (const pairs of sizes) {
    const content = await mkdtemp(join(tmpdir(), 'bench-search-content-'));
    generateArticles(content, pairs);
    try {
      figures.push(await searchFigures(`${pairs} generated pairs`, content, pairs));
    } finally {
      await rm(content, { recursive: true, force: true });
      await rm(resolve(root, cacheDirFor(content)), { recursive: true, force: true });
    }
  }
  return figures;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The figures as table rows: one per site, then one per site and query. */
export function searchTables(figures: SearchFigures[]) {
  return {
    sites: figures.map((f) => ({
      site: f.site,
      'pages indexed': `${f.pages} in ${f.parts} part${f.parts === 1 ? '' : 's'}`,
      'index per pair': kb(f.indexBytes / f.pairs),
      'index total': kb(f.indexBytes),
      'Pagefind runtime': kb(f.runtimeBytes),
      'indexing': f.indexingMs === undefined ? 'n/a' : `${(f.indexingMs / 1000).toFixed(1)} s (${(f.indexingMs / f.pages).toFixed(1)} ms/page)`,
      'reference (whole site)': `${(f.referenceMs / 1000).toFixed(1)} s for ${f.referencePages} pages (${(f.referenceMs / f.referencePages).toFixed(1)} ms/page)`,
      build: `${f.buildSeconds.toFixed(1)} s`,
      'peak memory': `astro ${f.astroPeakMB?.toFixed(0) ?? 'n/a'} MB, Pagefind ${f.pagefindPeakMB?.toFixed(0) ?? 'n/a'} MB`,
      'search page first view': `${kb(f.firstViewBytes)}, ${Math.round(f.firstViewMs)} ms`,
    })),
    queries: figures.flatMap((f) =>
      f.queries.map((q) => ({
        site: f.site,
        query: q.query,
        articles: q.articles,
        'typed: bytes': kb(q.typedBytes),
        'typed: to results': `${Math.round(q.typedMs)} ms`,
        'cold ?q=: bytes': kb(q.coldBytes),
        'cold ?q=: to results': `${Math.round(q.coldMs)} ms`,
      })),
    ),
  };
}

if (import.meta.main) {
  const sizes = process.argv.slice(2).map(Number);
  const tables = searchTables(await compareSearch(sizes.length ? sizes : [1000], !sizes.length));
  console.table(tables.sites);
  console.table(tables.queries);
}
