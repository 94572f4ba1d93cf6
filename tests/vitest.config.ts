import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure modules and the site checks on samples) runs before the build;
 * `build` (checks on the built dist/, and builds of fixtures) runs after it.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/site/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 } },
    ],
  },
});
