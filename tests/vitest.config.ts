import { defineConfig } from 'vitest/config';

/**
 * `unit` (pure modules, the site checks on samples) and `build` (builds of fixture content) run
 * before the site is built; `dist` (checks on the built dist/) runs after it. The builds run one
 * at a time: Astro bundles a build whose output folder is outside the project into the project's
 * `.astro/.prerender/`, which each build removes when it ends.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/site/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false, testTimeout: 120_000, hookTimeout: 180_000 },
      },
      // The HTML validator's start (Java) takes seconds, many more on a busy machine.
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], hookTimeout: 120_000 } },
    ],
  },
});
