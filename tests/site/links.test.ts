import { describe, expect, it } from 'vitest';
import { checkLinks } from './links.ts';
import { siteFromHtml } from './pages.ts';

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head></head><body>${body}</body></html>`;
const site = (enBody: string, base = '/') =>
  siteFromHtml({
    base,
    pages: {
      'en/a/index.html': page('en', enBody),
      'zh/a/index.html': page('zh-CN', '<h2 id="历史">历史</h2>'),
    },
    files: ['sitemap-index.xml'],
  });

describe('checkLinks', () => {
  it('returns nothing for links, fragments and files that exist, and links to other sites', () => {
    expect(
      checkLinks(
        site(
          '<h2 id="x">X</h2><a href="#x">x</a><a href="/zh/a/#%E5%8E%86%E5%8F%B2" hreflang="zh-CN">中</a>' +
            '<a href="https://example.org/sitemap-index.xml">map</a><a href="https://other.example/#nope">out</a><a href="#">top</a>',
        ),
      ),
    ).toEqual([]);
  });
  it('returns a link to a page the site does not have', () => {
    expect(checkLinks(site('<a href="/en/b/">b</a>'))).toEqual(['/en/a/: <a href="/en/b/">: no such page or file']);
  });
  it('returns a fragment that names no element, encoded or not', () => {
    expect(checkLinks(site('<a href="#y">y</a><a href="/zh/a/#%E6%97%A0" hreflang="zh-CN">z</a>'))).toEqual([
      '/en/a/: <a href="#y">: no id “y” on /en/a/',
      '/en/a/: <a href="/zh/a/#%E6%97%A0">: no id “无” on /zh/a/',
    ]);
  });
  it('returns a link outside the base path', () => {
    expect(checkLinks(site('<a href="/en/a/">a</a>', '/articles/'))).toEqual(['/articles/en/a/: <a href="/en/a/">: outside the base path']);
  });
  it('returns a link to the other language without hreflang, or with the wrong one', () => {
    expect(checkLinks(site('<a href="/zh/a/">中</a><a href="/zh/a/" hreflang="en">中</a>'))).toEqual([
      `/en/a/: <a href="/zh/a/">: leaves the page's language for zh-CN without hreflang`,
      '/en/a/: <a href="/zh/a/">: hreflang="en" on a link to a zh-CN page',
    ]);
  });
});
