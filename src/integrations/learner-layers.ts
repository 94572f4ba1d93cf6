/**
 * The learner's layers (`learn.json`, one an article and Chinese edition: site/kept-layers.ts),
 * which a build writes beside its pages rather than rendering them as pages: once the pages are
 * written, the layers a build before did not make (no file under the hash of their inputs) are
 * made in a worker thread, while the cards are linked and the search index is written (which
 * keeps one processor busy most of the time, and the main thread waiting); then each is linked
 * into the site from the cache. The dev server renders each as a route
 * (pages/[lang]/[slug]/learn.json.ts).
 */
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Piscina } from 'piscina';
import { LAYERS, layerFile, layerTasks, type LayerTask } from '../site/kept-layers.ts';
import { onPublished } from '../site/published.ts';
import type { LayerBatch } from './layer-worker.ts';
import { linkFile } from './link-file.ts';

/** Layers the worker makes in turn before it reports back. */
const BATCH = 50;

/**
 * Makes some layers into their kept files, in one worker thread: a thread holds the dictionary
 * (about 230 MB in all), and a second one made a build's peak about 200 MB higher for seconds less.
 */
async function makeLayers(dir: string, tasks: LayerTask[]): Promise<void> {
  const pool = new Piscina<LayerBatch, void>({
    filename: fileURLToPath(new URL('./layer-worker.ts', import.meta.url)),
    minThreads: 1,
    maxThreads: 1,
    // A young generation of 16 MB rather than V8's default keeps the thread about 55 MB smaller,
    // in the same time.
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
  });
  try {
    const batches = Array.from({ length: Math.ceil(tasks.length / BATCH) }, (_, i) => tasks.slice(i * BATCH, (i + 1) * BATCH));
    await Promise.all(batches.map((batch) => pool.run({ dir, tasks: batch })));
  } finally {
    await pool.destroy();
  }
}

/** The integration that writes the learner's layers into the built site, after the search index. */
export function learnerLayers(): AstroIntegration {
  /** The kept layers: in Astro's cache folder, which is one per content folder. */
  let dir = '';
  let base = '/';
  /** The build's layers, once its articles are paired; then their files, and those being made. */
  let tasks: LayerTask[] | undefined;
  let files: string[] = [];
  let making: { count: number; done: Promise<void> } | undefined;
  let started = 0;
  return {
    name: 'learner-layers',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        dir = fileURLToPath(new URL(`${LAYERS}/`, config.cacheDir));
        if (command === 'build') onPublished((articles) => (tasks = layerTasks(articles, base)));
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:generated': () => {
        if (!tasks) return;
        started = performance.now();
        files = tasks.map((task) => layerFile(dir, task));
        const missing = tasks.filter((_, i) => !existsSync(files[i]!));
        making = { count: missing.length, done: missing.length ? makeLayers(dir, missing) : Promise.resolve() };
        // A layer that fails fails the build when the layers are linked into the site.
        making.done.catch(() => {});
      },
      'astro:build:done': async ({ dir: out, logger }) => {
        if (!tasks || !making) return;
        const waiting = performance.now();
        await making.done;
        await Promise.all(files.map((file, i) => linkFile(file, join(fileURLToPath(out), tasks![i]!.path))));
        // What no page of this build uses any more: a changed article's layer before, a removed article's.
        const used = new Set(files.map((file) => basename(file)));
        await Promise.all((await readdir(dir).catch(() => [])).filter((name) => !used.has(name)).map((name) => rm(join(dir, name), { force: true })));
        const ms = (since: number) => Math.round(performance.now() - since);
        logger.info(`${files.length} learner's layers (${making.count} made), ${ms(started)} ms since the pages were written, ${ms(waiting)} ms of it here`);
      },
    },
  };
}
