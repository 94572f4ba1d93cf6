import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure modules, the site checks on samples, and builds of fixture content)
 * runs before the site is built; `dist` (checks on the built dist/) runs after it.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/site/**/*.test.ts', 'tests/build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      // The HTML validator's start (Java) takes seconds, many more on a busy machine.
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], hookTimeout: 120_000 } },
    ],
  },
});
