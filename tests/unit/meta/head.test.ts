import { describe, expect, it } from 'vitest';
import { alternates, xDefaultPath } from '../../../src/meta/head.ts';

const config = { site: 'https://example.org', base: '/articles/' };

describe('xDefaultPath', () => {
  it('returns the original language version of an article', () => {
    expect(xDefaultPath({ en: '/en/a/', zh: '/zh/a/' })).toBe('/en/a/');
  });
  it('returns the home page for the language lists', () => {
    expect(xDefaultPath({ en: '/en/', zh: '/zh/' })).toBe('/');
  });
  it('returns undefined for a page without an original language version', () => {
    expect(xDefaultPath({ zh: '/zh/a/' })).toBeUndefined();
  });
});

describe('alternates', () => {
  it('returns one link per language plus x-default on the original', () => {
    expect(alternates(config, { en: '/en/a/', zh: '/zh/a/' })).toEqual([
      { hreflang: 'en', href: 'https://example.org/articles/en/a/' },
      { hreflang: 'zh-CN', href: 'https://example.org/articles/zh/a/' },
      { hreflang: 'x-default', href: 'https://example.org/articles/en/a/' },
    ]);
  });
  it('returns only the languages the page exists in', () => {
    expect(alternates(config, { en: '/en/a/' }).map((a) => a.hreflang)).toEqual(['en', 'x-default']);
  });
  it('returns the home page as x-default of the language lists', () => {
    expect(alternates(config, { en: '/en/', zh: '/zh/' }).at(-1)).toEqual({
      hreflang: 'x-default',
      href: 'https://example.org/articles/',
    });
  });
});
