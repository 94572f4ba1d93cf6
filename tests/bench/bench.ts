/**
 * `npm run bench`: what the site costs a reader and a build. Not a test: it prints a table and
 * writes the figures to tests/bench/results/<date>.json.
 *
 * - Page weight: per page type, the first view's requests and bytes (raw and gzip), from the built files;
 *   and what loads on first use: the deferred module, the player's and the learner's tools' code,
 *   each Chinese page's learner's layer (`learn.json`), where the pinyin is, not in the pages, and
 *   the part of the glossary a tapped word is in.
 * - Lighthouse (mobile, simulated throttling) on the article pages, in each language and view
 *   (lighthouse.ts): the four category scores with CLS and TBT, and FCP and LCP beside a bare
 *   Astro page of the same text, the median of BENCH_RUNS runs (default 5).
 * - The build's time and peak memory for 1, 200 and 1,000 generated article pairs, cold and warm,
 *   next to plain Astro builds of the same Markdown (builds.ts).
 * - Search, for the real content and 1,000 generated pairs (search.ts): the index's size and time,
 *   and the search page's first view and first queries in Chromium.
 *
 * CHROME_PATH picks the browser (default /usr/bin/chromium); BENCH_PORT the local servers' ports (default 4375 and 4376).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { runBuild } from '../build/run-build.ts';
import { firstView, jsGzip } from '../site/budget.ts';
import { pageKind, readSite } from '../site/pages.ts';
import { buildTable, compareBuilds } from './builds.ts';
import { auditArticles, pageTypes, paintTable, runs } from './lighthouse.ts';
import { compareSearch, searchTables } from './search.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const contentDir = join(root, 'content/articles');
const resultsDir = join(root, 'tests/bench/results');

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sizes = async (file: string) => {
  const bytes = await readFile(file);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
};

const work = await mkdtemp(join(tmpdir(), 'bench-'));
try {
  // The real content: its build, then its pages' weight and Lighthouse scores.
  const realOut = join(work, 'out-real');
  const real = await runBuild({ contentDir, outDir: realOut });
  if (real.code !== 0) throw new Error(`the build failed:\n${real.output}`);

  const site = await readSite(realOut, { base: '/', origin: 'http://127.0.0.1' });
  const weights = [];
  for (const { type, path } of pageTypes(site)) {
    const page = site.pages.find((p) => p.path === path)!;
    const view = await firstView(realOut, '/', page);
    const sum = (key: 'raw' | 'gzip') => view.filter((r) => ['html', 'css', 'js'].includes(r.kind)).reduce((n, r) => n + r[key], 0);
    weights.push({ type, path, requests: view.length, raw: sum('raw'), gzip: sum('gzip'), jsGzip: jsGzip(page, view) });
  }
  // What loads on first use, not in any first view: the tools' code and the learner's layers.
  const onFirstUse = [];
  for (const file of await readdir(join(realOut, '_astro'))) {
    const tool = /^(listen|learn|reading)-.*\.js$/.exec(file)?.[1];
    if (tool) onFirstUse.push({ file: `${tool}.js`, ...(await sizes(join(realOut, '_astro', file))) });
  }
  for (const path of site.pages.filter((p) => pageKind('/', p.path) === 'article').map((p) => `${p.path}learn.json`)) {
    const bytes = await sizes(join(realOut, path)).catch(() => undefined);
    if (bytes) onFirstUse.push({ file: path, ...bytes });
  }
  // A tapped word's glossary part: the largest, of either spelling.
  const glossaryParts = (await readdir(join(realOut, 'glossary'), { recursive: true })).filter((f) => f.endsWith('.json'));
  const largest = (await Promise.all(glossaryParts.map(async (f) => ({ file: `glossary/${f}`, ...(await sizes(join(realOut, 'glossary', f))) })))).sort((a, b) => b.raw - a.raw)[0];
  if (largest) onFirstUse.push({ ...largest, file: `${largest.file} (the largest part)` });
  const scores = await auditArticles(realOut, contentDir);

  const builds = await compareBuilds([1, 200, 1000]);
  const search = await compareSearch([1000]);

  console.log('\nFirst view (HTML + CSS + JS; requests include every file fetched)');
  console.table(weights.map((w) => ({ page: w.type, requests: w.requests, raw: kb(w.raw), gzip: kb(w.gzip), 'JS gzip': kb(w.jsGzip) })));
  console.log('On first use (after the first view: the deferred module, the player, the learner\'s tools and layers)');
  console.table(onFirstUse.map((f) => ({ file: f.file, raw: kb(f.raw), gzip: kb(f.gzip) })));
  console.log(`Lighthouse, mobile, median of ${runs} run(s)`);
  console.table(
    scores.map((s) => ({
      page: s.type,
      performance: s.performance,
      accessibility: s.accessibility,
      'best practices': s.bestPractices,
      SEO: s.seo,
      CLS: s.cls,
      TBT: `${Math.round(s.tbtMs)} ms`,
      'audits below 100': s.failingAudits.join(', ') || '-',
    })),
  );
  console.log('Lighthouse: first and largest contentful paint, beside a bare Astro page of the same text');
  console.table(paintTable(scores));
  console.log('Build');
  console.table(buildTable(builds));
  const tables = searchTables(search);
  console.log('Search: index, indexing, build, search page');
  console.table(tables.sites);
  console.log('Search: first queries, typed into the loaded page and opened cold as ?q=');
  console.table(tables.queries);

  await mkdir(resultsDir, { recursive: true });
  const file = join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), weights, onFirstUse, lighthouse: scores, builds, search }, null, 2)}\n`);
  console.log(`Written to ${file}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
