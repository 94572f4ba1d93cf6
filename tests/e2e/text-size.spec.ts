import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../site/axe.ts';
import { guardPage } from '../site/guard.ts';
import { articleUrl, ready, scrollToReading, slug } from './helpers.ts';

/** The text-size control (src/site/text-size.ts) on the fixture article, in both languages and views. */
const control = (page: Page) => page.locator('.title-block .text-size');
const larger = (page: Page) => control(page).locator('[data-size-step="1"]');
const smaller = (page: Page) => control(page).locator('[data-size-step="-1"]');
const fontSize = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );

for (const [lang, name] of [
  ['en', { label: 'Text size', larger: 'Larger text' }],
  ['zh', { label: '字号', larger: '放大字号' }],
] as const) {
  test(`${lang}: steps the text larger and smaller, remembers the size and shows it from the first paint`, async ({ page, baseURL }) => {
    const seen = await guardPage(page, new URL(baseURL!).origin);
    await page.goto(articleUrl(lang));
    await ready(page);
    await expect(page.getByRole('group', { name: name.label })).toBeVisible();
    const base = await fontSize(page, '.prose p');
    await page.getByRole('button', { name: name.larger }).click();
    await expect(page.locator('html')).toHaveAttribute('data-size', 'l');
    expect(await fontSize(page, '.prose p')).toBeCloseTo(base * 1.15, 0);
    // Headings grow with the text.
    expect(await fontSize(page, '.prose h2')).toBeGreaterThan(base * 1.15);

    // The next page opens at that size: no shift as it loads, whatever view.
    await page.goto(`${lang}/${slug}/bilingual/`);
    expect(await page.evaluate(() => document.documentElement.dataset['size'])).toBe('l');
    expect(await layoutShift(page)).toBe(0);
    await page.goto(articleUrl(lang));
    expect(await fontSize(page, '.prose p')).toBeCloseTo(base * 1.15, 0);
    expect(await layoutShift(page)).toBe(0);

    await ready(page);
    await smaller(page).click();
    await smaller(page).click();
    await expect(page.locator('html')).toHaveAttribute('data-size', 's');
    expect(await fontSize(page, '.prose p')).toBeCloseTo(base * 0.9, 0);
    expect(await axeViolations(page)).toEqual([]);
    expect(seen()).toEqual([]);
  });
}

test('stops at the ends of the steps, saying so, and keeps the focus', async ({ page }) => {
  await page.goto(articleUrl('en'));
  await ready(page);
  await larger(page).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-size', 'xl');
  await expect(larger(page)).toHaveAttribute('aria-disabled', 'true');
  await expect(larger(page)).toBeFocused();
  await expect(smaller(page)).toHaveAttribute('aria-disabled', 'false');
  // The column widens with the text, within the screen.
  const width = page.viewportSize()!.width;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
});

test('keeps the reader’s place as the text grows', async ({ page }) => {
  await page.goto(articleUrl('en'));
  await ready(page);
  const paragraph = page.locator('.prose > p').nth(6);
  await scrollToReading(paragraph);
  const before = (await paragraph.boundingBox())!.y;
  // A click by script: the control is at the top of the article, out of view.
  await larger(page).evaluate((button: HTMLButtonElement) => button.click());
  await expect(page.locator('html')).toHaveAttribute('data-size', 'l');
  await expect.poll(async () => Math.abs((await paragraph.boundingBox())!.y - before)).toBeLessThan(4);
});

test('a remembered size that is not one of the steps counts as the default', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('size', '"><img src=x>'));
  await page.goto(articleUrl('en'));
  await ready(page);
  await expect(larger(page)).toHaveAttribute('aria-disabled', 'false');
  await larger(page).click();
  await expect(page.locator('html')).toHaveAttribute('data-size', 'l');
});

test('is left out of print, which keeps the share control', async ({ page }) => {
  await page.goto(articleUrl('zh'));
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  await expect(control(page)).toBeHidden();
  await expect(page.locator('.title-block .share')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the control is not shown, as it could not work', async ({ page }) => {
    await page.goto(articleUrl('zh'));
    await expect(control(page)).toBeHidden();
    await expect(page.locator('.title-block .share')).toBeVisible();
  });
});
