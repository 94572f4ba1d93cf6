import { describe, expect, it } from 'vitest';
import { withAlternates } from '../../../src/meta/sitemap.ts';

const config = { site: 'https://example.org', base: '/articles/' };
const at = (path: string) => `https://example.org/articles${path}`;

describe('withAlternates', () => {
  it('returns an article’s languages and x-default, as in its head', () => {
    const item = { url: at('/zh/a/'), links: [{ lang: 'en', url: at('/en/a/') }, { lang: 'zh-CN', url: at('/zh/a/') }] };
    expect(withAlternates(config, item)).toEqual({
      url: at('/zh/a/'),
      links: [
        { lang: 'en', url: at('/en/a/') },
        { lang: 'zh-CN', url: at('/zh/a/') },
        { lang: 'x-default', url: at('/en/a/') },
      ],
    });
  });
  it('returns a language list without the home page the plugin files as English', () => {
    const links = [{ lang: 'en', url: at('/') }, { lang: 'en', url: at('/en/') }, { lang: 'zh-CN', url: at('/zh/') }];
    expect(withAlternates(config, { url: at('/en/'), links }).links).toEqual([
      { lang: 'en', url: at('/en/') },
      { lang: 'zh-CN', url: at('/zh/') },
      { lang: 'x-default', url: at('/') },
    ]);
  });
  it('returns the language lists and itself as x-default for the home page', () => {
    const links = [{ lang: 'en', url: at('/') }, { lang: 'en', url: at('/en/') }, { lang: 'zh-CN', url: at('/zh/') }];
    expect(withAlternates(config, { url: at('/'), links }).links).toEqual([
      { lang: 'en', url: at('/en/') },
      { lang: 'zh-CN', url: at('/zh/') },
      { lang: 'x-default', url: at('/') },
    ]);
  });
  it('returns no links for an entry the plugin gave none', () => {
    expect(withAlternates(config, { url: at('/x/') }).links).toEqual([]);
  });
});
