/**
 * Where a build spends its time and memory, by stage:
 *
 *   node_modules/.bin/node tests/bench/profile.ts [pairs] [cold|warm|both] [--no-cpu-prof] [--keep]
 *   (default: 1000 pairs, both: a cold build, then a warm one)
 *
 * It writes `pairs` generated article pairs (generate-articles.ts) and builds them as the scale
 * bench does (astro build, in the environment `npm run build` gives it; cold: `--force` with the
 * content cache and the cards' cache deleted; warm: the same build again, everything cached), with
 * Node's sampling profiler on: NODE_OPTIONS="--cpu-prof --cpu-prof-dir=…" reaches the astro
 * process and every worker thread in it (the card drawers and the learner's layers' makers write
 * one .cpuprofile each). Pagefind's indexer and esbuild are native processes: their CPU time and
 * memory are read from /proc.
 * For each build it prints:
 *
 * 1. wall-clock phases, from the build's log lines, timed as they arrive (startup and the cards'
 *    list, content sync = every file's frontmatter read and stored, bundling, static paths = every
 *    article rendered and paired, pages, then the `astro:build:done` passes in order: page policies,
 *    cards, search index, sitemap), with astro's resident memory at the end of each;
 * 2. page rendering per page kind: astro's own time per page (the `(+N ms)` of each log line),
 *    count, total, mean;
 * 0. CPU time of astro's threads from /proc (main, card drawers and layer makers, V8's GC helpers, libuv's pool);
 * 3. CPU self time by stage: each sample of each profile goes to the innermost frame on its stack
 *    that names a stage: the site's own functions by their source file (in astro's bundle,
 *    src/ functions keep their names; they are looked up in src/), packages by name, so that
 *    parse5 called by the pairing counts as pairing and called by the Markdown pipeline as
 *    Markdown; with each stage's span on the main thread (first to last sample). A sample counts
 *    the thread's time, waiting for a processor included, so each thread's samples are scaled to
 *    its CPU time from /proc. Then the same by phase (a sample's time places it in a phase of the
 *    log: fs writes, which have no caller on their stack, belong to the phase they happen in),
 *    and the functions with most self time;
 * 4. peak memory (VmHWM) and CPU time of each process: astro (with its threads), Pagefind, esbuild;
 * 5. the site's bytes by kind of file.
 *
 * The profiler costs some time (about 5-10%): `--no-cpu-prof` gives clean wall times and memory.
 * Profiles, logs and a JSON summary stay in tests/bench/results/profile-<pairs>/ (open a
 * .cpuprofile in Chrome DevTools' Performance panel or speedscope for its flame graph); `--keep`
 * keeps the built site there too. The same profiles of `npm run build`:
 *   NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run build
 * (also profiles npm, the content check and the build wrapper, each in its own file).
 * It takes a few minutes for 1,000 pairs: run it alone, `nice -n 10` on a shared machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirFor } from '../../src/content/folders.ts';
import { buildEnvironment } from '../../src/integrations/environment.ts';
import { generateArticles } from './generate-articles.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const args = process.argv.slice(2);
const pairs = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const kinds = (['cold', 'warm'] as const).filter((k) => !args.some((a) => /^(cold|warm)$/.test(a)) || args.includes(k));
const profiling = !args.includes('--no-cpu-prof');
const results = join(root, 'tests/bench/results', `profile-${pairs}`);
const content = join(results, 'content');
const MB = 2 ** 20;

// ---------------------------------------------------------------------------------------------
// Running a build: log lines timed, memory and CPU of every process sampled from /proc.

interface ProcessFigures {
  name: string;
  peakRss: number;
  cpuSeconds: number;
}

interface Run {
  code: number | null;
  ms: number;
  /** Each log line as it arrived: ms since the start, and the monotonic clock in µs (V8's profiles' clock). */
  lines: { ms: number; mono: number; text: string }[];
  /** astro's resident memory over time. */
  rss: { ms: number; rss: number }[];
  processes: Map<number, ProcessFigures>;
  /** CPU seconds of each of astro's threads, last seen, by thread id, with the thread's name. */
  threads: Map<number, { name: string; cpu: number }>;
}

const TICK = 100; // clock ticks a second (Linux's USER_HZ)

