import { expect, test } from '@playwright/test';
import { axeViolations } from '../site/axe.ts';
import { guardPage } from '../site/guard.ts';
import { pageKind } from '../site/pages.ts';
import { builtSite, plant } from './helpers.ts';

const site = await builtSite();
const article = site.pages.find((p) => pageKind('/', p.path) === 'article')!;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const { path } of site.pages) {
      test(`${path} has no accessibility violation, CSP violation, console error or request elsewhere`, async ({ page, baseURL }) => {
        const seen = await guardPage(page, new URL(baseURL!).origin);
        // The home page's script sends the reader on at once: check the page itself by stopping that
        // navigation (axe needs JavaScript, so it cannot be turned off). The redirect is checked below.
        if (pageKind('/', path) === 'home') {
          await page.route('**/*', (route) =>
            route.request().isNavigationRequest() && new URL(route.request().url()).pathname !== path ? route.abort('aborted') : route.continue(),
          );
        }
        await page.goto(path.slice(1), { waitUntil: 'networkidle' });
        expect(new URL(page.url()).pathname).toBe(path);
        expect(await axeViolations(page)).toEqual([]);
        expect(seen()).toEqual([]);
      });
    }
  });
}

test('the home page sends the reader on without a CSP violation, console error or request elsewhere', async ({ page, baseURL }) => {
  const seen = await guardPage(page, new URL(baseURL!).origin);
  await page.goto('./');
  await expect(page).toHaveURL(/\/(en|zh)\/$/);
  await page.waitForLoadState('networkidle');
  expect(seen()).toEqual([]);
});

test.describe('the checks report planted faults', () => {
  test('axe reports an image without alt text', async ({ page }) => {
    await plant(page, article.html.replace('</main>', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10"></main>'));
    await page.goto('planted/');
    expect(await axeViolations(page)).toEqual([expect.stringMatching(/^image-alt: /)]);
  });

  test('the guard reports an inline onclick refused by the policy', async ({ page, baseURL }) => {
    await plant(page, article.html.replace('</main>', '<button onclick="document.title=1">x</button></main>'));
    const seen = await guardPage(page, new URL(baseURL!).origin);
    await page.goto('planted/');
    await page.getByRole('button', { name: 'x', exact: true }).click();
    await expect.poll(seen).toEqual([
      expect.stringMatching(/^console error: .*inline event handler/),
      'CSP violation: script-src-attr refused inline',
    ]);
  });

  test('the guard reports a request to another origin', async ({ page, baseURL }) => {
    await page.route('http://elsewhere.invalid/**', (route) => route.abort());
    const withoutPolicy = article.html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
    await plant(page, withoutPolicy.replace('</main>', '<img src="http://elsewhere.invalid/x.png" alt="x"></main>'));
    const seen = await guardPage(page, new URL(baseURL!).origin);
    await page.goto('planted/');
    await expect.poll(seen).toContain('request to another origin: http://elsewhere.invalid/x.png');
  });
});
