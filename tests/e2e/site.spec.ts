import { expect, test } from '@playwright/test';
import { articleUrl, slug } from './helpers.ts';

test.describe('home page', () => {
  test('sends a Chinese browser to the Chinese list', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'zh-CN', baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page).toHaveURL(/\/zh\/$/);
    await context.close();
  });

  test('sends an English or other browser to the English list', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'fr-FR', baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page).toHaveURL(/\/en\/$/);
    await context.close();
  });

  test('prefers the language the reader chose with the toggle', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'en-US', baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(articleUrl('en'));
    await page.locator('nav.toggle a[hreflang]').click();
    await expect(page).toHaveURL(/\/zh\//);
    await page.goto('./');
    await expect(page).toHaveURL(/\/zh\/$/);
    await context.close();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('offers both languages', async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('link', { name: 'English' }).last()).toHaveAttribute('hreflang', 'en');
      await expect(page.locator('section[lang="zh-CN"]').getByRole('link', { name: '中文' })).toBeVisible();
    });
  });
});

for (const lang of ['en', 'zh'] as const) {
  test(`${lang} list shows the article with its date and description`, async ({ page }) => {
    await page.goto(`${lang}/`);
    const item = page.locator('ol li').filter({ has: page.locator(`a[href$="/${slug}/"]`) });
    await expect(item.locator('time')).toHaveText(lang === 'en' ? 'August 22, 2025' : '2025年8月22日');
    await item.locator('h2 a').click();
    await expect(page).toHaveURL(new RegExp(`/${articleUrl(lang)}$`));
  });
}

test('an unknown address shows the bilingual 404 page', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await page.getByRole('link', { name: '前往中文文章列表' }).click();
  await expect(page).toHaveURL(/\/zh\/$/);
});

test('head has canonical, hreflang alternates and x-default', async ({ page }) => {
  await page.goto(articleUrl('zh'));
  const href = (sel: string) => page.locator(sel).getAttribute('href');
  expect(await href('link[rel=canonical]')).toMatch(new RegExp(`/${articleUrl('zh')}$`));
  expect(await href('link[rel=alternate][hreflang=en]')).toMatch(new RegExp(`/${articleUrl('en')}$`));
  expect(await href('link[rel=alternate][hreflang="zh-CN"]')).toBe(await href('link[rel=canonical]'));
  expect(await href('link[rel=alternate][hreflang=x-default]')).toMatch(new RegExp(`/${articleUrl('en')}$`));
});
