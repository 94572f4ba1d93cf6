import { expect, test } from '@playwright/test';
import { articleUrl, ready } from './helpers.ts';

/** The site built with base `/articles/` and its own site URL (see playwright.config.ts). */
const BASE = '/articles/';

const articles = [articleUrl('en'), articleUrl('zh')];
const pages = ['', 'en/', 'zh/', 'zh/search/', ...articles];

test.describe('links', () => {
  // Links and the canonical URL are markup; without JavaScript the home page does not redirect.
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`every link of /${path} stays under the base and resolves`, async ({ page, baseURL }) => {
      await page.goto(path);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      const internal = hrefs.filter((h) => !/^(https?:|#)/.test(h));
      expect(internal.length).toBeGreaterThan(0);
      for (const href of internal) expect(href, href).toMatch(new RegExp(`^${BASE}`));
      for (const href of [...new Set(internal)]) {
        const response = await page.request.get(new URL(href, baseURL).href);
        expect(response.status(), href).toBe(200);
      }
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(canonical).toBe(new URL(BASE + path, baseURL).href);
    });
  }
});

for (const path of pages) {
  test(`every asset of /${path} loads from under the base`, async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    page.on('request', (r) => !new URL(r.url()).pathname.startsWith(BASE) && failed.push(`outside the base: ${r.url()}`));
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(failed).toEqual([]);
  });
}

test.describe('metadata', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`every URL in the head of /${path} is absolute, under the base, and resolves`, async ({ page, baseURL }) => {
      await page.goto(path);
      const head = (selector: string, attribute: string) =>
        page.locator(selector).evaluateAll((els, a) => els.map((el) => el.getAttribute(a)!), attribute);
      const canonical = new URL(path, baseURL).href;
      expect(await head('meta[property="og:url"]', 'content')).toEqual([canonical]);
      const alternates = await head('link[rel=alternate][hreflang]:not([type])', 'href');
      expect(alternates).toContain(canonical);
      const images = await head('meta[property="og:image"], meta[name="twitter:image"]', 'content');
      expect(images).toHaveLength(2);
      const feeds = await head('link[rel=alternate][type="application/rss+xml"]', 'href');
      expect(feeds.length).toBeGreaterThan(0);
      type Ref = { url: string };
      type Article = Ref & { '@id': string; image: string; translationOfWork?: Ref; workTranslation?: Ref[] };
      const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t) as Article);
      expect(ld).toHaveLength(articles.includes(path) ? 1 : 0);
      const ldUrls = ld.flatMap((a) => [a.url, a['@id'], a.image, ...[a.translationOfWork ?? [], a.workTranslation ?? []].flat().map((r) => r.url)]);
      for (const url of [...alternates, ...images, ...feeds, ...ldUrls]) {
        expect(url, url).toMatch(new RegExp(`^${baseURL}`));
        const response = await page.request.get(url);
        expect(response.status(), url).toBe(200);
      }
      const image = await page.request.get(images[0]!);
      expect(image.headers()['content-type']).toBe('image/png');
    });
  }
});

test.describe('crawlers and feeds', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>(.*?)<\/loc>|href="(.*?)"/g)].map((m) => m[1] ?? m[2]!);

  test('robots.txt points at the sitemap under the base', async ({ request, baseURL }) => {
    const robots = await (await request.get('robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${baseURL}sitemap-index.xml\n`);
    expect((await request.get(`${baseURL}sitemap-index.xml`)).status()).toBe(200);
  });

  test('the sitemap lists the pages and their languages under the base', async ({ request, baseURL }) => {
    const index = await (await request.get('sitemap-index.xml')).text();
    const sitemaps = locs(index);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls: string[] = [];
    for (const sitemap of sitemaps) {
      expect(sitemap).toMatch(new RegExp(`^${baseURL}`));
      const xml = await (await request.get(sitemap)).text();
      expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${baseURL}${articleUrl('en')}"/>`);
      expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${baseURL}${articleUrl('zh')}"/>`);
      urls.push(...locs(xml));
    }
    for (const path of pages) expect(urls).toContain(`${baseURL}${path}`);
    for (const url of urls) expect(url, url).toMatch(new RegExp(`^${baseURL}`));
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`the ${lang} feed links its articles under the base`, async ({ request, baseURL }) => {
      const xml = await (await request.get(`${lang}/rss.xml`)).text();
      expect(xml).toContain(`<link>${baseURL}${lang}/</link>`);
      expect(xml).toContain(`<atom:link href="${baseURL}${lang}/rss.xml" rel="self"`);
      expect(xml).toContain(`<link>${baseURL}${articleUrl(lang)}</link>`);
      expect(xml).toMatch(/<pubDate>Fri, 22 Aug 2025 00:00:00 GMT<\/pubDate>/);
    });
  }
});

test('the toggle keeps the section under the base', async ({ page }) => {
  await page.goto(articleUrl('en', '#geographic-realities'));
  await page.locator('nav.toggle a[hreflang]').click();
  await expect(page).toHaveURL(new RegExp(`${BASE}${articleUrl('zh', '#geographic-realities')}$`));
});

test('a section link copies a URL with the base', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(articleUrl('zh'));
  await ready(page);
  await page.locator('#a-history-of-cooperation + .section-link').click();
  await expect(page.getByRole('status')).toHaveText('链接已复制到剪贴板');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(articleUrl('zh', '#a-history-of-cooperation'), baseURL).href,
  );
});

test('the share control shares the article’s URL with the base', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(articleUrl('en', '#geographic-realities'));
  await ready(page);
  await page.getByRole('link', { name: 'Share this article' }).click();
  await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(articleUrl('en'), baseURL).href);
});

test('the 404 page links into the base', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the articles in English' })).toHaveAttribute('href', `${BASE}en/`);
});

test('search loads its index from under the base and opens results there', async ({ page }) => {
  await page.goto('zh/search/?q=Washington');
  const result = page.locator('main ol:not([aria-busy]) li a');
  await expect(result).toHaveCount(1);
  await expect(result).toHaveAttribute('href', new RegExp(`^${BASE}zh/[^/]+/#a-history-of-cooperation-p3$`));
  await result.click();
  await expect(page.locator('#a-history-of-cooperation-p3')).toBeInViewport();
});

