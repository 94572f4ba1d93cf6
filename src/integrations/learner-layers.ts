/**
 * The learner's layers (`learn.json`, one an article and Chinese edition: site/kept-layers.ts) and
 * the glossary's parts (site/kept-glossary.ts), which a build writes beside its pages rather than
 * rendering them as pages: once the pages are written, those a build before did not make (no file
 * under the hash of a layer's inputs, or the glossary's version) are made in a worker thread, the
 * glossary first, while the cards are linked and the search index is written (which keeps one
 * processor busy most of the time, and the main thread waiting); then each is linked into the site
 * from the cache. The dev server renders each as a route (pages/[lang]/[slug]/learn.json.ts,
 * pages/glossary/…).
 */
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Piscina } from 'piscina';
import { glossaryCache, glossaryFiles, type GlossaryFile } from '../site/kept-glossary.ts';
import { LAYERS, layerFile, layerTasks, type LayerTask } from '../site/kept-layers.ts';
import { onPublished } from '../site/published.ts';
import type { LearnerBatch } from './layer-worker.ts';
import { linkFile } from './link-file.ts';

/** Layers the worker makes in turn before it reports back. */
const BATCH = 50;

/**
 * Makes some layers and glossary parts into their kept files, in one worker thread: a thread holds
 * the dictionary (about 230 MB in all), and a second one made a build's peak about 200 MB higher
 * for seconds less.
 */
async function makeInThread(batches: LearnerBatch[]): Promise<void> {
  const pool = new Piscina<LearnerBatch, void>({
    filename: fileURLToPath(new URL('./layer-worker.ts', import.meta.url)),
    minThreads: 1,
    maxThreads: 1,
    // A young generation of 16 MB rather than V8's default keeps the thread about 55 MB smaller,
    // in the same time.
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
  });
  try {
    await Promise.all(batches.map((batch) => pool.run(batch)));
  } finally {
    await pool.destroy();
  }
}

/** Some things in batches of `BATCH`. */
const batched = <T>(items: T[]): T[][] => Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));

/** Removes what is in a folder but not among the names used. */
async function prune(dir: string, used: Set<string>): Promise<void> {
  await Promise.all((await readdir(dir).catch(() => [])).filter((name) => !used.has(name)).map((name) => rm(join(dir, name), { recursive: true, force: true })));
}

/** The integration that writes the learner's layers and glossary into the built site, after the search index. */
export function learnerLayers(): AstroIntegration {
  /** The kept layers: in Astro's cache folder, which is one per content folder. */
  let dir = '';
  let base = '/';
  /** The build's layers, once its articles are paired; then their files, the glossary's, and those being made. */
  let tasks: LayerTask[] | undefined;
  let files: string[] = [];
  let glossary: GlossaryFile[] = [];
  let making: { layers: number; glossary: number; done: Promise<void> } | undefined;
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
        glossary = glossaryFiles();
        const missing = tasks.flatMap((task, i) => (existsSync(files[i]!) ? [] : [{ file: files[i]!, task }]));
        const missingParts = glossary.filter((file) => !existsSync(join(glossaryCache, file.path)));
        const batches: LearnerBatch[] = [
          ...batched(missingParts).map((parts) => ({ dir: glossaryCache, glossary: parts })),
          ...batched(missing).map((layers) => ({ layers })),
        ];
        making = { layers: missing.length, glossary: missingParts.length, done: batches.length ? makeInThread(batches) : Promise.resolve() };
        // A layer that fails fails the build when the layers are linked into the site.
        making.done.catch(() => {});
      },
      'astro:build:done': async ({ dir: out, logger }) => {
        if (!tasks || !making) return;
        const waiting = performance.now();
        await making.done;
        const site = fileURLToPath(out);
        await Promise.all([
          ...files.map((file, i) => linkFile(file, join(site, tasks![i]!.path))),
          ...glossary.map((file) => linkFile(join(glossaryCache, file.path), join(site, file.path))),
        ]);
        // What no page of this build uses any more: a changed article's layer before, a removed
        // article's; the glossary of another dictionary.
        await prune(dir, new Set(files.map((file) => basename(file))));
        await prune(join(glossaryCache, 'glossary'), new Set(glossary.map((file) => file.version))); // urls.ts glossaryPath
        const ms = (since: number) => Math.round(performance.now() - since);
        logger.info(
          `${files.length} learner's layers (${making.layers} made), ${glossary.length} glossary parts (${making.glossary} made), ` +
            `${ms(started)} ms since the pages were written, ${ms(waiting)} ms of it here`,
        );
      },
    },
  };
}
