import { expect, test, type Page } from '@playwright/test';
import { glossaryPart } from '../../src/learn/glossary.ts';
import { axeViolations } from '../site/axe.ts';
import { guardPage } from '../site/guard.ts';
import { articleUrl, ready, slug } from './helpers.ts';

/** The learner's tools (src/scripts/learn.ts, the layer from src/learn/) on the fixture article. */
const card = (page: Page) => page.locator('#word-card');
const word = (page: Page, text: string) => page.locator(`#intro-p1 .w[data-w="${text}"]`).first();
const syllables = (page: Page, text: string) => word(page, text).locator('rt').allTextContents();

async function openTools(page: Page, path: string, name: string): Promise<void> {
  await page.goto(path);
  await ready(page);
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.locator('.w').first()).toBeAttached();
}

test('puts pinyin over each word, right for polyphones, and copies the characters alone', async ({ page, baseURL }) => {
  const seen = await guardPage(page, new URL(baseURL!).origin);
  await openTools(page, articleUrl('zh'), '学习');
  await expect(page.getByRole('region', { name: '学习工具' })).toBeVisible();
  // 长 in 长期 is cháng, 重 in 严重 zhòng, 行 in 行为 xíng.
  expect(await syllables(page, '长期')).toEqual(['cháng', 'qī']);
  expect(await syllables(page, '严重')).toEqual(['yán', 'zhòng']);
  await expect(word(page, '长期').locator('rt').first()).toBeVisible();
  // The text is unchanged: the page's words, with pinyin beside them only as ruby.
  const text = await page.locator('#intro-p1').evaluate((p) => {
    const copy = p.cloneNode(true) as HTMLElement;
    for (const rt of copy.querySelectorAll('rt, [data-peek]')) rt.remove();
    return copy.textContent;
  });
  expect(text).toContain('恐怖主义是超越国界的严重威胁，威胁着世界的和平、稳定与发展。');
  const copied = await page.locator('#intro-p1').evaluate((p) => {
    getSelection()!.selectAllChildren(p.querySelector('[data-s]')!);
    const data = new DataTransfer();
    p.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  });
  expect(copied).toBe('恐怖主义是超越国界的严重威胁，威胁着世界的和平、稳定与发展。');
  expect(await axeViolations(page)).toEqual([]);
  expect(seen()).toEqual([]);
});

test('remembers the pinyin switch and the open tools on this device', async ({ page }) => {
  await openTools(page, articleUrl('zh'), '学习');
  await page.getByRole('switch', { name: '拼音' }).uncheck();
  await expect(word(page, '长期').locator('rt').first()).toBeHidden();
  await page.goto(articleUrl('zh-hant'));
  await ready(page);
  // Open again on the next Chinese page, without pinyin.
  await expect(page.getByRole('region', { name: '學習工具' })).toBeVisible();
  await expect(page.locator('.w').first()).toBeAttached();
  await expect(page.getByRole('switch', { name: '拼音' })).not.toBeChecked();
  await expect(page.locator('.w rt').first()).toBeHidden();
  await page.getByRole('button', { name: '關閉學習工具' }).click();
  await page.reload();
  await ready(page);
  await expect(page.getByRole('region', { name: '學習工具' })).toBeHidden();
});

test('shows a word’s pinyin and meanings by mouse or touch, and closes it', async ({ page }) => {
  await openTools(page, articleUrl('zh'), '学习');
  const target = word(page, '恐怖主义');
  if (test.info().project.use.isMobile) await target.tap();
  else await target.click();
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText('恐怖主义');
  await expect(card(page)).toContainText('kǒng bù zhǔ yì');
  await expect(card(page)).toContainText('terrorism');
  await page.locator('.title-block h1').click();
  await expect(card(page)).toBeHidden();
});

test('opens words from the keyboard: arrows move, Enter opens, Escape closes and returns', async ({ page }) => {
  test.skip(!!test.info().project.use.isMobile, 'a phone has no keyboard to move with');
  await openTools(page, articleUrl('zh'), '学习');
  const words = page.locator('.w');
  await expect(words.first()).toHaveAttribute('tabindex', '0');
  await words.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(words.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toBeFocused();
  await expect(card(page)).toContainText((await words.nth(1).getAttribute('data-w'))!);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(words.nth(1)).toBeFocused();
});

test('in the bilingual view, veils the other language until a sentence is tapped', async ({ page, baseURL }) => {
  const seen = await guardPage(page, new URL(baseURL!).origin);
  await openTools(page, `en/${slug}/bilingual/`, 'Learn');
  await page.getByRole('switch', { name: 'Hide the other language until tapped' }).check();
  const zhFirst = page.locator('#intro-p1 .side:lang(zh) [data-s]').first();
  await expect(zhFirst).toHaveClass(/veiled/);
  await expect(page.locator('#intro-p1 .side:lang(en) .veiled')).toHaveCount(0);
  await page.locator('#intro-p1 .side:lang(en) [data-s]').first().click();
  await expect(zhFirst).not.toHaveClass(/veiled/);
  await expect(page.locator('#intro-p1 .side:lang(zh) [data-s]').nth(1)).toHaveClass(/veiled/);
  expect(await axeViolations(page)).toEqual([]);
  expect(seen()).toEqual([]);
});

test('keeps the tools out of print', async ({ page }) => {
  await openTools(page, articleUrl('zh'), '学习');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: '学习工具' })).toBeHidden();
  await expect(page.getByRole('button', { name: '学习', exact: true })).toBeHidden();
});

test('fetches the one glossary part a tapped word needs, in the page’s spelling, and says when it cannot', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/glossary/')) fetched.push(new URL(request.url()).pathname);
  });
  await openTools(page, articleUrl('zh-hant'), '學習');
  expect(fetched).toEqual([]);
  const open = async (text: string) => {
    const target = word(page, text);
    if (test.info().project.use.isMobile) await target.tap();
    else await target.click();
    await expect(card(page)).toContainText(text);
  };
  await open('恐怖主義');
  await expect(card(page)).toContainText('terrorism');
  expect(fetched).toHaveLength(1);
  expect(fetched[0]).toMatch(new RegExp(`^/glossary/[0-9a-f]{12}/traditional/${glossaryPart('恐怖主義')}\\.json$`));
  // A part that cannot be fetched: the card says so, and the next tap asks again.
  await page.route('**/glossary/**', (route) => route.abort());
  const other = (await page.locator('#intro-p1 .w').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['w']!))).find(
    (w) => glossaryPart(w) !== glossaryPart('恐怖主義'),
  )!;
  await open(other);
  await expect(card(page)).toContainText('學習工具無法載入');
  await page.unroute('**/glossary/**');
  await page.locator('.title-block h1').click();
  await open(other);
  await expect(card(page)).not.toContainText('學習工具無法載入');
  await expect(card(page).locator('.gloss').first()).toBeVisible();
});
