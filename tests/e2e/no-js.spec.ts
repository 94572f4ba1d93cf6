import { expect, test, type Page } from '@playwright/test';
import { pageKind } from '../site/pages.ts';
import { builtSite, plant } from './helpers.ts';

const site = await builtSite();
const readable = site.pages.filter((p) => ['article', 'bilingual', 'list'].includes(pageKind('/', p.path)));

/** The text blocks a reader reads; a folded table of contents is navigation, not text. */
const TEXT = ':is(h1, h2, h3, h4, p, li, blockquote, dt, dd, th, td, figcaption):not(nav *)';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page but the 404 is reachable from the home page by visible links', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const seen = new Set<string>(['/']);
    for (const path of seen) {
      await page.goto(path.slice(1));
      for (const link of await page.locator('a[href]:visible').all()) {
        const url = new URL((await link.getAttribute('href'))!, page.url());
        if (url.origin === origin) seen.add(url.pathname);
      }
    }
    const expected = site.pages.filter((p) => pageKind('/', p.path) !== 'not-found').map((p) => p.path);
    expect([...seen].sort()).toEqual(expected.sort());
  });

  for (const { path } of readable) {
    test(`${path} shows every block of its text`, async ({ page }) => {
      await page.goto(path.slice(1));
      await expect(page.locator('main').locator(TEXT).first()).toBeVisible();
      expect(await hiddenText(page)).toEqual([]);
    });
  }

  test('the readability check reports a planted hidden paragraph', async ({ page }) => {
    const article = readable.find((p) => pageKind('/', p.path) === 'article')!;
    await plant(page, article.html.replace('</main>', '<p hidden>Hidden text.</p></main>'));
    await page.goto('planted/');
    expect(await hiddenText(page)).toEqual(['Hidden text.']);
  });
});

/** The text blocks of a page's main content that are not shown. */
async function hiddenText(page: Page): Promise<string[]> {
  const hidden = page.locator('main').locator(TEXT).filter({ visible: false });
  return (await hidden.allTextContents()).map((t) => t.trim());
}
