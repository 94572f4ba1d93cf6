import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from '../site/axe.ts';
import { guardPage } from '../site/guard.ts';
import { articleUrl, ready, scrollToReading, slug } from './helpers.ts';

/** Sentence by sentence (src/alignment/sentence-markup.ts), on the fixture article's aligned groups. */
const bilingualUrl = (lang: 'en' | 'zh', layout = '', hash = '') => `${lang}/${slug}/bilingual/${layout}${hash}`;
const lit = (page: Page) => page.locator('.lit');
const litTexts = (page: Page) => lit(page).allTextContents();
/** The first span of group n of a block's side in the side-by-side layout. */
const group = (page: Page, block: string, lang: 'en' | 'zh-CN', n: number) => page.locator(`#${block} .side[lang="${lang}"] [data-s]`).nth(n - 1);

/** The first three paragraphs' groups: English and Chinese starts. */
const GROUPS: Record<string, [string, string][]> = {
  'intro-p1': [
    ['Terrorism is a grave menace', '恐怖主义是超越国界的严重威胁'],
    ['No nation is immune', '没有一个国家能免受其破坏性影响'],
    ['The magnitude of this challenge', '这一挑战的规模是巨大的'],
    ['Defeating terrorism demands', '打击恐怖主义需要持续的国际合作'],
    ['Encouragingly, there is a growing recognition', '令人鼓舞的是'],
    ['Pakistan and the United States, in particular', '尤其是巴基斯坦和美国'],
  ],
  // One English sentence is two Chinese ones: one group.
  'intro-p2': [
    ['On August 12, 2025, Islamabad', '2025年8月12日，伊斯兰堡'],
    ['Pakistan and the United States held the latest round', '巴基斯坦和美国举行了最新一轮的巴美战略对话。反恐对话由'],
  ],
  'intro-p3': [
    ['The meeting’s tone was clear', '这次会议的基调是明确而一致的'],
    ['The dialogue identified key challenges', '对话确定了主要挑战'],
    ['Both delegations emphasized', '双方代表团强调了'],
    ['They also reaffirmed', '他们还重申'],
  ],
};

async function expectLit(page: Page, [en, zh]: [string, string]): Promise<void> {
  await expect(lit(page)).toHaveCount(2);
  const [a, b] = await litTexts(page);
  expect(a!.startsWith(en), a).toBe(true);
  expect(b!.startsWith(zh), b).toBe(true);
}

