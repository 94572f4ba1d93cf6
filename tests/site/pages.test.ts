import { describe, expect, it } from 'vitest';
import { elements, localeOfTag, pageKind, pageLocale, pagePath, siteFromHtml } from './pages.ts';

describe('pagePath', () => {
  it.each([
    ['/', 'index.html', '/'],
    ['/', 'en/a/index.html', '/en/a/'],
    ['/', '404.html', '/404.html'],
    ['/articles/', 'zh/index.html', '/articles/zh/'],
  ])('returns the URL path of a file (base %s, %s → %s)', (base, file, expected) => {
    expect(pagePath(base, file)).toBe(expected);
  });
});

describe('pageKind', () => {
  it.each([
    ['/', 'home'],
    ['/en/', 'list'],
    ['/zh/a/', 'article'],
    ['/zh/a/bilingual/', 'bilingual'],
    ['/zh/search/', 'search'],
    ['/404.html', 'not-found'],
    ['/fr/', 'other'],
  ])('returns the kind of %s: %s', (path, kind) => {
    expect(pageKind('/', path)).toBe(kind);
  });
  it('returns the kind under a base path', () => {
    expect(pageKind('/articles/', '/articles/en/a/')).toBe('article');
  });
});

describe('pageLocale and localeOfTag', () => {
  it('returns the language of a path, none for the home page', () => {
    expect(pageLocale('/articles/', '/articles/zh/a/')).toBe('zh');
    expect(pageLocale('/', '/')).toBeUndefined();
  });
  it('returns the language of a BCP 47 tag', () => {
    expect(localeOfTag('zh-CN')).toBe('zh');
    expect(localeOfTag('fr')).toBeUndefined();
  });
});

describe('elements', () => {
  it('returns every element with the nearest lang', () => {
    const { pages } = siteFromHtml({ pages: { 'index.html': '<html lang="en"><body><p>a <span lang="zh-CN">中</span></p></body></html>' } });
    const langs = [...elements(pages[0]!.tree)].map(({ node, lang }) => `${node.tagName}:${lang}`);
    expect(langs).toEqual(['html:en', 'head:en', 'body:en', 'p:en', 'span:zh-CN']);
  });
});