function procStatus(pid: number): { name: string; hwm: number; rss: number; cpu: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return {
      name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?',
      hwm: kb('VmHWM'),
      rss: kb('VmRSS'),
      cpu: (Number(fields[11]) + Number(fields[12])) / TICK,
    };
  } catch {
    return undefined;
  }
}

function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      children.push(...readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number));
    }
  } catch {
    return [];
  }
  children = [...new Set(children)];
  return [...children, ...children.flatMap(descendants)];
}

function build(kind: 'cold' | 'warm', out: string, profiles: string): Promise<Run> {
  const env = buildEnvironment({ ...process.env, CONTENT_DIR: content, OUT_DIR: out });
  if (profiling) env['NODE_OPTIONS'] = `${env['NODE_OPTIONS'] ?? ''} --cpu-prof --cpu-prof-dir=${profiles}`.trim();
  const start = performance.now();
  const child = spawn(process.execPath, [astro, 'build', ...(kind === 'cold' ? ['--force'] : [])], { cwd: root, env });
  const run: Run = { code: null, ms: 0, lines: [], rss: [], processes: new Map(), threads: new Map() };
  let partial = '';
  const take = (data: Buffer) => {
    const ms = performance.now() - start;
    const mono = Number(process.hrtime.bigint() / 1000n);
    const text = partial + data.toString();
    const lines = text.split('\n');
    partial = lines.pop()!;
    // Astro colours its log lines; the text is what counts.
    for (const line of lines) run.lines.push({ ms, mono, text: line.replace(/\x1b\[[0-9;]*m/g, '') });
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const sample = () => {
    const ms = performance.now() - start;
    for (const pid of [child.pid!, ...descendants(child.pid!)]) {
      const s = procStatus(pid);
      if (!s) continue;
      const known = run.processes.get(pid);
      run.processes.set(pid, { name: pid === child.pid ? 'astro (node, with its threads)' : s.name, peakRss: Math.max(s.hwm, known?.peakRss ?? 0), cpuSeconds: s.cpu });
      if (pid === child.pid) run.rss.push({ ms, rss: s.rss });
    }
    try {
      for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
        const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
        const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        // The JavaScript main thread is the one whose id is the process's.
        const name = Number(tid) === child.pid ? 'main (JavaScript)' : comm === 'WorkerThread' ? 'WorkerThread (cards, learner’s layers)' : comm;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        run.threads.set(Number(tid), { name, cpu: (Number(fields[11]) + Number(fields[12])) / TICK });
      }
    } catch {
      // The process has ended.
    }
  };
  const sampler = setInterval(sample, 50);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (partial) run.lines.push({ ms: performance.now() - start, mono: Number(process.hrtime.bigint() / 1000n), text: partial });
      Object.assign(run, { code, ms: performance.now() - start });
      done(run);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// 1. Wall-clock phases from the log.

/** Each phase ends at the first log line (after the previous phase's end) that matches. */
const PHASES: [string, RegExp][] = [
  ['startup: config, integrations (cards listed, drawing starts)', /\[content\] Syncing content/],
  ['content sync: frontmatter into the content store', /\[content\] Synced content/],
  ['types', /\[types\] Generated/],
  ['collecting build info', /Building static entrypoints/],
  ['bundling (vite/rolldown)', /Rearranging server assets/],
  ['static paths (getArticles: Markdown → HTML, pairing, sentences, Traditional, links)', /├─|└─/],
  ['pages rendered and written', /^\S*\s*✓ Completed in/],
  ['build:done — page policies, then waiting for and copying cards', /\[preview-cards\]/],
  ['build:done — search index', /\[search-index\]/],
  ['build:done — waiting for the learner’s layers (made in a worker thread since the pages were written), linked', /\[learner-layers\]/],
  ['build:done — sitemap', /\[@astrojs\/sitemap\]/],
  ['end', /Complete!|page\(s\) built in/],
];

/** The phases found in a build's log, each with its end on the monotonic clock (µs). */
function phaseEnds(run: Run): { phase: string; mono: number }[] {
  const ends: { phase: string; mono: number }[] = [];
  let at = 0;
  for (const [phase, marker] of PHASES) {
    const i = run.lines.findIndex((l, n) => n >= at && marker.test(l.text));
    if (i < 0) continue;
    ends.push({ phase, mono: run.lines[i]!.mono });
    at = i + 1;
  }
  return ends;
}

function phases(run: Run) {
  const rows: { phase: string; seconds: string; 'astro RSS at end': string }[] = [];
  let from = 0;
  let at = 0;
  const rssAt = (ms: number) => run.rss.filter((r) => r.ms <= ms).at(-1)?.rss ?? 0;
  for (const [phase, marker] of PHASES) {
    const i = run.lines.findIndex((l, n) => n >= at && marker.test(l.text));
    if (i < 0) continue;
    const ms = run.lines[i]!.ms;
    rows.push({ phase, seconds: ((ms - from) / 1000).toFixed(2), 'astro RSS at end': `${(rssAt(ms) / MB).toFixed(0)} MB` });
    from = ms;
    at = i + 1;
  }
  rows.push({ phase: 'process exit', seconds: ((run.ms - from) / 1000).toFixed(2), 'astro RSS at end': '' });
  const peak = run.rss.reduce((p, r) => (r.rss > p.rss ? r : p), { ms: 0, rss: 0 });
  const peakPhase = (() => {
    let last = 'startup';
    let n = 0;
    for (const [phase, marker] of PHASES) {
      const i = run.lines.findIndex((l, k) => k >= n && marker.test(l.text));
      if (i < 0) continue;
      if (run.lines[i]!.ms >= peak.ms) return phase;
      last = phase;
      n = i + 1;
    }
    return last;
  })();
  return { rows, peak: `${(peak.rss / MB).toFixed(0)} MB at ${(peak.ms / 1000).toFixed(1)} s, in "${peakPhase}"` };
}

// ---------------------------------------------------------------------------------------------
// 2. Pages per kind, from astro's `(+N ms)` per page.

function pageKind(path: string): string {
  if (/\/bilingual\/sentences\/index\.html$/.test(path)) return 'bilingual, sentences';
  if (/\/bilingual\/index\.html$/.test(path)) return 'bilingual, sides';
  if (/^\/[^/]+\/search\/index\.html$/.test(path)) return 'search page';
  if (/rss\.xml$/.test(path)) return 'feed (rss.xml)';
  if (/^\/glossary\//.test(path)) return 'glossary part';
  const article = /^\/([^/]+)\/(?!page\/)[^/]+\/index\.html$/.exec(path);
  if (article) return `article, ${article[1]}`;
  if (/^\/[^/]+\/(page\/\d+\/)?index\.html$/.test(path)) return 'list';
  return 'other';
}

function pagesByKind(run: Run) {
  const kinds = new Map<string, { count: number; ms: number }>();
  let kept = 0;
  for (const { text } of run.lines) {
    if (/[├└]─ \S+ \((restored|cached)\)/.test(text)) kept++;
    const m = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(m?s)\)/.exec(text);
    if (!m) continue;
    const k = pageKind(m[1]!);
    const entry = kinds.get(k) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    kinds.set(k, entry);
  }
  const total = [...kinds.values()].reduce((s, k) => s + k.ms, 0);
  // Pages kept from the build before (incremental build: linked, or copied) are not timed one by one in the log.
  return [...kinds]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([kind, { count, ms }]) => ({ kind, pages: count, seconds: (ms / 1000).toFixed(2), 'ms/page': (ms / count).toFixed(2), share: `${((100 * ms) / total).toFixed(0)}%` }))
    .concat(kept ? [{ kind: 'kept from the build before', pages: kept, seconds: '', 'ms/page': '', share: '' }] : []);
}

// ---------------------------------------------------------------------------------------------
// 3. CPU self time by stage.

/** The site's source files, each a stage. The first pattern that matches a file's path wins. */
const SOURCE_STAGES: [RegExp, string][] = [
  [/^src\/markdown\//, 'Markdown → HTML'],
  [/^src\/site\/(links|link-check)\.ts$/, 'link check'],
  [/^src\/(content|alignment\/(blocks|pairing|places)\.ts$|site\/(article|articles|reading-time)\.ts$)/, 'pairing: blocks from rendered HTML'],
  [/^src\/alignment\//, 'sentences: split, align, mark'],
  [/^src\/editions\//, 'Traditional conversion'],
  [/^src\/site\/render\.ts$/, 'pages: article bodies (site/render.ts)'],
  [/^src\/(meta\/page-policy|integrations\/page-policies)\.ts$/, 'post-build: page policies'],
  [/^src\/search\/|^src\/integrations\/search-index\.ts$/, 'post-build: search index (Node side)'],
  [/^src\/(meta\/card|integrations\/(card-[a-z]+|cards|png|unicode-ranges))\.ts$/, 'cards'],
  [/^src\/(learn\/|site\/kept-layers\.ts$|integrations\/(layer-worker|learner-layers)\.ts$)/, 'learner’s layers'],
  [/^src\/meta\/sitemap\.ts$/, 'sitemap'],
  [/^src\/meta\/feeds\.ts$|^src\/pages\/\[lang\]\/rss/, 'feeds (RSS)'],
  [/^src\/(components|layouts|pages|site|meta|i18n)\//, 'pages: components, head, metadata'],
];

/** Functions of src/site/article.ts that belong to another stage. */
const FUNCTION_STAGES: Record<string, string> = {
  markedSentences: 'sentences: split, align, mark',
  marks: 'sentences: split, align, mark',
  convertedVersion: 'Traditional conversion',
};

/** Packages, by the path after node_modules/, and Node's internals. */
const PACKAGE_STAGES: [RegExp, string][] = [
  [/^opencc-js\//, 'Traditional conversion'],
  [/^(@astrojs\/markdown-remark|remark-[a-z-]+|rehype-[a-z-]+|micromark[a-z-]*|mdast-util-[a-z-]+|unified|@astrojs\/prism|shiki|smartypants)\//, 'Markdown → HTML'],
  [/^satori\//, 'cards: satori (layout)'],
  [/^@resvg\//, 'cards: resvg (raster)'],
  [/^(piscina)\//, 'cards'],
  [/^pagefind\//, 'post-build: search index (Node side)'],
  [/^(@astrojs\/sitemap|sitemap)\//, 'sitemap'],
  [/^(@astrojs\/rss|fast-xml-parser)\//, 'feeds (RSS)'],
  [/^astro\/dist\/content\/|^devalue\//, 'content layer (loader, store, cache)'],
  [/^(vite|rolldown|@rolldown|esbuild|@astrojs\/compiler|lightningcss|postcss|magic-string|@oxc-[a-z-]+|oxc-[a-z-]+|tinyglobby|fdir|picomatch)\//, 'bundling (vite/rolldown/compiler)'],
  [/^astro\/dist\/(core\/build|runtime|core\/render|core\/app|core\/routing|core\/csp|i18n|assets)\//, 'pages: astro runtime (render, write)'],
];

/** Stages of frames in astro's page bundle that are not the site's own functions. */
const BUNDLE = /\/\.prerender\//;

/** Function names of src/ files → their stage, for frames in astro's bundle (where they keep their names). */
function sourceFunctions(): Map<string, string> {
  const names = new Map<string, Set<string>>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|astro)$/.test(entry.name)) {
        const file = relative(root, path);
        const stage = SOURCE_STAGES.find(([re]) => re.test(file))?.[1];
        if (!stage) continue;
        const text = readFileSync(path, 'utf8');
        const declared = [...text.matchAll(/\bfunction\s*\*?\s*([A-Za-z_$][\w$]*)|\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:\([^)]*\)|[A-Za-z_$][\w$]*)\s*(?::[^=]+)?=>/g)];
        for (const m of declared) {
          const name = m[1] ?? m[2]!;
          names.set(name, (names.get(name) ?? new Set()).add(stage));
        }
      }
    }
  };
  walk(join(root, 'src'));
  // A name declared in files of different stages is left to its callers.
  const stages = new Map([...names].filter(([, s]) => s.size === 1).map(([n, s]) => [n, [...s][0]!]));
  for (const [name, stage] of Object.entries(FUNCTION_STAGES)) stages.set(name, stage);
  return stages;
}

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const prefix = `file://${root}`;

/** The stage a frame names by itself, if any. */
function frameStage(frame: CallFrame, functions: Map<string, string>): string | undefined {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'V8/native (program)';
    return undefined;
  }
  // A worker thread waiting for work (piscina blocks in Atomics.wait) is idle, not busy.
  if (functionName === 'atomicsWaitLoop') return 'idle';
  if (url.startsWith('node:internal/modules') || url.startsWith('node:internal/vm')) return 'module loading';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) return PACKAGE_STAGES.find(([re]) => re.test(url.slice(nm + 14)))?.[1];
  if (BUNDLE.test(url)) return functions.get(functionName.replace(/\$\d+$/, ''));
  if (url.startsWith(prefix)) {
    const file = url.slice(prefix.length);
    if (file === 'src/site/article.ts' && FUNCTION_STAGES[functionName]) return FUNCTION_STAGES[functionName];
    return SOURCE_STAGES.find(([re]) => re.test(file))?.[1];
  }
  return undefined;
}

/** The package (or bundle, or Node's module) a frame runs in, to name what no stage claims. */
function frameOwner(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName;
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 14).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (BUNDLE.test(url)) return `astro bundle ${url.replace(/.*\//, '').replace(/[_.-][\w-]{8}\.mjs$/, '')}`;
  if (url.startsWith('node:')) return url.split('/').slice(0, 3).join('/');
  return url.replace(prefix, '');
}

interface StageTimes {
  /** Self time, µs, per stage. */
  self: Map<string, number>;
  /** First and last sample of each stage (µs since the profile's start). */
  span: Map<string, [number, number]>;
  /** Self time of samples no stage claims, by their leaf's package. */
  unclaimed: Map<string, number>;
  /** Self time by phase of the build (see phaseEnds) and stage. */
  byPhase: Map<string, Map<string, number>>;
  /** Self time by function (name, file, line) and its stage. */
  functions: Map<string, { us: number; stage: string }>;
  wall: number;
}

function stageTimes(profile: CpuProfile, functions: Map<string, string>, worker: boolean, ends: { phase: string; mono: number }[]): StageTimes {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const layers = worker && profile.nodes.some((n) => n.callFrame.url.includes('layer-worker'));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOf = new Map<number, string>();
  const resolveStage = (id: number): string => {
    const known = stageOf.get(id);
    if (known) return known;
    const chain: number[] = [];
    let stage: string | undefined;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const cached = stageOf.get(at);
      if (cached) {
        stage = cached;
        break;
      }
      chain.push(at);
      stage = frameStage(byId.get(at)!.callFrame, functions);
      if (stage) break;
    }
    stage ??= 'other';
    // A worker thread draws cards or makes learner's layers: what it spends beyond that is theirs too.
    if (worker && !/^(cards|learner|idle)/.test(stage)) stage = `${layers ? 'learner’s layers' : 'cards'}: worker ${stage}`;
    for (const c of chain) stageOf.set(c, stage);
    return stage;
  };
  const times: StageTimes = { self: new Map(), span: new Map(), unclaimed: new Map(), functions: new Map(), byPhase: new Map(), wall: profile.endTime - profile.startTime };
  let phase = 0;
  let t = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i + 1] ?? 0;
    t += profile.timeDeltas[i] ?? 0;
    const id = profile.samples[i]!;
    const stage = resolveStage(id);
    times.self.set(stage, (times.self.get(stage) ?? 0) + delta);
    // Samples carry V8's clock, the monotonic clock the log lines were stamped with.
    const now = profile.startTime + t;
    while (phase < ends.length && now > ends[phase]!.mono) phase++;
    const phaseName = ends[phase]?.phase ?? 'process exit';
    const inPhase = times.byPhase.get(phaseName) ?? new Map<string, number>();
    inPhase.set(stage, (inPhase.get(stage) ?? 0) + delta);
    times.byPhase.set(phaseName, inPhase);
    const span = times.span.get(stage);
    times.span.set(stage, span ? [span[0], t] : [t, t]);
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame as CallFrame & { lineNumber: number };
    // One row per function and stage: a native leaf (a write, a hash) serves several stages.
    const fn = `${functionName || '(anonymous)'} ${url ? `${frameOwner({ functionName, url })}:${lineNumber + 1}` : ''}`.trim() + `\u0000${stage}`;
    const f = times.functions.get(fn) ?? { us: 0, stage };
    f.us += delta;
    times.functions.set(fn, f);
    if (stage === 'other') {
      const owner = frameOwner(byId.get(id)!.callFrame);
      times.unclaimed.set(owner, (times.unclaimed.get(owner) ?? 0) + delta);
    }
  }
  return times;
}

/** CPU seconds of astro's threads by name (MainThread, WorkerThread = card drawers and learner's layers' makers, V8Worker = GC and compiler helpers, libuv-worker = fs, zlib and crypto jobs, rolldown-worker). */
function threadCpu(run: Run): Map<string, { count: number; cpu: number }> {
  const names = new Map<string, { count: number; cpu: number }>();
  for (const { name, cpu } of run.threads.values()) {
    const e = names.get(name) ?? { count: 0, cpu: 0 };
    names.set(name, { count: e.count + 1, cpu: e.cpu + cpu });
  }
  return names;
}

/**
 * CPU by stage. A profile's samples measure time on the thread's clock, not the processor's: a
 * thread that waits for a processor (two cores, three busy threads) keeps counting. Each
 * thread's busy time is scaled to its CPU time as /proc counts it (MainThread, WorkerThread).
 */
async function cpuByStage(profiles: string, ends: { phase: string; mono: number }[], threadCpus: Map<string, { count: number; cpu: number }>) {
  const functions = sourceFunctions();
  const files = (await readdir(profiles)).filter((f) => f.endsWith('.cpuprofile')).sort();
  // CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: thread 0 is the main thread.
  const threads = files.map((f) => ({ file: f, main: f.split('.')[4] === '0' }));
  const total = new Map<string, { main: number; workers: number; span?: [number, number] | undefined }>();
  const unclaimed = new Map<string, number>();
  const functionTimes = new Map<string, { us: number; stage: string }>();
  const byPhase = new Map<string, { main: Map<string, number>; workers: number }>();
  let mainWall = 0;
  let workerWall = 0;
  for (const { file, main } of threads) {
    const times = stageTimes(JSON.parse(await readFile(join(profiles, file), 'utf8')) as CpuProfile, functions, !main, ends);
    for (const [phase, stages] of times.byPhase) {
      const entry = byPhase.get(phase) ?? { main: new Map<string, number>(), workers: 0 };
      for (const [stage, us] of stages) {
        if (stage === 'idle') continue;
        if (main) entry.main.set(stage, (entry.main.get(stage) ?? 0) + us);
        else entry.workers += us;
      }
      byPhase.set(phase, entry);
    }
    for (const [fn, { us, stage }] of times.functions) {
      const f = functionTimes.get(fn) ?? { us: 0, stage };
      f.us += us;
      functionTimes.set(fn, f);
    }
    if (main) mainWall += times.wall;
    else workerWall += times.wall;
    for (const [stage, us] of times.self) {
      const entry = total.get(stage) ?? { main: 0, workers: 0 };
      entry[main ? 'main' : 'workers'] += us;
      if (main) entry.span = times.span.get(stage);
      total.set(stage, entry);
    }
    for (const [owner, us] of times.unclaimed) unclaimed.set(owner, (unclaimed.get(owner) ?? 0) + us);
  }
  const busy = [...total].filter(([s]) => s !== 'idle').reduce((sum, [, e]) => sum + e.main + e.workers, 0);
  const mainBusy = [...total].filter(([s]) => s !== 'idle').reduce((sum, [, e]) => sum + e.main, 0);
  const workersBusy = [...total].filter(([s]) => s !== 'idle').reduce((sum, [, e]) => sum + e.workers, 0);
  const mainScale = Math.min(1, ((threadCpus.get('main (JavaScript)')?.cpu ?? 0) * 1e6) / mainBusy || 1);
  const workerScale = Math.min(1, ((threadCpus.get('WorkerThread (cards, learner’s layers)')?.cpu ?? 0) * 1e6) / workersBusy || 1);
  const cpuOf = (e: { main: number; workers: number }) => e.main * mainScale + e.workers * workerScale;
  const cpuTotal = [...total].filter(([s]) => s !== 'idle').reduce((sum, [, e]) => sum + cpuOf(e), 0);
  const rows = [...total]
    .filter(([stage]) => stage !== 'idle')
    .sort((a, b) => cpuOf(b[1]) - cpuOf(a[1]))
    .map(([stage, e]) => ({
      stage,
      'CPU s': (cpuOf(e) / 1e6).toFixed(2),
      share: `${((100 * cpuOf(e)) / cpuTotal).toFixed(1)}%`,
      'main thread busy s': (e.main / 1e6).toFixed(2),
      'worker threads busy s': (e.workers / 1e6).toFixed(2),
      'main-thread span s': e.span ? `${(e.span[0] / 1e6).toFixed(1)}–${(e.span[1] / 1e6).toFixed(1)}` : '',
    }));
  const other = [...unclaimed]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([owner, us]) => ({ 'unclaimed, by leaf': owner, 'busy s': (us / 1e6).toFixed(2) }));
  const top = [...functionTimes]
    .filter(([, f]) => f.stage !== 'idle')
    .sort((a, b) => b[1].us - a[1].us)
    .slice(0, 25)
    .map(([key, { us, stage }]) => {
      const fn = key.split('\u0000')[0]!;
      return { function: fn.length > 70 ? `${fn.slice(0, 67)}...` : fn, stage, 'self busy s': (us / 1e6).toFixed(2) };
    });
  const phaseRows = [...ends.map((e) => e.phase), 'process exit'].flatMap((phase) => {
    const entry = byPhase.get(phase);
    if (!entry) return [];
    const main = [...entry.main.values()].reduce((a, b) => a + b, 0);
    const stages = [...entry.main]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([stage, us]) => `${stage} ${(us / 1e6).toFixed(1)}`)
      .join('; ');
    return [{ phase, 'main busy s': (main / 1e6).toFixed(1), 'worker threads busy s': (entry.workers / 1e6).toFixed(1), 'main thread: top stages (busy s)': stages }];
  });
  return { rows, other, top, phaseRows, mainScale, workerScale, cpuSeconds: cpuTotal / 1e6, threads: threads.length, busySeconds: busy / 1e6, mainWall: mainWall / 1e6, workerWall: workerWall / 1e6 };
}

// ---------------------------------------------------------------------------------------------
// 5. The site's bytes.

function fileKind(path: string): string {
  if (path.startsWith('pagefind/')) return 'search index (pagefind/)';
  if (path.startsWith('_astro/')) return 'bundled assets (_astro/)';
  if (path.endsWith('card.png')) return 'preview cards (card.png)';
  if (path.endsWith('learn.json')) return 'learner’s layers (learn.json)';
  if (path.startsWith('glossary/')) return 'glossary (glossary/)';
  if (path.endsWith('.html')) return `HTML: ${pageKind(`/${path}`)}`;
  if (/sitemap.*\.xml$/.test(path)) return 'sitemap';
  if (path.endsWith('rss.xml')) return 'feeds';
  return 'other';
}

function siteBytes(out: string) {
  const kinds = new Map<string, { files: number; bytes: number }>();
  let total = 0;
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(out, join(entry.parentPath, entry.name));
    const bytes = statSync(join(out, path)).size;
    const kind = fileKind(path);
    const k = kinds.get(kind) ?? { files: 0, bytes: 0 };
    k.files++;
    k.bytes += bytes;
    kinds.set(kind, k);
    total += bytes;
  }
  const rows = [...kinds]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([kind, { files, bytes }]) => ({
      kind,
      files,
      MB: (bytes / MB).toFixed(1),
      'KB/file': (bytes / files / 1024).toFixed(1),
      'KB/pair': (bytes / pairs / 1024).toFixed(1),
      share: `${((100 * bytes) / total).toFixed(0)}%`,
    }));
  return { rows, total };
}

