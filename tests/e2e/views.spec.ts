import { expect, test, type Page } from '@playwright/test';
import { articleUrl, expectInView, ready, scrollToReading, slug } from './helpers.ts';

const bilingualUrl = (lang: 'en' | 'zh', hash = '') => `${lang}/${slug}/bilingual/${hash}`;
const blockIds = (page: Page) =>
  page.locator('.prose > [id], .prose > .heading > [id]').evaluateAll((els) => els.map((e) => e.id));

test.describe('bilingual view', () => {
  test('pairs every block of the original with its translation, ids and languages kept', async ({ page }) => {
    await page.goto(articleUrl('en'));
    const ids = await blockIds(page);
    await page.goto(bilingualUrl('zh'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const pairs = page.locator('.pair');
    await expect(pairs).toHaveCount(ids.length);
    expect(await pairs.evaluateAll((els) => els.map((e) => e.id))).toEqual(ids);
    expect(await pairs.evaluateAll((els) => els.every((e) => e.querySelectorAll('.side[lang="en"]').length === 1 && e.querySelectorAll('.side[lang="zh-CN"]').length === 1))).toBe(true);
    await expect(page.locator('#a-history-of-cooperation .side[lang="en"] h2')).toHaveText('A History of Cooperation');
    await expect(page.locator('#a-history-of-cooperation .side[lang="zh-CN"] h2')).toHaveText('合作的历史');
  });

  test('puts each pair side by side on wide screens and one after the other on narrow ones', async ({ page }) => {
    await page.goto(bilingualUrl('en'));
    const wide = (page.viewportSize()?.width ?? 0) >= 896;
    for (const id of ['intro-p1', 'a-history-of-cooperation', 'geographic-realities-p1']) {
      const en = (await page.locator(`#${id} .side[lang="en"]`).boundingBox())!;
      const zh = (await page.locator(`#${id} .side[lang="zh-CN"]`).boundingBox())!;
      if (wide) {
        expect(Math.abs(en.y - zh.y), id).toBeLessThan(2);
        expect(zh.x).toBeGreaterThan(en.x + en.width);
      } else {
        expect(zh.y, id).toBeGreaterThanOrEqual(en.y + en.height - 1);
      }
    }
  });

  test('opens a shared section link at that section', async ({ page }) => {
    await page.goto(bilingualUrl('en', '#acknowledging-costs-and-challenges-p1'));
    await expectInView(page, page.locator('#acknowledging-costs-and-challenges-p1'));
  });
});

test.describe('toggle across the three views', () => {
  test('offers English, 中文 and the bilingual view in the interface language', async ({ page }) => {
    await page.goto(articleUrl('zh'));
    await expect(page.locator('nav.toggle li')).toHaveText(['English', '中文', '双语']);
    await page.goto(articleUrl('en'));
    await expect(page.locator('nav.toggle li')).toHaveText(['English', '中文', 'Bilingual']);
  });

  test('keeps the place from the URL through every view', async ({ page }) => {
    await page.goto(articleUrl('en', '#complementary-capabilities-p1'));
    for (const [label, url] of [
      ['Bilingual', /\/en\/[^/]+\/bilingual\/#complementary-capabilities-p1$/],
      ['中文', /\/zh\/[^/]+\/#complementary-capabilities-p1$/],
      ['双语', /\/zh\/[^/]+\/bilingual\/#complementary-capabilities-p1$/],
      ['English', /\/en\/[^/]+\/#complementary-capabilities-p1$/],
    ] as const) {
      await page.locator('nav.toggle').getByRole('link', { name: label, exact: true }).click();
      await expect(page).toHaveURL(url);
      await expectInView(page, page.locator('#complementary-capabilities-p1'));
    }
  });

  test('keeps the place the reader scrolled to, into and out of the bilingual view', async ({ page }) => {
    await page.goto(articleUrl('zh'));
    await scrollToReading(page.locator('#a-history-of-cooperation-p3'));
    await page.locator('nav.toggle').getByRole('link', { name: '双语' }).click();
    await expect(page).toHaveURL(/bilingual\/#a-history-of-cooperation-p3(-s1)?$/);
    await scrollToReading(page.locator('#why-the-partnership-matters'));
    await page.locator('nav.toggle').getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/[^/]+\/#why-the-partnership-matters$/);
    await expectInView(page, page.locator('#why-the-partnership-matters'));
  });

  test('remembers the bilingual view for the article lists reached from the home page', async ({ page }) => {
    await page.goto(articleUrl('en'));
    await page.locator('nav.toggle').getByRole('link', { name: 'Bilingual' }).click();
    await page.goto('./');
    await expect(page).toHaveURL(/\/en\/$/);
    const titles = await page.locator('ol li h2 a').all();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) await expect(title).toHaveAttribute('href', /\/bilingual\/$/);
  });
});

test.describe('peek at the other language', () => {
  test('reveals and hides a paragraph’s counterpart by keyboard, without moving the text around it', async ({ page }) => {
    await page.goto(articleUrl('en'));
    await ready(page);
    const paragraph = page.locator('#recent-examples-of-effective-collaboration-p1');
    const control = paragraph.locator('.peek');
    await expect(control).toHaveAttribute('aria-expanded', 'false');
    await control.focus();
    const before = (await paragraph.boundingBox())!;
    await page.keyboard.press('Enter');
    const peek = page.locator('#peek-recent-examples-of-effective-collaboration-p1');
    await expect(peek).toBeVisible();
    await expect(peek).toHaveAttribute('lang', 'zh-CN');
    await expect(peek).toContainText('巴基斯坦安全部队拘留并移交了穆罕默德·沙里夫拉');
    await expect(control).toHaveAttribute('aria-expanded', 'true');
    expect(await paragraph.boundingBox()).toEqual(before);
    await expect(control).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(peek).toHaveCount(0);
    await expect(control).toHaveAttribute('aria-expanded', 'false');
  });

  test('shows the English original from the Chinese page', async ({ page }) => {
    await page.goto(articleUrl('zh'));
    await ready(page);
    await page.locator('#intro-p2 .peek').click();
    await expect(page.locator('#peek-intro-p2')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#peek-intro-p2')).toContainText('On August 12, 2025, Islamabad');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is a link to the paragraph in the bilingual view', async ({ page }) => {
      await page.goto(articleUrl('en'));
      await page.locator('#intro-p3 .peek').click();
      await expect(page).toHaveURL(/\/en\/[^/]+\/bilingual\/#intro-p3$/);
      await expectInView(page, page.locator('#intro-p3'));
    });
  });
});

test.describe('contents and orientation', () => {
  test('marks the section being read', async ({ page }) => {
    await page.goto(articleUrl('zh'));
    await ready(page);
    await scrollToReading(page.locator('#recent-examples-of-effective-collaboration-p2'));
    await expect(page.locator('.contents a[aria-current="true"]')).toHaveText('最近有效合作的例子');
    await scrollToReading(page.locator('#geographic-realities'));
    await expect(page.locator('.contents a[aria-current="true"]')).toHaveText('地理的现实');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(page.locator('.contents a[aria-current="true"]')).toHaveText('承认成本和挑战');
  });

  test('sits beside the text on wide screens and folds at the top on narrow ones', async ({ page }) => {
    await page.goto(articleUrl('en'));
    await ready(page);
    const link = page.locator('.contents a', { hasText: 'Geographic Realities' });
    if ((page.viewportSize()?.width ?? 0) >= 1088) {
      await scrollToReading(page.locator('#acknowledging-costs-and-challenges'));
      await expect(link).toBeInViewport();
    } else {
      await expect(link).toBeHidden();
      await page.locator('.contents summary').click();
      await link.click();
      await expect(page).toHaveURL(/#geographic-realities$/);
    }
  });

  test('shows the date and reading time in each language', async ({ page }) => {
    await page.goto(articleUrl('zh'));
    await expect(page.locator('.title-block .meta')).toHaveText(/2025年8月22日\s*·\s*阅读约 \d+ 分钟/);
    await page.goto(articleUrl('en'));
    await expect(page.locator('.title-block .meta')).toHaveText(/August 22, 2025\s*·\s*\d+ min read/);
  });
});

test.describe('typography', () => {
  test('renders full-width punctuation in Chinese text and keeps ASCII in Latin runs', async ({ page }) => {
    await page.goto(articleUrl('zh'));
    await expect(page.locator('#multilateral-leverage-p1')).toContainText('金融行动特别工作组（FATF）等平台');
    await expect(page.locator('#intro-p1')).toContainText('威胁，威胁着世界的和平');
    await expect(page.locator('#a-history-of-cooperation-p1')).toContainText('Pakistan-U.S。反恐');
  });

  for (const path of [articleUrl('en'), articleUrl('zh'), bilingualUrl('en'), bilingualUrl('zh'), 'en/', 'zh/', '']) {
    test(`/${path} has no horizontal scroll at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }

  test('prints the article and its source without the site’s controls', async ({ page }) => {
    await page.goto(articleUrl('en'));
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.contents', '.section-link', '.peek']) await expect(page.locator(chrome).first()).toBeHidden();
    await expect(page.locator('.prose p').first()).toBeVisible();
    const after = await page.locator('.source dd a').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://thinktank.pk/');
  });
});