test.describe('lighting a sentence and its counterpart in the bilingual view', () => {
  test('pointing at a sentence lights it and its counterpart, in both directions', async ({ page }) => {
    test.skip(!!test.info().project.use.isMobile, 'a phone has no pointer to hover with; tapping is tested below');
    await page.goto(bilingualUrl('en'));
    await ready(page);
    for (const [block, groups] of Object.entries(GROUPS)) {
      for (const [i, texts] of groups.entries()) {
        await group(page, block, 'en', i + 1).hover();
        await expectLit(page, texts);
        await group(page, block, 'zh-CN', i + 1).hover();
        await expectLit(page, texts);
      }
    }
    // Leaving the text puts the light out.
    await page.locator('.title-block h1').hover();
    await expect(lit(page)).toHaveCount(0);
  });

  test('tapping a sentence lights it and its counterpart', async ({ page }) => {
    await page.goto(bilingualUrl('zh'));
    await ready(page);
    await group(page, 'intro-p3', 'zh-CN', 2).click();
    await expectLit(page, GROUPS['intro-p3']![1]!);
  });

  test('the keyboard reaches the sentences as one stop, and the arrows move through them and across', async ({ page }) => {
    await page.goto(bilingualUrl('en'));
    await ready(page);
    // Tab from the layout switch reaches the first sentence after the contents.
    await page.locator('.layouts a').focus();
    const active = () => page.evaluate(() => document.activeElement?.textContent?.slice(0, 30));
    for (let i = 0; i < 20 && !(await active())?.startsWith('Terrorism'); i++) await page.keyboard.press('Tab');
    await expectLit(page, GROUPS['intro-p1']![0]!);
    await page.keyboard.press('ArrowDown');
    await expectLit(page, GROUPS['intro-p1']![1]!);
    await page.keyboard.press('ArrowRight');
    expect(await active()).toMatch(/^没有一个国家/);
    await expectLit(page, GROUPS['intro-p1']![1]!);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    // Down past the last Chinese group of the first paragraph: the second paragraph's first.
    expect(await active()).toMatch(/^2025年8月12日/);
    await page.keyboard.press('ArrowLeft');
    await expectLit(page, GROUPS['intro-p2']![0]!);
    // The sentences are one stop: Tab leaves them; the last one stays lit, the reader's place.
    expect(await page.locator('.pairs [tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-s], .side > p'))).toBeNull();
    await expectLit(page, GROUPS['intro-p2']![0]!);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a lit sentence is visible and accessible in the ${colorScheme} theme and in forced colors`, async ({ page, baseURL }) => {
      // axe over the whole bilingual view takes a while.
      test.slow();
      const seen = await guardPage(page, new URL(baseURL!).origin);
      await page.emulateMedia({ colorScheme });
      await page.goto(bilingualUrl('zh'));
      await ready(page);
      await group(page, 'intro-p1', 'zh-CN', 2).click();
      const background = () => lit(page).first().evaluate((el) => getComputedStyle(el).backgroundColor);
      const page_ = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await background()).not.toBe(page_);
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ forcedColors: 'active' });
      expect(await background()).not.toBe(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      expect(seen()).toEqual([]);
    });
  }
});

test.describe('keeping the place at the sentence', () => {
  test('the toggle from the fifth sentence of the first paragraph lands on its counterpart, at the same height, lit', async ({ page }) => {
    await page.goto(articleUrl('en'));
    await ready(page);
    const fifth = page.locator('#intro-p1 [data-s]').nth(4);
    await scrollToReading(fifth);
    const before = (await fifth.boundingBox())!.y;
    await page.locator('nav.toggle').getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/[^/]+\/#intro-p1-s5$/);
    await expect(lit(page)).toHaveText([/^令人鼓舞的是/]);
    await expect.poll(async () => Math.abs((await lit(page).boundingBox())!.y - before)).toBeLessThan(1);
    // And on to the bilingual view: both languages lit.
    await page.locator('nav.toggle').getByRole('link', { name: '双语' }).click();
    await expect(page).toHaveURL(/\/zh\/[^/]+\/bilingual\/#intro-p1-s5$/);
    await expectLit(page, GROUPS['intro-p1']![4]!);
  });
});

test.describe('sharing a quote', () => {
  async function shareQuote(page: Page, sentence: Locator, from: number, to: number): Promise<string> {
    await sentence.evaluate(
      (el, [a, b]) => {
        const range = document.createRange();
        range.setStart(el.firstChild!, a!);
        range.setEnd(el.firstChild!, b!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      },
      [from, to],
    );
    await page.getByRole('button', { name: /Share quote|分享引文/ }).click();
    await expect(page.getByRole('status')).not.toHaveText('');
    return page.evaluate(() => navigator.clipboard.readText());
  }

  test('a selection within one sentence offers Share quote, whose link opens at the sentence, lit, in both languages', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(articleUrl('en'));
    await ready(page);
    const button = page.getByRole('button', { name: 'Share quote' });
    await expect(button).toBeHidden();
    // "nation is immune to its dev": widened to whole words.
    const url = await shareQuote(page, page.locator('#intro-p1 [data-s]').nth(1), 3, 30);
    expect(url).toBe(`${baseURL}/${articleUrl('en', '#intro-p1-s2:~:text=nation%20is%20immune%20to%20its%20devastating')}`);
    await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard');
    // A selection across two sentences offers nothing.
    await page.locator('#intro-p1').evaluate((p) => getSelection()!.selectAllChildren(p));
    await expect(button).toBeHidden();

    const reader = await context.newPage();
    await reader.goto(url);
    await expect(lit(reader)).toHaveText([/^No nation is immune/]);
    await expect(lit(reader)).toBeInViewport();
    await ready(reader);
    await reader.locator('nav.toggle').getByRole('link', { name: '中文' }).click();
    await expect(reader).toHaveURL(/\/zh\/[^/]+\/#intro-p1-s2$/);
    await expect(lit(reader)).toHaveText([/^没有一个国家能免受其破坏性影响/]);
    await expect(lit(reader)).toBeInViewport();
  });

  test('from the Chinese page, the quote link opens the Chinese page at the sentence', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(articleUrl('zh'));
    await ready(page);
    const url = await shareQuote(page, page.locator('#intro-p3 [data-s]').nth(2), 2, 12);
    expect(decodeURIComponent(url)).toMatch(/\/zh\/[^/]+\/#intro-p3-s3:~:text=代表团强调了建立更强$/);
    const reader = await context.newPage();
    await reader.goto(url);
    await expect(lit(reader)).toHaveText([/^双方代表团强调了/]);
  });
});

test.describe('the sentence by sentence layout', () => {
  test('puts each sentence group under its original, one switch away, and remembers it', async ({ page }, info) => {
    await page.goto(bilingualUrl('en'));
    await page.locator('.layouts').getByRole('link', { name: 'Sentence by sentence' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/${slug}/bilingual/sentences/$`));
    await expect(page.locator('.layouts [aria-current="page"]')).toHaveText('Sentence by sentence');
    const groups = page.locator('#intro-p1 > p');
    await expect(groups).toHaveCount(6);
    for (const [i, [en, zh]] of GROUPS['intro-p1']!.entries()) {
      const spans = groups.nth(i).locator('[data-s]');
      await expect(spans.nth(0)).toHaveAttribute('lang', 'en');
      await expect(spans.nth(0)).toHaveText(new RegExp(`^${en}`));
      await expect(spans.nth(1)).toHaveAttribute('lang', 'zh-CN');
      await expect(spans.nth(1)).toHaveText(new RegExp(`^${zh}`));
      const [a, b] = [(await spans.nth(0).boundingBox())!, (await spans.nth(1).boundingBox())!];
      expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    // Its canonical URL is the bilingual view's.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/en/${slug}/bilingual/$`));
    await page.screenshot({ path: info.outputPath('sentences.png'), fullPage: false });
    // Remembered: the toggle's bilingual view is this layout from now on.
    await page.goto(articleUrl('zh'));
    await page.locator('nav.toggle').getByRole('link', { name: '双语' }).click();
    await expect(page).toHaveURL(new RegExp(`/zh/${slug}/bilingual/sentences/$`));
    await page.locator('.layouts').getByRole('link', { name: '左右对照' }).click();
    await page.goto(articleUrl('zh'));
    await page.locator('nav.toggle').getByRole('link', { name: '双语' }).click();
    await expect(page).toHaveURL(new RegExp(`/zh/${slug}/bilingual/$`));
  });

  for (const width of [390, 1440]) {
    test(`at ${width} px: readable, accessible, and sentences light together`, async ({ page, baseURL }) => {
      test.slow();
      const seen = await guardPage(page, new URL(baseURL!).origin);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(bilingualUrl('zh', 'sentences/', '#intro-p2-s2'));
      await ready(page);
      await expectLit(page, GROUPS['intro-p2']![1]!);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const en = (await page.locator('#intro-p2 > p').nth(1).locator('[lang="en"]').boundingBox())!;
      expect(en.width).toBeLessThanOrEqual(Math.min(width, 48 * 16));
      expect(await axeViolations(page)).toEqual([]);
      expect(seen()).toEqual([]);
    });
  }

  test('keeps the place at the sentence when switching layouts', async ({ page }) => {
    // Tall enough for the layouts and the sentence to be in view together.
    await page.setViewportSize({ width: page.viewportSize()!.width, height: 2400 });
    await page.goto(bilingualUrl('en'));
    await ready(page);
    await group(page, 'intro-p1', 'en', 3).click();
    await page.locator('.layouts').getByRole('link', { name: 'Sentence by sentence' }).click();
    await expect(page).toHaveURL(/\/bilingual\/sentences\/#intro-p1-s3$/);
    await expectLit(page, GROUPS['intro-p1']![2]!);
    await expect(lit(page).first()).toBeInViewport();
  });
});
