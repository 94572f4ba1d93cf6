import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { serve } from '../bench/serve.ts';
import { build, removeTemporaryFolders } from '../helpers.ts';
import { guardPage } from '../site/guard.ts';
import { pageKind } from '../site/pages.ts';
import { builtSite, expectInView, plant, ready } from './helpers.ts';

/**
 * An article's HTML cannot take over its page. Two layers: the build publishes no `data-*`,
 * `name`, `id` or `class` from an article (a fixture build of hostile raw HTML, and footnotes,
 * which get the site's own ids), and the page's script trusts only the page's own elements even
 * when such HTML gets into a page (planted in a copy of a built page).
 */

/** Where a hostile article would send its readers; nothing may ever ask for it. */
const EVIL = '**://evil.example/**';

async function copyLink(page: Page, lang: 'en' | 'zh'): Promise<void> {
  await ready(page);
  await page.getByRole('link', { name: lang === 'en' ? 'Share this article' : '分享本文' }).click();
  await expect(page.locator('body > main > [role="status"]')).toHaveText(lang === 'en' ? 'Link copied to the clipboard' : '链接已复制到剪贴板');
}

test.describe('a build of hostile raw HTML and footnotes', () => {
  test.describe.configure({ mode: 'serial' });
  let server: Server | undefined;
  let origin: string;

  test.beforeAll(async ({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one build is enough: the desktop project’s');
    testInfo.setTimeout(180_000);
    const built = await build(fileURLToPath(new URL('../build/fixtures/raw-html/', import.meta.url)));
    expect(built.code, built.output).toBe(0);
    server = await serve(built.outDir, 0);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    server?.closeAllConnections();
    if (server) await new Promise((done) => server!.close(done));
    await removeTemporaryFolders();
  });

  for (const path of ['en/raw-html-sample/', 'zh/raw-html-sample/', 'en/raw-html-sample/bilingual/', 'zh/raw-html-sample/bilingual/']) {
    test(`/${path} keeps its reader, throws nothing and asks nothing of another site`, async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('view', 'bilingual'));
      await page.route(EVIL, (route) => route.abort());
      const seen = await guardPage(page, origin);
      await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle' });
      expect(page.url()).toBe(`${origin}/${path}`);
      expect(seen()).toEqual([]);
    });
  }

  test('the article’s links lead where they say, and sharing is announced in the page’s status region', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => localStorage.setItem('view', 'bilingual'));
    await page.goto(`${origin}/en/raw-html-sample/`);
    await expect(page.getByRole('link', { name: 'good link' })).toHaveAttribute('href', 'https://example.com/good');
    await copyLink(page, 'en');
    await expect(page.getByRole('link', { name: 'a status' })).toHaveText('a status');
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`a footnote reference leads to its note and the note back to it, in ${lang}`, async ({ page }) => {
      await page.goto(`${origin}/${lang}/footnotes-sample/`);
      await page.locator('[id="fnref:1:2"]').click();
      await expect(page).toHaveURL(/#fn:1$/);
      await expectInView(page, page.locator('[id="fn:1"]'));
      await page.getByRole('link', { name: lang === 'en' ? 'Back to reference 1-2' : '返回引用 1-2' }).click();
      await expect(page).toHaveURL(/#fnref:1:2$/);
      await expectInView(page, page.locator('[id="fnref:1:2"]'));
    });
  }

  test('in the bilingual view, the translation’s footnotes are its own', async ({ page }) => {
    await page.goto(`${origin}/en/footnotes-sample/bilingual/`);
    await page.locator('[lang="zh-CN"] [id="zh-CN:fnref:2"]').click();
    await expect(page).toHaveURL(/#zh-CN:fn:2$/);
    await expect(page.locator('[id="zh-CN:fn:2"]')).toContainText('一条旁注');
    await page.getByRole('link', { name: '返回引用 2' }).click();
    await expect(page).toHaveURL(/#zh-CN:fnref:2$/);
  });

  test('a peek at a paragraph with a footnote repeats none of the page’s ids', async ({ page }) => {
    await page.goto(`${origin}/en/footnotes-sample/`);
    await ready(page);
    await page.locator('#intro-p1 .peek').click();
    await expect(page.locator('#peek-intro-p1')).toContainText('有出处的说法');
    await expect(page.locator('[id="fnref:1"]')).toHaveCount(1);
  });
});

test.describe('the page’s script, with an article’s HTML planted past the sanitiser', () => {
  const site = builtSite();
  /** An English article page with some HTML at the start of its text. */
  const withText = async (html: string) => {
    const article = (await site).pages.find((p) => pageKind('/', p.path) === 'article' && p.path.startsWith('/en/'))!;
    const planted = article.html.replace(/<div class="prose[ "][^>]*>/, (start) => start + html);
    expect(planted).not.toBe(article.html);
    return planted;
  };

  test('reads no data-locales of an article: no reader is sent elsewhere', async ({ page, baseURL }) => {
    await plant(page, await withText(`<p><span data-locales='{"en":"https://evil.example/","zh":"https://evil.example/"}'>x</span></p>`));
    await page.route(EVIL, (route) => route.abort());
    const seen = await guardPage(page, new URL(baseURL!).origin);
    await page.goto('planted/', { waitUntil: 'networkidle' });
    expect(new URL(page.url()).pathname).toBe('/planted/');
    expect(seen()).toEqual([]);
  });

  test('reads no data-bilingual of an article: its link leads where it says', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('view', 'bilingual'));
    await plant(page, await withText('<p><a href="https://example.com/good" data-bilingual="https://evil.example/">good</a></p>'));
    await page.goto('planted/');
    await expect(page.getByRole('link', { name: 'good', exact: true })).toHaveAttribute('href', 'https://example.com/good');
  });

  test('keeps working when an article names elements after the document’s methods, and shares into the page’s own status region', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const names = ['querySelector', 'querySelectorAll', 'getElementById', 'addEventListener', 'title', 'documentElement', 'body'];
    await plant(page, await withText(`<p>${names.map((n) => `<img name="${n}" alt="">`).join('')}<a id="status" href="#x">x</a></p>`));
    const seen = await guardPage(page, new URL(baseURL!).origin);
    await page.goto('planted/');
    await copyLink(page, 'en');
    await expect(page.locator('a#status')).toHaveText('x');
    expect(seen()).toEqual([]);
  });
});
