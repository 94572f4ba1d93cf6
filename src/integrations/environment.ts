/**
 * The environment `astro build` runs in, given the one it was started from. glibc's malloc keeps
 * an arena per thread, and with the card-drawing threads beside the pages that costs a build of
 * 1,000 article pairs about 70 MB at its peak; two arenas are enough. Other C libraries ignore
 * the variable, and one set in the environment wins.
 */
export function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MALLOC_ARENA_MAX: '2', ...env };
}
