import { expect, test } from '@playwright/test';
import { articleUrl } from './helpers.ts';

/** The site built with base `/articles/` and its own site URL (see playwright.config.ts). */
const BASE = '/articles/';

const pages = ['', 'en/', 'zh/', articleUrl('en'), articleUrl('zh')];

test.describe('links', () => {
  // Links and the canonical URL are markup; without JavaScript the home page does not redirect.
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`every link of /${path} stays under the base and resolves`, async ({ page, baseURL }) => {
      await page.goto(path);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      const internal = hrefs.filter((h) => !/^(https?:|#)/.test(h));
      expect(internal.length).toBeGreaterThan(0);
      for (const href of internal) expect(href, href).toMatch(new RegExp(`^${BASE}`));
      for (const href of [...new Set(internal)]) {
        const response = await page.request.get(new URL(href, baseURL).href);
        expect(response.status(), href).toBe(200);
      }
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(canonical).toBe(new URL(BASE + path, baseURL).href);
    });
  }
});

for (const path of pages) {
  test(`every asset of /${path} loads from under the base`, async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    page.on('request', (r) => !new URL(r.url()).pathname.startsWith(BASE) && failed.push(`outside the base: ${r.url()}`));
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(failed).toEqual([]);
  });
}

test('the toggle keeps the section under the base', async ({ page }) => {
  await page.goto(articleUrl('en', '#geographic-realities'));
  await page.locator('nav.toggle a[hreflang]').click();
  await expect(page).toHaveURL(new RegExp(`${BASE}${articleUrl('zh', '#geographic-realities')}$`));
});

test('a section link copies a URL with the base', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(articleUrl('zh'));
  await page.locator('#a-history-of-cooperation + .section-link').click();
  await expect(page.getByRole('status')).toHaveText('链接已复制到剪贴板');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(articleUrl('zh', '#a-history-of-cooperation'), baseURL).href,
  );
});

test('the 404 page links into the base', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the articles in English' })).toHaveAttribute('href', `${BASE}en/`);
});
