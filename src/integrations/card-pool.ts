/** The worker threads that draw preview cards (card-worker.ts), a batch of cards at a time. */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import type { Card, CardTask } from './card-worker.ts';

/**
 * How many batches of cards are drawn at once, each by a worker thread: one while the pages
 * render beside it, then one per processor (at most four) once the pages are written.
 */
const drawers = pLimit(1);
const MAX_DRAWERS = Math.min(4, availableParallelism());
/**
 * Cards a worker draws in turn before it reports back: the main thread, busy rendering pages,
 * would otherwise keep it waiting between cards.
 */
export const BATCH = 20;

let pool: Piscina<CardTask, string[]> | undefined;

/** The cached PNG files of cards, drawn by a worker thread unless they were drawn before. */
export function cardFiles(cards: Card[], cache: string): Promise<string[]> {
  const workers = (pool ??= new Piscina({
    filename: fileURLToPath(new URL('./card-worker.ts', import.meta.url)),
    minThreads: 1,
    maxThreads: MAX_DRAWERS,
    // Drawing keeps under 25 MB alive (every font slice loaded): small heaps keep each thread's
    // memory down, at no cost in time.
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 4 },
  }));
  return drawers(() => workers.run({ cards, cache }));
}

/** Once the pages are written: as many worker threads as `MAX_DRAWERS`. */
export function drawOnEveryProcessor(): void {
  drawers.concurrency = MAX_DRAWERS;
}

/** Ends the worker threads. */
export async function closePool(): Promise<void> {
  await pool?.destroy();
}
