import { expect, type Locator, type Page } from '@playwright/test';

/** The first article, in the real content. */
export const slug = 'counterterrorism-champions-how-pakistan-us-team-up-for-stability';
export const articleUrl = (lang: 'en' | 'zh', hash = '') => `${lang}/${slug}/${hash}`;

export const langTags = { en: 'en', zh: 'zh-CN' } as const;

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
