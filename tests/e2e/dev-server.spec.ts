import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fixtureCopy, fixtureSlug, layerText, removeTemporaryFolders, root } from '../helpers.ts';

/**
 * The dev server on a copy of the fixture articles: a writer breaks a file while previewing, the
 * page shows the error in Astro's overlay without a reload, and fixing the file brings the page
 * back, without restarting the server. It starts with a broken file, which must not stop it.
 */
test.describe.configure({ mode: 'serial' });

let server: ChildProcess;
let copy: { folder: string; articles: string };
const file = (name: string) => join(copy.articles, fixtureSlug, name);

async function edit(name: string, from: string, to: string): Promise<void> {
  const text = await readFile(file(name), 'utf8');
  expect(text).toContain(from);
  await writeFile(file(name), text.replace(from, to));
}

/** The overlay's message; the overlay's elements live in its shadow root, which locators pierce. */
const overlay = (page: Page) => page.locator('vite-error-overlay #message-content');
/** Edits reach the page over the dev server's reload, which may take a few seconds. */
const reload = { timeout: 20_000 };

async function expectArticle(page: Page, title: RegExp): Promise<void> {
  await expect(page.locator('.title-block h1')).toHaveText(title, reload);
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
}

test.beforeAll(async ({}, testInfo) => {
  copy = await fixtureCopy();
  await edit('en.md', 'title: "', 'title: [broken "');
  const url = testInfo.project.use.baseURL!;
  server = spawn(process.execPath, [join(root, 'node_modules/.bin/astro'), 'dev', '--port', new URL(url).port], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: copy.articles },
    stdio: 'ignore',
  });
  await expect
    .poll(() => fetch(url).then((r) => r.status, () => 0), { timeout: 60_000, intervals: [250] })
    .toBeGreaterThan(0);
  // A first start optimises dependencies on the first request and may reload the page: do it now.
  await fetch(new URL(`en/${fixtureSlug}/`, url)).catch(() => {});
});

test.afterAll(async () => {
  if (server.exitCode === null) {
    server.kill();
    await once(server, 'exit');
  }
  await removeTemporaryFolders();
});

test('starts with broken YAML, shows the file and line in the overlay, and recovers when it is fixed', async ({ page }) => {
  await page.goto(`en/${fixtureSlug}/`);
  await expect(overlay(page)).toContainText(`${fixtureSlug}/en.md:2: `);
  await expect(page.locator('vite-error-overlay #hint-content')).toContainText('Fix the file and save it');
  await edit('en.md', 'title: [broken "', 'title: "');
  await expectArticle(page, /^Counterterrorism Champions/);
});

test('shows frontmatter that breaks the schema as the writer saves it, and recovers', async ({ page }) => {
  await page.goto(`en/${fixtureSlug}/`);
  await expectArticle(page, /^Counterterrorism Champions/);
  await edit('en.md', 'published: 2025-08-22', 'published: last week');
  await expect(overlay(page)).toContainText(`${fixtureSlug}/en.md: `, reload);
  await expect(overlay(page)).toContainText('published');
  await edit('en.md', 'published: last week', 'published: 2025-08-22');
  await expectArticle(page, /^Counterterrorism Champions/);
});

test('shows a translation that does not line up with its original, and recovers', async ({ page }) => {
  await page.goto(`zh/${fixtureSlug}/`);
  await expectArticle(page, /^反恐先锋/);
  await edit('zh.md', '## 合作的历史', '### 合作的历史');
  await expect(overlay(page)).toContainText(`${fixtureSlug}/zh.md does not line up with`, reload);
  await edit('zh.md', '### 合作的历史', '## 合作的历史');
  await expectArticle(page, /^反恐先锋/);
});

test('shows a translation saved in GB18030 instead of UTF-8, with its line, and recovers', async ({ page }) => {
  await page.goto(`zh/${fixtureSlug}/`);
  await expectArticle(page, /^反恐先锋/);
  const text = await readFile(file('zh.md'), 'utf8');
  const at = text.indexOf('反恐先锋');
  // “反恐先锋” in GB18030, in the title on line 2.
  await writeFile(file('zh.md'), Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xb7, 0xb4, 0xbf, 0xd6, 0xcf, 0xc8, 0xb7, 0xe6]), Buffer.from(text.slice(at + 4))]));
  await expect(overlay(page)).toContainText(`${fixtureSlug}/zh.md:2: the file is not UTF-8 text`, reload);
  await writeFile(file('zh.md'), text);
  await expectArticle(page, /^反恐先锋/);
});

test('shows a file for a language the site does not have, and recovers when it goes', async ({ page }) => {
  await page.goto(`en/${fixtureSlug}/`);
  await expectArticle(page, /^Counterterrorism Champions/);
  await writeFile(file('fr.md'), await readFile(file('en.md')));
  await expect(overlay(page)).toContainText(`${fixtureSlug}/fr.md: “fr” is not a language of this site`, reload);
  await unlink(file('fr.md'));
  await expectArticle(page, /^Counterterrorism Champions/);
  expect(server.exitCode).toBeNull();
});

test('serves each Chinese page’s learner’s layer, and makes it again when the text changes', async ({ request }) => {
  const textOf = async (locale: string) => {
    const response = await request.get(`${locale}/${fixtureSlug}/learn.json`);
    expect(response.status()).toBe(200);
    return layerText(await response.json());
  };
  expect(await textOf('zh')).toContain('恐怖主义是超越国界');
  expect(await textOf('zh-hant')).toContain('恐怖主義是超越國界');
  expect((await request.get(`en/${fixtureSlug}/learn.json`)).status()).toBe(404);
  await edit('zh.md', '恐怖主义是超越国界', '恐怖主义是跨越国界');
  await expect.poll(() => textOf('zh'), reload).toContain('恐怖主义是跨越国界');
  expect(await textOf('zh-hant')).toContain('恐怖主義是跨越國界');
  await edit('zh.md', '恐怖主义是跨越国界', '恐怖主义是超越国界');
});
