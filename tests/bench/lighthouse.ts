/**
 * Lighthouse on the article pages, beside a bare Astro page of the same text, and prints a table:
 *
 *   node_modules/.bin/node tests/bench/lighthouse.ts   (the real content; BENCH_RUNS, default 5)
 *
 * Lighthouse's mobile audit (simulated throttling) runs on each kind of article page (each
 * language: the article, the bilingual view side by side and sentence by sentence) and on the
 * bare page of its language, in turn, BENCH_RUNS times; each figure is the median. The bare pages
 * are the plain Astro project of builds.ts (one page per Markdown file, Astro's defaults) over the
 * same articles, the Traditional text converted as the site converts it. Both sites are served
 * with gzip (serve.ts). The machine's load average is printed: on a busy machine the figures vary.
 *
 * CHROME_PATH picks the browser (default /usr/bin/chromium); BENCH_PORT the local servers' ports
 * (default 4375, and the next one for the bare pages).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { toTraditional } from '../../src/editions/traditional.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { runBuild } from '../build/run-build.ts';
import { pageKind, pageLocale, readSite, type Site } from '../site/pages.ts';
import { plainProject } from './builds.ts';
import { serve } from './serve.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lighthouseCli = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'));
const chromePath = process.env['CHROME_PATH'] || '/usr/bin/chromium';
const port = Number(process.env['BENCH_PORT'] || 4375);
export const runs = Number(process.env['BENCH_RUNS'] || 5);

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
    fcpMs: lhr.audits['first-contentful-paint'].numericValue as number,
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue as number,
    cls: lhr.audits['cumulative-layout-shift'].numericValue as number,
    tbtMs: lhr.audits['total-blocking-time'].numericValue as number,
    failing,
  };
}

type Audit = Awaited<ReturnType<typeof lighthouse>>;
type Figure = Exclude<keyof Audit, 'failing'>;
const FIGURES: Figure[] = ['performance', 'accessibility', 'bestPractices', 'seo', 'fcpMs', 'lcpMs', 'cls', 'tbtMs'];

/** The medians of a page's audits, and every audit below 100 in any of them. */
function medians(audits: Audit[]) {
  const figures = Object.fromEntries(FIGURES.map((key) => [key, median(audits.map((a) => a[key]))])) as Record<Figure, number>;
  return { ...figures, failingAudits: [...new Set(audits.flatMap((a) => a.failing))] };
}

/** One page of each type of a site (kind, layout, language: `article en`, `bilingual sentences zh`…), sorted by type. */
export function pageTypes(site: Site): { type: string; path: string }[] {
  const types = new Map<string, string>();
  for (const page of site.pages) {
    const layout = page.path.endsWith('/bilingual/sentences/') ? 'sentences' : '';
    const type = [pageKind('/', page.path), layout, pageLocale('/', page.path)].filter(Boolean).join(' ');
    if (!types.has(type)) types.set(type, page.path);
  }
  return [...types].map(([type, path]) => ({ type, path })).sort((a, b) => a.type.localeCompare(b.type));
}

/**
 * Builds the bare Astro pages of a content folder's articles into a folder: the plain project of
 * builds.ts, with each Simplified translation also converted to Traditional. Returns the output
 * folder and the path of each language's page of an article.
 */
async function buildBare(contentDir: string, work: string): Promise<{ out: string; path: (slug: string, locale: Locale) => string }> {
  const project = join(work, 'bare');
  const content = join(work, 'bare-content');
  // In the project, whose node_modules the build's prerendering imports from.
  const out = join(project, 'dist');
  await plainProject(project, false);
  await cp(contentDir, content, { recursive: true });
  for (const slug of await readdir(content)) {
    const zh = await readFile(join(content, slug, 'zh.md'), 'utf8').catch(() => undefined);
    if (zh) await writeFile(join(content, slug, 'zh-hant.md'), toTraditional()(zh));
  }
  const built = await runBuild({ contentDir: content, outDir: out, root: project });
  if (built.code !== 0) throw new Error(`the bare Astro build failed:\n${built.output}`);
  return { out, path: (slug, locale) => `/${slug}/${locale}/` };
}

export interface ArticleAudit extends ReturnType<typeof medians> {
  type: string;
  path: string;
  /** The bare Astro page of the same text in the page's language. */
  bare: { path: string; fcpMs: number; lcpMs: number };
}

/**
 * Audits each type of article page of a built site (of the articles in contentDir) and the bare
 * Astro page of its language, `runs` times in turn; returns the medians.
 */
export async function auditArticles(siteDir: string, contentDir: string): Promise<ArticleAudit[]> {
  const site = await readSite(siteDir, { base: '/', origin: 'http://127.0.0.1' });
  const pages = pageTypes(site).filter((p) => ['article', 'bilingual'].includes(pageKind('/', p.path)));
  const work = await mkdtemp(join(tmpdir(), 'bench-lighthouse-'));
  try {
    const bare = await buildBare(contentDir, work);
    const barePath = (path: string) => bare.path(path.split('/')[2]!, pageLocale('/', path)!);
    const barePaths = [...new Set(pages.map((p) => barePath(p.path)))];
    const servers = [await serve(siteDir, port), await serve(bare.out, port + 1)];
    const audits = new Map<string, Audit[]>();
    const audit = async (key: string, url: string) => audits.set(key, [...(audits.get(key) ?? []), await lighthouse(url)]);
    try {
      for (let i = 0; i < runs; i++) {
        for (const { path } of pages) await audit(path, `http://127.0.0.1:${port}${path}`);
        for (const path of barePaths) await audit(`bare ${path}`, `http://127.0.0.1:${port + 1}${path}`);
        console.error(`Lighthouse run ${i + 1} of ${runs}, load average ${loadavg()[0]!.toFixed(1)}`);
      }
    } finally {
      for (const server of servers) server.close();
    }
    return pages.map(({ type, path }) => {
      const own = barePath(path);
      const { fcpMs, lcpMs } = medians(audits.get(`bare ${own}`)!);
      return { type, path, ...medians(audits.get(path)!), bare: { path: own, fcpMs, lcpMs } };
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The paint figures as table rows: each page's FCP and LCP beside its bare page's. */
export function paintTable(audits: ArticleAudit[]) {
  return audits.map((a) => ({
    page: a.type,
    FCP: seconds(a.fcpMs),
    LCP: seconds(a.lcpMs),
    'bare FCP': seconds(a.bare.fcpMs),
    'bare LCP': seconds(a.bare.lcpMs),
    'LCP − bare': `${Math.round(a.lcpMs - a.bare.lcpMs)} ms`,
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const contentDir = join(root, 'content/articles');
  const work = await mkdtemp(join(tmpdir(), 'bench-'));
  try {
    const out = join(work, 'out');
    const built = await runBuild({ contentDir, outDir: out });
    if (built.code !== 0) throw new Error(`the build failed:\n${built.output}`);
    const load = loadavg()[0]!;
    const audits = await auditArticles(out, contentDir);
    console.log(`Lighthouse, mobile, median of ${runs} runs; load average ${load.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`);
    console.table(paintTable(audits));
    const resultsDir = join(root, 'tests/bench/results');
    await mkdir(resultsDir, { recursive: true });
    const file = join(resultsDir, `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), runs, loadAverage: [load, loadavg()[0]], lighthouse: audits }, null, 2)}\n`);
    console.log(`Written to ${file}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
