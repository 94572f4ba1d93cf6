/**
 * A scale run: the whole build, search indexing included, of many generated article pairs, cold
 * and then warm, with time and peak memory:
 *
 *   node_modules/.bin/node tests/bench/scale.ts [pairs]   (default: 10000)
 *
 * - cold: `astro build --force` with an empty build cache (every Markdown file rendered, every
 *   preview card drawn, the search index written);
 * - warm: the same build again, content, cards, search index and pages cached;
 * - correction: the title of one article's translation changed, then `npm run build` as an editor
 *   runs it (the content check, the build, the swap into the output folder): what publishing a
 *   correction takes, with how many pages were rendered and how many kept from the build before
 *   (linked, or copied where no link can be made); then another over the site that one made: the
 *   time until the output folder is the new site, and until the build before is removed.
 * Beside them: plain Astro building the same Markdown (one page per file, builds.ts `plainProject`),
 * and the figures of the last run of the same size on this machine (tests/bench/results/scale-<pairs>.json);
 * the correction's log, with each page rendered or kept and its time, stays beside them.
 * It takes long and much memory: run it alone.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readlink, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { cacheDirFor } from '../../src/content/folders.ts';
import { runBuild } from '../build/run-build.ts';
import { run } from '../helpers.ts';
import { plainProject } from './builds.ts';
import { generateArticles } from './generate-articles.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pairs = Number(process.argv[2] || 10_000);
const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MB`);

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  return total;
}

const content = await mkdtemp(join(tmpdir(), 'bench-scale-content-'));
const work = await mkdtemp(join(tmpdir(), 'bench-scale-'));
const results = join(root, 'tests/bench/results', `scale-${pairs}.json`);
generateArticles(content, pairs);
const rows: Record<string, string | number>[] = [];
/** Prints a row beside the same build's row of the last run. */
const previous: Record<string, string | number>[] = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : [];
const report = (row: Record<string, string | number>) => {
  rows.push(row);
  const before = previous.find((r) => r['build'] === row['build']);
  console.table([row, ...(before ? [{ ...before, build: `${before['build']}, last run` }] : [])]);
};
try {
  const plain = join(work, 'plain');
  await plainProject(plain, false);
  const plainBuild = await runBuild({ contentDir: content, outDir: join(work, 'out-plain'), root: plain });
  if (plainBuild.code !== 0) throw new Error(`plain Astro's build failed:\n${plainBuild.output.slice(-4000)}`);
  report({
    build: 'plain Astro, cold',
    pairs,
    time: `${(plainBuild.ms / 1000).toFixed(0)} s (${(plainBuild.ms / pairs).toFixed(1)} ms/pair)`,
    'peak memory': `astro ${mb(plainBuild.peakRss)}`,
    'search index': '',
    'site size': mb(await folderBytes(join(work, 'out-plain'))),
    'index size': '',
  });
  await rm(join(work, 'out-plain'), { recursive: true, force: true });
  for (const kind of ['cold', 'warm'] as const) {
    const build = await runBuild({ contentDir: content, outDir: join(work, 'out'), force: kind === 'cold' });
    if (build.code !== 0) throw new Error(`the ${kind} build failed:\n${build.output.slice(-4000)}`);
    const indexed = /search index: (\d+) pages in (\d+) parts?, (\d+) ms/.exec(build.output);
    report({
      build: kind,
      pairs,
      time: `${(build.ms / 1000).toFixed(0)} s (${(build.ms / pairs).toFixed(1)} ms/pair)`,
      'peak memory': `astro ${mb(build.peakRss)}, Pagefind ${mb(build.peakChildRss)}`,
      'search index': indexed ? `${indexed[1]} pages in ${indexed[2]} parts, ${(Number(indexed[3]) / 1000).toFixed(0)} s` : 'n/a',
      'site size': mb(await folderBytes(join(work, 'out'))),
      'index size': mb(await folderBytes(join(work, 'out', 'pagefind'))),
    });
  }
  // The editor's last build ran the content check too, which keeps what it found in each file.
  await run('npm', ['run', 'check'], { CONTENT_DIR: content });
  const zh = join(content, 'generated-article-0001', 'zh.md');
  writeFileSync(zh, readFileSync(zh, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1（更正）"'));
  const started = performance.now();
  const correction = { ...(await run('npm', ['run', 'build'], { CONTENT_DIR: content, OUT_DIR: join(work, 'site') })), ms: performance.now() - started };
  if (correction.code !== 0) throw new Error(`the correction's build failed:\n${correction.output.slice(-4000)}`);
  await mkdir(join(root, 'tests/bench/results'), { recursive: true });
  writeFileSync(join(root, 'tests/bench/results', `scale-${pairs}-correction.log`), correction.output);
  const count = (pattern: RegExp) => stripVTControlCharacters(correction.output).split('\n').filter((line) => line.includes('├─') && pattern.test(line)).length;
  report({
    build: 'correction (npm run build)',
    pairs,
    time: `${(correction.ms / 1000).toFixed(0)} s`,
    'peak memory': '',
    'search index': /search index: .*\)/.exec(correction.output)?.[0] ?? 'n/a',
    'site size': `${count(/\(\+\d/)} pages rendered, ${count(/\(cached\)/)} linked, ${count(/\(restored\)/)} copied`,
    'index size': '',
  });
  // A second correction, as an editor's usually is: over a live site, whose build it removes once
  // its own is swapped in. Published when the output folder links to the new build.
  writeFileSync(zh, readFileSync(zh, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1（再版）"'));
  const live = await readlink(join(work, 'site'));
  let published: number | undefined;
  const started2 = performance.now();
  const watch = setInterval(async () => {
    if (published === undefined && (await readlink(join(work, 'site')).catch(() => live)) !== live) published = performance.now() - started2;
  }, 100);
  const second = await run('npm', ['run', 'build'], { CONTENT_DIR: content, OUT_DIR: join(work, 'site') });
  clearInterval(watch);
  if (second.code !== 0) throw new Error(`the second correction's build failed:\n${second.output.slice(-4000)}`);
  report({
    build: 'correction over a live site (npm run build)',
    pairs,
    time: `${((published ?? Number.NaN) / 1000).toFixed(0)} s to publish, ${((performance.now() - started2) / 1000).toFixed(0)} s with the build before removed`,
    'peak memory': '',
    'search index': /search index: .*\)/.exec(second.output)?.[0] ?? 'n/a',
    'site size': '',
    'index size': '',
  });
} finally {
  await rm(content, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
  await rm(resolve(root, cacheDirFor(content)), { recursive: true, force: true });
}
console.table(rows);
await mkdir(join(root, 'tests/bench/results'), { recursive: true });
writeFileSync(results, JSON.stringify(rows, null, 2));
