import { describe, expect, it } from 'vitest';
import { withAlternates } from '../../../src/meta/sitemap.ts';

const config = { site: 'https://example.org', base: '/articles/' };
const at = (path: string) => `https://example.org/articles${path}`;
/** What the sitemap lists: the home page, two language lists, an article in both languages, one only in English. */
const listed = new Set(['/', '/en/', '/zh/', '/en/a/', '/zh/a/', '/en/b/'].map(at));

describe('withAlternates', () => {
  it('returns an article’s languages and x-default, as in its head', () => {
    expect(withAlternates(config, { url: at('/zh/a/') }, listed)).toEqual({
      url: at('/zh/a/'),
      links: [
        { lang: 'en', url: at('/en/a/') },
        { lang: 'zh-CN', url: at('/zh/a/') },
        { lang: 'x-default', url: at('/en/a/') },
      ],
    });
  });
  it('links only the languages the sitemap lists', () => {
    expect(withAlternates(config, { url: at('/en/b/') }, listed).links).toEqual([
      { lang: 'en', url: at('/en/b/') },
      { lang: 'x-default', url: at('/en/b/') },
    ]);
  });
  it('returns a language list with the other lists, and the home page as x-default', () => {
    expect(withAlternates(config, { url: at('/en/') }, listed).links).toEqual([
      { lang: 'en', url: at('/en/') },
      { lang: 'zh-CN', url: at('/zh/') },
      { lang: 'x-default', url: at('/') },
    ]);
  });
  it('returns the language lists and itself as x-default for the home page', () => {
    expect(withAlternates(config, { url: at('/') }, listed).links).toEqual([
      { lang: 'en', url: at('/en/') },
      { lang: 'zh-CN', url: at('/zh/') },
      { lang: 'x-default', url: at('/') },
    ]);
  });
  it('returns no links for a page in no language that the lists do not repeat', () => {
    expect(withAlternates(config, { url: at('/x/') }, listed).links).toEqual([]);
  });
});
