import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildEnvironment } from '../../src/integrations/environment.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface BuildResult {
  /** The build's exit code. */
  code: number | null;
  /** What it printed, stdout and stderr together. */
  output: string;
  /** Wall-clock time, in milliseconds. */
  ms: number;
  /** The build process's peak resident memory in bytes (Linux: VmHWM, sampled), or undefined elsewhere. */
  peakRss: number | undefined;
  /** The highest peak of its child processes (Pagefind's indexer, esbuild's service), sampled the same way. */
  peakChildRss: number | undefined;
}

/** The peak resident memory of a running process (Linux only). */
async function peakRssOf(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : undefined;
}

/** The child processes of a running process (Linux only). */
async function childrenOf(pid: number): Promise<number[]> {
  const list = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return list.split(/\s+/).filter(Boolean).map(Number);
}

/**
 * Builds the site from another content folder into another output folder and returns what it
 * printed, its time and its peak memory. The content cache is fresh (`--force`, so that every
 * Markdown file is rendered again) unless `force` is false. `root` builds another Astro project
 * (the benchmark's plain one) the same way. It runs in the environment `npm run build` gives astro.
 */
export function runBuild(options: { contentDir: string; outDir: string; env?: Record<string, string>; force?: boolean; root?: string }): Promise<BuildResult> {
  const start = performance.now();
  const child = spawn(process.execPath, [astro, 'build', ...(options.force === false ? [] : ['--force'])], {
    cwd: options.root ?? root,
    env: buildEnvironment({ ...process.env, ...options.env, CONTENT_DIR: options.contentDir, OUT_DIR: options.outDir }),
  });
  let output = '';
  let peakRss: number | undefined;
  let peakChildRss: number | undefined;
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  // VmHWM only grows; sampling it until the process ends keeps its last (largest) value.
  const sampler = setInterval(async () => {
    peakRss = (await peakRssOf(child.pid!)) ?? peakRss;
    for (const pid of await childrenOf(child.pid!)) {
      const peak = await peakRssOf(pid);
      if (peak !== undefined && peak > (peakChildRss ?? 0)) peakChildRss = peak;
    }
  }, 50);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code, output, ms: performance.now() - start, peakRss, peakChildRss });
    });
  });
}
