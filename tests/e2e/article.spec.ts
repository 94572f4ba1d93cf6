import { expect, test } from '@playwright/test';
import { seed } from '../helpers.ts';
import { articleUrl, expectInView, langTags, ready, scrollToReading } from './helpers.ts';

/** The fixture article's source, as its frontmatter gives it. */
const sourceUrl = /^  url: "(.*)"$/m.exec(seed.en)![1]!;

const headings = {
  en: ['A History of Cooperation', 'Why the Partnership Matters', 'Geographic Realities'],
  zh: ['合作的历史', '合作关系为何重要', '地理的现实'],
};

for (const lang of ['en', 'zh'] as const) {
  test.describe(`${lang} article`, () => {
    test('renders with its language, headings, ids and source footer', async ({ page }) => {
      await page.goto(articleUrl(lang));
      await expect(page.locator('html')).toHaveAttribute('lang', langTags[lang]);
      await expect(page.locator('h1')).toHaveCount(1);
      for (const text of headings[lang]) await expect(page.getByRole('heading', { name: text, exact: true })).toBeVisible();
      await expect(page.locator('h2')).toHaveCount(4);
      await expect(page.locator('h3')).toHaveCount(3);
      // The same, language-independent ids on both pages.
      await expect(page.locator('h2').first()).toHaveAttribute('id', 'a-history-of-cooperation');
      await expect(page.locator('h3').first()).toHaveAttribute('id', 'geographic-realities');
      await expect(page.locator('#why-the-partnership-matters-p1')).toHaveCount(1);
      const footer = page.locator('.source');
      await expect(footer.getByRole('link', { name: 'Counterterrorism Champions: How Pakistan–US Team Up for Stability' })).toHaveAttribute(
        'href',
        sourceUrl,
      );
      await expect(footer).toContainText('thinktank.pk');
      await expect(footer.locator('time')).toHaveText(lang === 'en' ? 'August 22, 2025' : '2025年8月22日');
    });

    test('opens a shared section link at that section', async ({ page }) => {
      await page.goto(articleUrl(lang, '#complementary-capabilities'));
      await expectInView(page, page.locator('#complementary-capabilities'));
    });

    test('keeps the toggle within reach after scrolling', async ({ page }) => {
      await page.goto(articleUrl(lang));
      await scrollToReading(page.locator('#acknowledging-costs-and-challenges'));
      await expect(page.locator('nav.toggle a[hreflang]')).toBeInViewport();
    });

    test('copies the absolute URL of a section and says so', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(articleUrl(lang));
      await ready(page);
      const control = page.locator('#why-the-partnership-matters + .section-link');
      await control.focus();
      await page.keyboard.press('Enter');
      const expected = new URL(articleUrl(lang, '#why-the-partnership-matters'), `${baseURL}/`).href;
      await expect(page.getByRole('status')).toHaveText(lang === 'en' ? 'Link copied to the clipboard' : '链接已复制到剪贴板');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      expect(page.url()).toBe(expected);
    });

    test('shares the article’s URL, without the section in view, and says so', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(articleUrl(lang, '?utm_source=feed#geographic-realities'));
      await ready(page);
      await page.getByRole('link', { name: lang === 'en' ? 'Share this article' : '分享本文' }).click();
      await expect(page.getByRole('status')).toHaveText(lang === 'en' ? 'Link copied to the clipboard' : '链接已复制到剪贴板');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(articleUrl(lang), `${baseURL}/`).href);
    });

    test('shares through the Web Share API where the browser has it', async ({ page, baseURL }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'share', {
          value: async (data: ShareData) => ((window as unknown as { shared: ShareData[] }).shared ??= []).push(data),
        });
      });
      await page.goto(articleUrl(lang));
      await ready(page);
      await page.locator('#complementary-capabilities + .section-link').click();
      await expect(page.getByRole('status')).toHaveText(lang === 'en' ? 'Link shared' : '链接已分享');
      const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
      expect(shared).toEqual([
        { title: await page.title(), url: new URL(articleUrl(lang, '#complementary-capabilities'), `${baseURL}/`).href },
      ]);
    });

    test('says nothing when the reader closes the share sheet', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'share', {
          value: () => {
            (window as unknown as { asked: boolean }).asked = true;
            return Promise.reject(new DOMException('Share canceled', 'AbortError'));
          },
        });
      });
      await page.goto(articleUrl(lang));
      await ready(page);
      await page.getByRole('link', { name: lang === 'en' ? 'Share this article' : '分享本文' }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { asked?: boolean }).asked)).toBe(true);
      // A message would be written on the next animation frame: wait two, then look.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await expect(page.getByRole('status')).toHaveText('');
    });
  });
}