// ---------------------------------------------------------------------------------------------

await mkdir(results, { recursive: true });
generateArticles(content, pairs);
const cache = resolve(root, cacheDirFor(content));
const summary: Record<string, unknown> = { pairs, profiling };
try {
  for (const kind of kinds) {
    const out = join(results, `out-${kind}`);
    const profiles = join(results, `cpuprofile-${kind}`);
    await rm(out, { recursive: true, force: true });
    await rm(profiles, { recursive: true, force: true });
    await mkdir(profiles, { recursive: true });
    // Cold: no content store, no cards drawn before.
    if (kind === 'cold') await rm(cache, { recursive: true, force: true });
    else if (!existsSync(cache)) console.warn(`No cache in ${relative(root, cache)}: this "warm" build is cold; run cold first.`);
    console.log(`\n=== ${kind} build, ${pairs} pairs${profiling ? ', profiled' : ''} ===`);
    const run = await build(kind, out, profiles);
    await writeFile(join(results, `build-${kind}.log`), run.lines.map((l) => `${(l.ms / 1000).toFixed(3)}  ${l.text}`).join('\n'));
    if (run.code !== 0) throw new Error(`the ${kind} build failed:\n${run.lines.slice(-40).map((l) => l.text).join('\n')}`);
    console.log(`wall ${(run.ms / 1000).toFixed(1)} s (${(run.ms / pairs).toFixed(1)} ms/pair)`);
    const phase = phases(run);
    console.log('\n1. Phases (wall clock, from the log)');
    console.table(phase.rows);
    console.log(`astro's peak RSS: ${phase.peak}`);
    const pages = pagesByKind(run);
    console.log('\n2. Pages by kind (astro\'s time per page: render and write)');
    console.table(pages);
    const threads = threadCpu(run);
    const cpu = profiling ? await cpuByStage(profiles, phaseEnds(run), threads) : undefined;
    console.log("\n0. astro's threads, CPU time (/proc)");
    console.table([...threads].sort((a, b) => b[1].cpu - a[1].cpu).map(([name, { count, cpu }]) => ({ thread: name, count, 'CPU s': cpu.toFixed(1) })));
    if (cpu) {
      console.log(
        `\n3. CPU self time by stage (${cpu.threads} profiles, ${cpu.cpuSeconds.toFixed(1)} CPU s; busy time scaled to CPU by ${cpu.mainScale.toFixed(2)} on the main thread, ${cpu.workerScale.toFixed(2)} on the worker threads; ` +
          'GC helpers, fs/zlib/crypto pool threads and rolldown\'s are in table 0, not here)',
      );
      console.table(cpu.rows);
      console.log('   samples no stage claims, by the package of their innermost frame:');
      console.table(cpu.other);
      console.log('   by phase (samples placed in the log\'s phases by their time; async I/O has no caller on its stack, so the phase says whose it is):');
      console.table(cpu.phaseRows);
      console.log('   the functions with the most self time:');
      console.table(cpu.top);
    }
    const processes = [...run.processes.values()];
    const byName = new Map<string, ProcessFigures & { count: number }>();
    for (const p of processes) {
      const e = byName.get(p.name) ?? { name: p.name, peakRss: 0, cpuSeconds: 0, count: 0 };
      byName.set(p.name, { name: p.name, peakRss: Math.max(e.peakRss, p.peakRss), cpuSeconds: e.cpuSeconds + p.cpuSeconds, count: e.count + 1 });
    }
    const procRows = [...byName.values()].map((p) => ({ process: p.name, count: p.count, 'peak RSS (highest)': `${(p.peakRss / MB).toFixed(0)} MB`, 'CPU s (sum, sampled)': p.cpuSeconds.toFixed(1) }));
    console.log('\n4. Processes');
    console.table(procRows);
    const site = existsSync(out) ? siteBytes(out) : undefined;
    if (site) {
      console.log(`\n5. Site: ${(site.total / MB).toFixed(1)} MB, ${(site.total / pairs / MB).toFixed(3)} MB a pair`);
      console.table(site.rows);
    }
    summary[kind] = { seconds: run.ms / 1000, phases: phase, pages, cpu, processes: procRows, site };
    if (!args.includes('--keep')) await rm(out, { recursive: true, force: true });
  }
} finally {
  await writeFile(join(results, 'summary.json'), JSON.stringify(summary, null, 2));
  // A lone warm run needs the cache a cold one leaves: it stays when only `cold` was asked for.
  if (!args.includes('--keep') && kinds.includes('warm')) await rm(cache, { recursive: true, force: true });
}
console.log(`\nProfiles, logs and summary.json: ${relative(process.cwd(), results)}/`);
