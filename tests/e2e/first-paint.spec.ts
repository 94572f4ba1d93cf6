import { expect, test, type Page } from '@playwright/test';
import { langTags, ready, slug } from './helpers.ts';

/**
 * An article's Largest Contentful Paint is the first paint of its text: what the page loads after
 * it (src/scripts/reading.ts) is requested only once the text is on the screen, and then adds,
 * replaces or re-renders nothing there, so Chromium records no later candidate. Every entry's
 * rendering update (`paintTime`) comes before the script's request.
 */
const views = { single: '', 'side by side': 'bilingual/', 'sentence by sentence': 'bilingual/sentences/' };

/** Resolves once a frame painted now is on the screen: the entries of every frame before it are recorded by then. */
const nextPresented = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const mark = document.createElement('span');
        mark.setAttribute('elementtiming', 'mark');
        mark.textContent = '·';
        mark.style.cssText = 'position: fixed; top: 0; left: 0';
        new PerformanceObserver((_, observer) => {
          observer.disconnect();
          mark.remove();
          resolve();
        }).observe({ type: 'element' });
        document.body.append(mark);
      }),
  );

/** The page's LCP entries (element and rendering update) and when the deferred script was requested. */
const paints = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ entries: { element: string; paintTime: number }[]; requested: number | undefined }>((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve({
            entries: list.getEntries().map((e) => {
              const { element, paintTime } = e as LargestContentfulPaint & { paintTime: number };
              return { element: `${element?.localName}#${element?.id}`, paintTime };
            }),
            requested: performance.getEntriesByType('resource').find((r) => /\/reading-[\w-]+\.js$/.test(r.name))?.startTime,
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );

for (const lang of Object.keys(langTags)) {
  for (const [view, path] of Object.entries(views)) {
    test(`${lang}, ${view}: no contentful paint after the deferred script`, async ({ page }) => {
      await page.goto(`${lang}/${slug}/${path}`);
      await ready(page);
      await nextPresented(page);
      const { entries, requested } = await paints(page);
      expect(entries.length).toBeGreaterThan(0);
      expect(requested).toBeDefined();
      expect(entries.filter((e) => e.paintTime >= requested!)).toEqual([]);
    });
  }
}