test('the Chinese page shows the translation notice with a link to the original', async ({ page }) => {
  await page.goto(articleUrl('zh'));
  const notice = page.locator('.notice');
  await expect(notice).toContainText('本文是用AI翻译的,或有误差。请以原版英文为准。');
  await notice.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/${articleUrl('en')}$`));
});

test('the English page has no translation notice', async ({ page }) => {
  await page.goto(articleUrl('en'));
  await expect(page.locator('.notice')).toHaveCount(0);
});

test.describe('language toggle', () => {
  test('is labelled in the target language, with lang and hreflang', async ({ page }) => {
    await page.goto(articleUrl('en'));
    const toggle = page.locator('nav.toggle a[hreflang]');
    await expect(toggle).toHaveText('中文');
    await expect(toggle).toHaveAttribute('lang', 'zh-CN');
    await expect(toggle).toHaveAttribute('hreflang', 'zh-CN');
  });

  test('round trip from a section in the URL lands at that section each way', async ({ page }) => {
    await page.goto(articleUrl('en', '#multilateral-leverage'));
    await expectInView(page, page.locator('#multilateral-leverage'));
    await page.locator('nav.toggle a[hreflang]').click();
    await expect(page).toHaveURL(/\/zh\/.*#multilateral-leverage$/);
    await expectInView(page, page.getByRole('heading', { name: '多边杠杆' }));
    await page.locator('nav.toggle a[hreflang]').click();
    await expect(page).toHaveURL(/\/en\/.*#multilateral-leverage$/);
    await expectInView(page, page.getByRole('heading', { name: 'Multilateral Leverage' }));
  });

  test('round trip after scrolling lands at the paragraph being read, each way', async ({ page }) => {
    await page.goto(articleUrl('en'));
    await scrollToReading(page.locator('#recent-examples-of-effective-collaboration-p2'));
    await page.locator('nav.toggle a[hreflang]').click();
    // The paragraph's first sentence, which is at the top of the reading area (or the paragraph, where it is one sentence group).
    await expect(page).toHaveURL(/\/zh\/.*#recent-examples-of-effective-collaboration-p2(-s1)?$/);
    await expectInView(page, page.locator('#recent-examples-of-effective-collaboration-p2'));
    await expect(page.locator('#recent-examples-of-effective-collaboration-p2')).toContainText('美国将俾路支省解放军');
    await page.locator('nav.toggle a[hreflang]').click();
    await expect(page).toHaveURL(/\/en\/.*#recent-examples-of-effective-collaboration-p2(-s1)?$/);
    await expectInView(page, page.locator('#recent-examples-of-effective-collaboration-p2'));
  });

  test('prefers the place in view over a fragment the reader has scrolled away from', async ({ page }) => {
    await page.goto(articleUrl('en', '#a-history-of-cooperation'));
    await scrollToReading(page.locator('#geographic-realities'));
    await page.locator('nav.toggle a[hreflang]').click();
    await expect(page).toHaveURL(/\/zh\/.*#geographic-realities$/);
  });

  test('opens the top of the other page from the top of this one', async ({ page }) => {
    await page.goto(articleUrl('zh'));
    await page.locator('nav.toggle a[hreflang]').click();
    await expect(page).toHaveURL(new RegExp(`/${articleUrl('en')}$`));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the toggle is a plain link to the other language', async ({ page }) => {
    await page.goto(articleUrl('en'));
    await page.locator('nav.toggle a[hreflang]').click();
    await expect(page).toHaveURL(new RegExp(`/${articleUrl('zh')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('.prose p').first()).toBeVisible();
  });

  test('the share control is a plain link to the article', async ({ page }) => {
    await page.goto(articleUrl('en', '#geographic-realities'));
    await expect(page.getByRole('link', { name: 'Share this article' })).toHaveAttribute('href', `/${articleUrl('en')}`);
  });

  test('a section control is a plain link to its section', async ({ page }) => {
    await page.goto(articleUrl('zh'));
    await page.locator('#acknowledging-costs-and-challenges + .section-link').click();
    await expect(page).toHaveURL(/#acknowledging-costs-and-challenges$/);
    await expectInView(page, page.locator('#acknowledging-costs-and-challenges'));
  });
});
