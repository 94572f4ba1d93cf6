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
/** A second build of the site under a sub-path, to prove every link carries the base. */
const SUB_PATH = '/articles/';
const npmRun = (script: string) => `npm run --silent ${script}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: { launchOptions, trace: 'retain-on-failure' },
  projects: [
    {
      name: 'desktop',
      testIgnore: /sub-path|dev-server/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: `http://localhost:${PORT}` },
    },
    {
      name: 'phone',
      testIgnore: /sub-path|dev-server/,
      use: { ...devices['Pixel 7'], baseURL: `http://localhost:${PORT}` },
    },
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
      command: `${npmRun('preview')} -- --port ${PORT} --ignore-lock`,
      port: PORT,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `${npmRun('build')} && ${npmRun('preview')} -- --port ${BASE_PORT} --ignore-lock`,
      port: BASE_PORT,
      reuseExistingServer: !process.env['CI'],
      timeout: 180_000,
      env: { BASE_PATH: SUB_PATH, SITE_URL: `http://localhost:${BASE_PORT}`, OUT_DIR: '.dist-sub-path' },
    },
  ],
});
