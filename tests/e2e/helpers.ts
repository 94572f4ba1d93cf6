import { expect, type Locator, type Page } from '@playwright/test';
import config from '../../astro.config.ts';
import { fullSlug } from '../helpers.ts';
import { readSite, type Site } from '../site/pages.ts';

/** The whole fixture article, in the fixture site the readers' tests run on (see playwright.config.ts). */
export const slug = fullSlug;
export const langTags = { en: 'en', zh: 'zh-CN', 'zh-hant': 'zh-Hant' } as const;

export const articleUrl = (lang: keyof typeof langTags, hash = '') => `${lang}/${slug}/${hash}`;

/**
 * Waits for the page's second script, which it loads once loaded (src/scripts/reading.ts): the
 * share, peek, contents, sentence and quote controls work from then on (before, they are links).
 */
export async function ready(page: Page): Promise<void> {
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/** Asserts that an element is in the reading area: below the sticky header and inside the viewport. */
export async function expectInView(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeInViewport();
  const header = await page.locator('.site-header').boundingBox();
  await expect
    .poll(async () => (await target.boundingBox())!.y)
    .toBeGreaterThanOrEqual(Math.floor(header!.y + header!.height) - 1);
}

/** Scrolls so that an element sits just below the sticky header, as a reader would have it. */
export async function scrollToReading(target: Locator): Promise<void> {
  await target.evaluate((el) => {
    const header = document.querySelector('.site-header')!.getBoundingClientRect().height;
    window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - header - 8, behavior: 'instant' });
  });
}

/** The published site, dist/, at the root: the checks of every page read it and run on its server. */
export function builtSite(): Promise<Site> {
  return readSite(config.outDir!, { base: '/', origin: new URL(config.site!).origin });
}

/** Serves some HTML at /planted/, a copy of a built page with a planted fault. */
export async function plant(page: Page, html: string): Promise<void> {
  await page.route('**/planted/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
}
