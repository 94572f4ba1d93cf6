import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Chromium from the system (Debian's `chromium`) where it is installed, else Playwright's own.
 * As root, Chromium runs only without its sandbox; the network flags keep it from calling home.
 */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const launchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** E2E_PORT moves every server, for running two checkouts' tests side by side. */
const PORT = Number(process.env['E2E_PORT'] || 4173);
const BASE_PORT = PORT + 1;
/** The dev server's test starts its own server, on a copy of the fixture articles. */
const DEV_PORT = PORT + 2;
/** The published site (dist/, built by npm test before these tests), for the checks of every page. */
const SITE_PORT = PORT + 3;
/** A second build of the site under a sub-path, to prove every link carries the base. */
const SUB_PATH = '/articles/';
const npmRun = (script: string) => `npm run --silent ${script}`;
/**
 * The readers' tests run on a build of the fixture articles, whose text they may assert; the
 * checks of every page (quality, no JavaScript) and search's recall run on the published site,
 * whatever it holds.
 */
const fixtures = { CONTENT_DIR: 'tests/fixtures/articles' };

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: { launchOptions, trace: 'retain-on-failure' },
  projects: [
    ...(['desktop', 'phone'] as const).flatMap((name) => {
      const device = name === 'desktop' ? { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } : devices['Pixel 7'];
      return [
        { name, testIgnore: /sub-path|dev-server|quality|no-js|search-recall/, use: { ...device, baseURL: `http://localhost:${PORT}` } },
        { name: `site ${name}`, testMatch: /quality|no-js|search-recall/, use: { ...device, baseURL: `http://localhost:${SITE_PORT}` } },
      ];
    }),
    {
      name: 'sub-path',
      testMatch: /sub-path/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${BASE_PORT}${SUB_PATH}` },
    },
    {
      name: 'dev-server',
      testMatch: /dev-server/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${DEV_PORT}/` },
    },
  ],
  webServer: [
    {
      command: `${npmRun('build')} && ${npmRun('preview')} -- --port ${PORT} --ignore-lock`,
      port: PORT,
      reuseExistingServer: !process.env['CI'],
      timeout: 180_000,
      env: { ...fixtures, OUT_DIR: '.dist-fixtures' },
    },
    {
      command: `${npmRun('build')} && ${npmRun('preview')} -- --port ${BASE_PORT} --ignore-lock`,
      port: BASE_PORT,
      reuseExistingServer: !process.env['CI'],
      timeout: 180_000,
      // The search index in parts of about two pages, which the search page merges.
      env: { ...fixtures, BASE_PATH: SUB_PATH, SITE_URL: `http://localhost:${BASE_PORT}`, OUT_DIR: '.dist-sub-path', SEARCH_SHARD_PAGES: '2' },
    },
    {
      command: `${npmRun('preview')} -- --port ${SITE_PORT} --ignore-lock`,
      port: SITE_PORT,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
