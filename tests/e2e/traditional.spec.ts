import { expect, test, type Page } from '@playwright/test';
import { articleUrl, expectInView, ready, scrollToReading, slug } from './helpers.ts';

/** The Traditional Chinese edition of the whole fixture article, converted from its zh.md. */

const bilingualUrl = (lang: 'en' | 'zh' | 'zh-hant', hash = '') => `${lang}/${slug}/bilingual/${hash}`;
const toSimplified = (page: Page) => page.locator('nav.script-switch').getByRole('link', { name: '简体中文' });
const toTraditional = (page: Page) => page.locator('nav.script-switch').getByRole('link', { name: '繁體中文' });

test.describe('Traditional Chinese article', () => {
  test('is converted from the Simplified translation, with its ids, Traditional quotation marks and the overrides', async ({ page }) => {
    await page.goto(articleUrl('zh-hant'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.locator('h1')).toHaveText('反恐先鋒：巴基斯坦與美國如何攜手維護穩定');
    await expect(page.locator('#a-history-of-cooperation')).toHaveText('合作的歷史');
    await expect(page.locator('#intro-p3')).toContainText('伊斯蘭國-呼羅珊組織（IS-K）');
    // “贾法尔” in quotation marks; 喀布尔 as the overrides file says, not as OpenCC's Taiwan phrases (喀布林).
    await expect(page.locator('#recent-examples-of-effective-collaboration-p1')).toContainText(
      '也被稱為「賈法爾」，他是一名據稱與2021年喀布爾修道院門爆炸案',
    );
    await expect(page.locator('.title-block .meta')).toHaveText(/2025年8月22日\s*·\s*閱讀約 \d+ 分鐘/);
    await expect(page.locator('nav.toggle li')).toHaveText(['English', '中文', '雙語']);
  });

  test('shows the English original when peeking', async ({ page }) => {
    await page.goto(articleUrl('zh-hant'));
    await ready(page);
    await page.locator('#intro-p2 .peek').click();
    await expect(page.locator('#peek-intro-p2')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#peek-intro-p2')).toContainText('On August 12, 2025, Islamabad');
  });

  test('has a bilingual view that pairs the English original with the Traditional text', async ({ page }) => {
    await page.goto(bilingualUrl('zh-hant'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.locator('#a-history-of-cooperation .side[lang="en"] h2')).toHaveText('A History of Cooperation');
    await expect(page.locator('#a-history-of-cooperation .side[lang="zh-Hant"] h2')).toHaveText('合作的歷史');
    await expect(page.locator('.side[lang="zh-CN"]')).toHaveCount(0);
  });

  test('is listed, with its date, in the Traditional Chinese list', async ({ page }) => {
    await page.goto('zh-hant/');
    const item = page.locator('ol li').filter({ has: page.locator(`a[href$="/zh-hant/${slug}/"]`) });
    await expect(item.locator('time')).toHaveText('2025年8月22日');
    await item.locator('h2 a').click();
    await expect(page).toHaveURL(new RegExp(`/${articleUrl('zh-hant')}$`));
  });

  test('copies a section link that opens the Traditional page at that section', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(articleUrl('zh-hant'));
    await ready(page);
    await page.locator('#why-the-partnership-matters + .section-link').click();
    await expect(page.getByRole('status')).toHaveText('連結已複製到剪貼簿');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL(articleUrl('zh-hant', '#why-the-partnership-matters'), `${baseURL}/`).href);
    const other = await context.newPage();
    await other.goto(copied);
    await expect(other.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expectInView(other, other.locator('#why-the-partnership-matters'));
  });
});

test.describe('简/繁 switch', () => {
  test('keeps the place from the URL both ways, in the article and in the bilingual view', async ({ page }) => {
    await page.goto(articleUrl('zh', '#complementary-capabilities-p1'));
    await toTraditional(page).click();
    await expect(page).toHaveURL(new RegExp(`/${articleUrl('zh-hant', '#complementary-capabilities-p1')}$`));
    await expectInView(page, page.locator('#complementary-capabilities-p1'));
    await toSimplified(page).click();
    await expect(page).toHaveURL(new RegExp(`/${articleUrl('zh', '#complementary-capabilities-p1')}$`));
    await expectInView(page, page.locator('#complementary-capabilities-p1'));
    await page.goto(bilingualUrl('zh', '#geographic-realities-p1'));
    await toTraditional(page).click();
    await expect(page).toHaveURL(new RegExp(`/${bilingualUrl('zh-hant', '#geographic-realities-p1')}$`));
    await expectInView(page, page.locator('#geographic-realities-p1'));
  });

  test('keeps the place the reader scrolled to, both ways', async ({ page }) => {
    await page.goto(articleUrl('zh'));
    await scrollToReading(page.locator('#a-history-of-cooperation-p3'));
    await toTraditional(page).click();
    await expect(page).toHaveURL(/\/zh-hant\/[^/]+\/#a-history-of-cooperation-p3(-s1)?$/);
    await expectInView(page, page.locator('#a-history-of-cooperation-p3'));
    await scrollToReading(page.locator('#why-the-partnership-matters'));
    await toSimplified(page).click();
    await expect(page).toHaveURL(/\/zh\/[^/]+\/#why-the-partnership-matters$/);
    await expectInView(page, page.locator('#why-the-partnership-matters'));
    await page.goto(bilingualUrl('zh-hant'));
    await scrollToReading(page.locator('#recent-examples-of-effective-collaboration-p2'));
    await toSimplified(page).click();
    await expect(page).toHaveURL(/\/zh\/[^/]+\/bilingual\/#recent-examples-of-effective-collaboration-p2(-s1)?$/);
  });

  test('is labelled in each script, the current one marked, on Chinese pages only', async ({ page }) => {
    await page.goto('zh-hant/');
    const switcher = page.locator('nav.script-switch');
    await expect(switcher).toHaveAttribute('aria-label', '簡繁切換');
    await expect(switcher.locator('[aria-current="page"]')).toHaveAttribute('lang', 'zh-Hant');
    await expect(switcher.locator('[aria-current="page"]')).toHaveText('繁繁體中文');
    await expect(toSimplified(page)).toHaveAttribute('lang', 'zh-CN');
    await page.goto(articleUrl('en'));
    await expect(page.locator('nav.script-switch')).toHaveCount(0);
  });

  test('is remembered for the home page', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'zh-CN', baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(articleUrl('zh'));
    await toTraditional(page).click();
    await expect(page).toHaveURL(/\/zh-hant\//);
    await page.goto('./');
    await expect(page).toHaveURL(/\/zh-hant\/$/);
    await context.close();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is a pair of links between the two scripts', async ({ page }) => {
      await page.goto(articleUrl('zh'));
      await toTraditional(page).click();
      await expect(page).toHaveURL(new RegExp(`/${articleUrl('zh-hant')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
      await toSimplified(page).click();
      await expect(page).toHaveURL(new RegExp(`/${articleUrl('zh')}$`));
    });
  });

  for (const width of [320, 390]) {
    for (const path of [articleUrl('zh-hant'), bilingualUrl('zh-hant'), articleUrl('zh'), 'zh-hant/']) {
      test(`/${path} has the switch in the header and no horizontal scroll at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 640 });
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const bar = (await page.locator('.site-header .bar').boundingBox())!;
        for (const control of [page.locator('nav.toggle'), page.locator('nav.script-switch')]) {
          const box = (await control.boundingBox())!;
          expect(box.x + box.width).toBeLessThanOrEqual(bar.x + bar.width);
          expect(box.y).toBeGreaterThanOrEqual(bar.y);
          expect(box.y + box.height).toBeLessThanOrEqual(bar.y + bar.height);
        }
      });
    }
  }
});

test.describe('home page', () => {
  for (const locale of ['zh-TW', 'zh-HK']) {
    test(`sends a ${locale} browser to the Traditional Chinese list`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ locale, baseURL: baseURL! });
      const page = await context.newPage();
      await page.goto('./');
      await expect(page).toHaveURL(/\/zh-hant\/$/);
      await context.close();
    });
  }
});
