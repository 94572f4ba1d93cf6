import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articlePath,
  cardPath,
  feedPath,
  glossaryPath,
  indexPath,
  localeFromPath,
  searchPath,
  stripBase,
  withBase,
} from '../../../src/i18n/urls.ts';

describe('withBase', () => {
  it.each([
    ['/', '/en/', '/en/'],
    ['/', '/', '/'],
    ['/articles/', '/en/', '/articles/en/'],
    ['/articles', '/en/x/', '/articles/en/x/'],
    ['/articles/', '/', '/articles/'],
    ['/a/b/', '/sitemap-index.xml', '/a/b/sitemap-index.xml'],
  ])('returns base %s + %s as %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('stripBase', () => {
  it('returns the path itself at the root base', () => {
    expect(stripBase('/', '/zh/x/')).toBe('/zh/x/');
  });
  it('returns the path inside a sub-path base', () => {
    expect(stripBase('/articles/', '/articles/zh/x/')).toBe('/zh/x/');
    expect(stripBase('/articles/', '/articles')).toBe('/');
  });
  it('returns undefined outside the base', () => {
    expect(stripBase('/articles/', '/articlesx/zh/')).toBeUndefined();
    expect(stripBase('/articles/', '/zh/')).toBeUndefined();
  });
});

describe('article and index paths', () => {
  it('returns language-prefixed paths with a trailing slash', () => {
    expect(indexPath('zh')).toBe('/zh/');
    expect(articlePath('en', 'my-article')).toBe('/en/my-article/');
  });
});

describe('glossaryPath', () => {
  it('is the folder of one spelling under the glossary’s version, at the site’s root', () => {
    expect(glossaryPath('3f2a9c01b7de', 'simplified')).toBe('/glossary/3f2a9c01b7de/simplified/');
    expect(glossaryPath('3f2a9c01b7de', 'traditional')).toBe('/glossary/3f2a9c01b7de/traditional/');
  });
});

describe('cardPath', () => {
  it('returns the image beside an article', () => {
    expect(cardPath('zh', 'my-article')).toBe('/zh/my-article/card.png');
  });
  it('returns the image beside a language list without a slug', () => {
    expect(cardPath('en')).toBe('/en/card.png');
  });
});

describe('feedPath', () => {
  it('returns the feed beside a language list', () => {
    expect(feedPath('zh')).toBe('/zh/rss.xml');
  });
});

describe('searchPath', () => {
  it('returns the search page beside a language list', () => {
    expect(searchPath('zh')).toBe('/zh/search/');
  });
});

describe('localeFromPath', () => {
  it.each([
    ['/en/', 'en'],
    ['/zh/my-article/', 'zh'],
    ['zh', 'zh'],
    ['/', undefined],
    ['/fr/x/', undefined],
    ['/english/', undefined],
  ])('returns the language of %s', (path, expected) => {
    expect(localeFromPath(path)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it('returns the URL with the site and base', () => {
    expect(absoluteUrl('https://example.org', '/', '/en/x/')).toBe('https://example.org/en/x/');
    expect(absoluteUrl('https://example.org/', '/articles/', '/zh/x/')).toBe('https://example.org/articles/zh/x/');
  });
  it('ignores a path on the site URL: the base alone sets the sub-path', () => {
    expect(absoluteUrl(new URL('https://example.org/other/'), '/articles/', '/en/')).toBe(
      'https://example.org/articles/en/',
    );
  });
});
