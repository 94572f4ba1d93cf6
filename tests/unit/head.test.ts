import { describe, expect, it } from 'vitest';
import { alternates } from '../../src/lib/head.ts';

const config = { site: 'https://example.org', base: '/articles/' };

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
  it('returns a given x-default target', () => {
    expect(alternates(config, { en: '/en/', zh: '/zh/' }, '/').at(-1)).toEqual({
      hreflang: 'x-default',
      href: 'https://example.org/articles/',
    });
  });
});
