import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBudget, firstView } from '../site/budget.ts';
import { checkCsp } from '../site/csp.ts';
import { checkHeaders, headersFor, parseHeaders } from '../site/headers.ts';
import { checkLanguage } from '../site/language.ts';
import { checkLinks } from '../site/links.ts';
import { pageKind, siteFromHtml, type Site, type SitePage } from '../site/pages.ts';
import { validateHtml } from '../site/validator.ts';
import { dist, site } from './dist.ts';

const { base } = site;
const articles = site.pages.filter((p) => ['article', 'bilingual'].includes(pageKind(base, p.path)));
const articleEn = articles.find((p) => p.path.startsWith(`${base}en/`))!;

/** A copy of the site with one page's HTML changed, as a planted fault. */
function withPage(page: SitePage, change: (html: string) => string): { site: Site; page: SitePage } {
  const html = change(page.html);
  expect(html, 'the planted change applies').not.toBe(page.html);
  const pages = Object.fromEntries(site.pages.map((p) => [p.file, p === page ? html : p.html]));
  const copy = siteFromHtml({ base, origin: site.origin, pages, files: [...site.files] });
  return { site: copy, page: copy.pages.find((p) => p.file === page.file)! };
}

describe('the built site', () => {
  it('has every page kind: home, lists, search, articles, 404', () => {
    expect(new Set(site.pages.map((p) => pageKind(base, p.path)))).toEqual(
      new Set(['home', 'list', 'search', 'article', 'not-found', ...(articles.some((p) => pageKind(base, p.path) === 'bilingual') ? ['bilingual'] : [])]),
    );
  });

  describe('links', () => {
    it('returns no broken link or fragment, and no link that leaves its language unmarked', () => {
      expect(checkLinks(site)).toEqual([]);
    });
    it('returns a planted broken fragment, an encoded Chinese one included', () => {
      const broken = withPage(articleEn, (h) => h.replace('</main>', '<a href="#nowhere">x</a><a href="#%E6%97%A0">y</a></main>'));
      expect(checkLinks(broken.site)).toEqual([
        `${articleEn.path}: <a href="#nowhere">: no id “nowhere” on ${articleEn.path}`,
        `${articleEn.path}: <a href="#%E6%97%A0">: no id “无” on ${articleEn.path}`,
      ]);
    });
    it('returns a planted link to the other language without hreflang', () => {
      const other = articleEn.path.replace(`${base}en/`, `${base}zh/`);
      const broken = withPage(articleEn, (h) => h.replace('</main>', `<a href="${other}">x</a></main>`));
      expect(checkLinks(broken.site)).toEqual([`${articleEn.path}: <a href="${other}">: leaves the page's language for zh-CN without hreflang`]);
    });
  });

  describe('language', () => {
    it.each(site.pages.map((p) => [p.path, p] as const))('returns no problem on %s', (_, page) => {
      expect(checkLanguage(site, page)).toEqual([]);
    });
    it('returns a planted Chinese phrase without its lang', () => {
      const broken = withPage(articleEn, (h) => h.replace('</main>', '<p>中文</p></main>'));
      expect(checkLanguage(broken.site, broken.page)).toEqual([`${articleEn.path}: zh-CN text “中文” in <p> marked “en”`]);
    });
  });

  describe('Content Security Policy', () => {
    it.each(site.pages.map((p) => [p.path, p] as const))('returns no problem on %s', (_, page) => {
      expect(checkCsp(page)).toEqual([]);
    });
    it("returns a planted 'unsafe-inline' for scripts", () => {
      const broken = withPage(articleEn, (h) => h.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"));
      expect(checkCsp(broken.page)).toEqual([`${articleEn.path}: script-src allows 'unsafe-inline'`]);
    });
    it('returns nothing for public/_headers', async () => {
      expect(checkHeaders(await readFile(join(dist, '_headers'), 'utf8'))).toEqual([]);
    });
    it('caches the glossary’s parts for a year, named as they are by the dictionary, and not the learner’s layers', async () => {
      const rules = parseHeaders(await readFile(join(dist, '_headers'), 'utf8'));
      const learn = `${site.pages.find((p) => p.path.startsWith('/zh/') && pageKind('/', p.path) === 'article')!.path}learn.json`;
      const layer = JSON.parse(await readFile(join(dist, learn), 'utf8')) as { glossary: string };
      expect(headersFor(rules, `${layer.glossary}0.json`)['Cache-Control']).toBe('public, max-age=31536000, immutable');
      expect(headersFor(rules, learn)['Cache-Control']).toBeUndefined();
    });
  });

  describe('page weight', () => {
    it.each(articles.map((p) => [p.path, p] as const))('returns no problem for the first view of %s', async (_, page) => {
      expect(checkBudget(page, await firstView(dist, base, page))).toEqual([]);
    });
    it('returns a planted page over budget', async () => {
      // Text that does not compress: 500 SHA-256 digests, 22 KB.
      const text = Array.from({ length: 500 }, (_, i) => createHash('sha256').update(String(i)).digest('base64')).join(' ');
      const broken = withPage(articleEn, (h) => h.replace('</main>', `<p>${text}</p></main>`));
      expect(checkBudget(broken.page, await firstView(dist, base, broken.page))).toEqual([
        expect.stringMatching(/KB gzip of HTML, CSS and JS in the first view, over 14\.0 KB$/),
      ]);
    });
    it('returns a planted web font, an icon file and a render-blocking script', async () => {
      const broken = withPage(articleEn, (h) =>
        h
          .replace(/<link rel="icon"[^>]*>/, '<link rel="icon" href="/favicon.ico">')
          .replace('</head>', '<style>@font-face{font-family:x;src:url(/x.woff2)}</style><script src="/x.js"></script></head>'),
      );
      expect(checkBudget(broken.page, await firstView(dist, base, broken.page))).toEqual([
        `${articleEn.path}: 4 requests in the first view, over 1`,
        `${articleEn.path}: a web font`,
        `${articleEn.path}: a favicon that costs a request (the browser asks for /favicon.ico unless a data: icon is linked)`,
        `${articleEn.path}: a script that blocks rendering: /x.js`,
      ]);
    });
  });

  describe('HTML validity', () => {
    // One Java run checks every page and a planted invalid copy of one.
    let errors: string[];
    let planted: string;
    beforeAll(async () => {
      const tmp = await mkdtemp(join(tmpdir(), 'vnu-'));
      planted = join(tmp, 'planted.html');
      await writeFile(planted, articleEn.html.replace('</main>', '<p><div id="main">x</div></p></main>'));
      errors = await validateHtml([...site.pages.map((p) => join(dist, p.file)), planted]);
      await rm(tmp, { recursive: true });
    });
    it('returns no error from the Nu Html Checker on any page', () => {
      expect(errors.filter((e) => !e.startsWith(planted))).toEqual([]);
    });
    it('returns the errors of a planted invalid copy', () => {
      expect(errors.filter((e) => e.startsWith(planted)).map((e) => e.replace(/^.*?:\d+: /, ''))).toEqual([
        'Duplicate ID “main”.',
        'No “p” element in scope but a “p” end tag seen.',
      ]);
    });
  });
});
