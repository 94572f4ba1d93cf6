/**
 * `npm run bench`: what the site costs a reader and a build. Not a test: it prints a table and
 * writes the figures to tests/bench/results/<date>.json.
 *
 * - Page weight: per page type, the first view's requests and bytes (raw and gzip), from the built files.
 * - Lighthouse (mobile, simulated throttling) on the article pages, in each language and view:
 *   the four category scores with LCP, CLS and TBT, the median of BENCH_RUNS runs (default 3).
 * - The build's time and peak memory for 1, 200 and 1,000 generated article pairs, cold and warm,
 *   next to plain Astro builds of the same Markdown (builds.ts).
 * - Search, for the real content and 1,000 generated pairs (search.ts): the index's size and time,
 *   and the search page's first view and first queries in Chromium.
 *
 * CHROME_PATH picks the browser (default /usr/bin/chromium); BENCH_PORT the local server's port (default 4375).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runBuild } from '../build/run-build.ts';
import { firstView, jsGzip } from '../site/budget.ts';
import { pageKind, pageLocale, readSite } from '../site/pages.ts';
import { buildTable, compareBuilds } from './builds.ts';
import { compareSearch, searchTables } from './search.ts';
import { serve } from './serve.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const contentDir = join(root, 'content/articles');
const resultsDir = join(root, 'tests/bench/results');
const lighthouseCli = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'));
const chromePath = process.env['CHROME_PATH'] || '/usr/bin/chromium';
const port = Number(process.env['BENCH_PORT'] || 4375);
const runs = Number(process.env['BENCH_RUNS'] || 3);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs Lighthouse's mobile audit once on a URL; returns the scores (0–100) and metrics. */
async function lighthouse(url: string) {
  const flags = '--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run';
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [lighthouseCli, url, '--quiet', '--output=json', '--output-path=stdout', `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices,seo'],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 256 * 2 ** 20 },
  );
  const lhr = JSON.parse(stdout);
  const score = (c: string) => Math.round(lhr.categories[c].score * 100);
  const failing = Object.values(lhr.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string }>)
    .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
    .map((a) => a.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue as number,
    cls: lhr.audits['cumulative-layout-shift'].numericValue as number,
    tbtMs: lhr.audits['total-blocking-time'].numericValue as number,
    failing,
  };
}

const work = await mkdtemp(join(tmpdir(), 'bench-'));
try {
  // The real content: its build, then its pages' weight and Lighthouse scores.
  const realOut = join(work, 'out-real');
  const real = await runBuild({ contentDir, outDir: realOut });
  if (real.code !== 0) throw new Error(`the build failed:\n${real.output}`);

  const site = await readSite(realOut, { base: '/', origin: 'http://127.0.0.1' });
  const weights = [];
  const picked = new Set<string>();
  for (const page of site.pages) {
    const layout = page.path.endsWith('/bilingual/sentences/') ? 'sentences' : '';
    const type = [pageKind('/', page.path), layout, pageLocale('/', page.path)].filter(Boolean).join(' ');
    if (picked.has(type)) continue;
    picked.add(type);
    const view = await firstView(realOut, '/', page);
    const sum = (key: 'raw' | 'gzip') => view.filter((r) => ['html', 'css', 'js'].includes(r.kind)).reduce((n, r) => n + r[key], 0);
    weights.push({ type, path: page.path, requests: view.length, raw: sum('raw'), gzip: sum('gzip'), jsGzip: jsGzip(page, view) });
  }
  weights.sort((a, b) => a.type.localeCompare(b.type));

  const server = await serve(realOut, port);
  const audited = weights.filter((w) => w.type.startsWith('article') || w.type.startsWith('bilingual'));
  const scores = [];
  try {
    for (const { type, path } of audited) {
      const results: Awaited<ReturnType<typeof lighthouse>>[] = [];
      for (let i = 0; i < runs; i++) results.push(await lighthouse(`http://127.0.0.1:${port}${path}`));
      const med = (key: 'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'lcpMs' | 'cls' | 'tbtMs') => median(results.map((r) => r[key]));
      scores.push({
        type,
        path,
        performance: med('performance'),
        accessibility: med('accessibility'),
        bestPractices: med('bestPractices'),
        seo: med('seo'),
        lcpMs: med('lcpMs'),
        cls: med('cls'),
        tbtMs: med('tbtMs'),
        failingAudits: [...new Set(results.flatMap((r) => r.failing))],
      });
    }
  } finally {
    server.close();
  }

  const builds = await compareBuilds([1, 200, 1000]);
  const search = await compareSearch([1000]);

  console.log('\nFirst view (HTML + CSS + JS; requests include every file fetched)');
  console.table(weights.map((w) => ({ page: w.type, requests: w.requests, raw: kb(w.raw), gzip: kb(w.gzip), 'JS gzip': kb(w.jsGzip) })));
  console.log(`Lighthouse, mobile, median of ${runs} run(s)`);
  console.table(
    scores.map((s) => ({
      page: s.type,
      performance: s.performance,
      accessibility: s.accessibility,
      'best practices': s.bestPractices,
      SEO: s.seo,
      LCP: `${(s.lcpMs / 1000).toFixed(2)} s`,
      CLS: s.cls,
      TBT: `${Math.round(s.tbtMs)} ms`,
      'audits below 100': s.failingAudits.join(', ') || '-',
    })),
  );
  console.log('Build');
  console.table(buildTable(builds));
  const tables = searchTables(search);
  console.log('Search: index, indexing, build, search page');
  console.table(tables.sites);
  console.log('Search: first queries, typed into the loaded page and opened cold as ?q=');
  console.table(tables.queries);

  await mkdir(resultsDir, { recursive: true });
  const file = join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), weights, lighthouse: scores, builds, search }, null, 2)}\n`);
  console.log(`Written to ${file}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
