import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/**
 * The environment `astro build` runs in, given the one it was started from. glibc's malloc keeps
 * an arena per thread, and with the card-drawing threads beside the pages that costs a build of
 * 1,000 article pairs about 70 MB at its peak; two arenas are enough. Other C libraries ignore
 * the variable, and one set in the environment wins.
 */
export function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MALLOC_ARENA_MAX: '2', ...env };
}

/**
 * How far V8 lets a build's heaps grow between full collections: to 1.5 times what the last one
 * kept. By its own measure V8 lets a heap grow up to four times that while collecting looks cheap,
 * and a build, which makes garbage with every page, then held 1.7 GB at its peak for 1,000 article
 * pairs and 4.7 GB for 10,000 (tests/bench/history.md). The dev server keeps V8's own measure.
 */
export const HEAP_GROWING_PERCENT = 50;

/** Sets the heaps' growth (HEAP_GROWING_PERCENT) for a build, in the process and its worker threads. */
export function buildHeap(): AstroIntegration {
  return {
    name: 'build-heap',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
      },
    },
  };
}
