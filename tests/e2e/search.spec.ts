import { expect, test, type Page } from '@playwright/test';
import { articleUrl, expectInView, ready, slug } from './helpers.ts';

/** The whole fixture article's titles, and a paragraph with a word each language has once. */
const titles = { en: 'Counterterrorism Champions: How Pakistan–US Team Up for Stability', zh: '反恐先锋：巴基斯坦与美国如何携手维护稳定' };
const paragraph = 'a-history-of-cooperation-p3';
const queries = { en: 'Washington', zh: '华盛顿' };
const searchUrl = (lang: 'en' | 'zh', query?: string) => `${lang}/search/${query === undefined ? '' : `?q=${encodeURIComponent(query)}`}`;

const field = (page: Page) => page.getByRole('searchbox');
/** The results of the last query: the list is busy until they are all there. */
const results = (page: Page) => page.locator('main ol:not([aria-busy]) li');
const status = (page: Page) => page.getByRole('status');

for (const ui of ['en', 'zh'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`the ${ui} search page finds a ${lang === 'en' ? 'English' : 'Chinese'} query, titled in its own language, and opens the article at the paragraph`, async ({ page }) => {
      await page.goto(searchUrl(ui));
      await expect(field(page)).toBeFocused();
      await field(page).pressSequentially(queries[lang]);
      await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(queries[lang])}$`));
      // Only the whole article has the word; its title is in the interface language.
      await expect(results(page)).toHaveCount(1);
      await expect(status(page)).toHaveText(ui === 'en' ? '1 article' : '1 篇文章');
      const result = results(page).first();
      await expect(result.getByRole('link')).toHaveText(titles[ui]);
      await expect(result.locator('mark')).toHaveText([queries[lang]]);
      await expect(result.locator('.section')).toHaveText(`${ui === 'en' ? 'Section: ' : '章节：'}${lang === 'en' ? 'A History of Cooperation' : '合作的历史'}`);
      if (lang !== ui) await expect(result.locator('.passage')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      await result.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${articleUrl(ui, `#${paragraph}`)}$`));
      await expectInView(page, page.locator(`#${paragraph}`));
      if (lang === ui) await expect(page.locator(`#${paragraph}`)).toContainText(queries[lang]);
    });
  }
}

test('a result opens the bilingual view for a reader who chose it, with the passage in view', async ({ page }) => {
  await page.goto(articleUrl('zh'));
  await page.locator('nav.toggle').getByRole('link', { name: '双语' }).click();
  await page.goto(searchUrl('zh', 'Washington'));
  await results(page).first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/zh/${slug}/bilingual/#${paragraph}$`));
  await expectInView(page, page.locator(`#${paragraph}`));
  await expect(page.locator(`#${paragraph} .side[lang="en"]`)).toContainText('Washington');
});

test('a common Chinese word and a single character find every article that has them', async ({ page }) => {
  await page.goto(searchUrl('en', '伙伴关系'));
  await expect(results(page)).toHaveCount(2);
  await expect(results(page).first().locator('mark').first()).toHaveText('伙伴关系');
  await page.goto(searchUrl('zh', '恐'));
  await expect(results(page)).toHaveCount(2);
  await expect(status(page)).toHaveText('2 篇文章');
});

test('?q= restores a search, and the back button returns to it', async ({ page }) => {
  await page.goto(searchUrl('en', '华盛顿'));
  await expect(field(page)).toHaveValue('华盛顿');
  await expect(results(page)).toHaveCount(1);
  await results(page).first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#${paragraph}$`));
  await page.goBack();
  await expect(field(page)).toHaveValue('华盛顿');
  await expect(results(page)).toHaveCount(1);
});

test('searches what the reader typed before the page’s script ran', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(searchUrl('en'), { waitUntil: 'commit' });
  await field(page).fill('partnership');
  release();
  await expect(page).toHaveURL(/\?q=partnership$/);
  await expect(results(page)).toHaveCount(2);
});

test('says when nothing matches', async ({ page }) => {
  await page.goto(searchUrl('en', 'zxqv'));
  await expect(status(page)).toHaveText('No article contains “zxqv”.');
  await expect(results(page)).toHaveCount(0);
});

test('works from the keyboard alone: / opens search, the arrows move through the results, Enter opens one, Escape goes back', async ({ page }) => {
  await page.goto(articleUrl('en'));
  await ready(page);
  await page.keyboard.press('/');
  await expect(page).toHaveURL(new RegExp(`/${searchUrl('en')}$`));
  await expect(field(page)).toBeFocused();
  // In the field, `/` is typed, not taken as the shortcut.
  await page.keyboard.type('/');
  await expect(field(page)).toHaveValue('/');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('partnership');
  await expect(page).toHaveURL(/\?q=partnership$/);
  await expect(results(page)).toHaveCount(2);
  const links = results(page).getByRole('link');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?#.]/g, '\\$&')}$`));
  await page.goBack();
  await field(page).focus();
  await page.keyboard.press('Escape');
  await expect(field(page)).toHaveValue('');
  await expect(results(page)).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/${searchUrl('en')}$`));
});

test('the header has a search control on every page kind, named in the page language', async ({ page }) => {
  for (const [url, name] of [
    ['en/', 'Search'],
    [articleUrl('zh'), '搜索'],
    [`en/${slug}/bilingual/`, 'Search'],
  ] as const) {
    await page.goto(url);
    const link = page.locator('header').getByRole('link', { name });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', /\/(en|zh)\/search\/$/);
  }
});

test('the header fits a 320 px screen without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of [articleUrl('en'), articleUrl('zh'), searchUrl('zh')]) {
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expect(page.locator('header').getByRole('link', { name: /^(Search|搜索)$/ })).toBeInViewport({ ratio: 1 });
  }
});

test('the search control is left out of print', async ({ page }) => {
  await page.goto('en/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header a[data-search-link]')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const ui of ['en', 'zh'] as const) {
    test(`the ${ui} search page says that search needs JavaScript and links the article lists`, async ({ page }) => {
      await page.goto(articleUrl(ui));
      await page.locator('header a[data-search-link]').click();
      await expect(page).toHaveURL(new RegExp(`/${searchUrl(ui)}$`));
      await expect(page.locator('main')).toContainText(ui === 'en' ? 'Search needs JavaScript' : '搜索需要 JavaScript');
      await expect(field(page)).toBeHidden();
      await page.getByRole('link', { name: '全部文章' }).and(page.locator('[hreflang="zh-CN"]')).click();
      await expect(page).toHaveURL(/\/zh\/$/);
    });
  }
});
