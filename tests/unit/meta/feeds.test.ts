import { describe, expect, it } from 'vitest';
import { feed, robotsTxt } from '../../../src/meta/feeds.ts';
import type { ArticleFacts } from '../../../src/meta/page-facts.ts';

const config = { site: 'https://example.org', base: '/articles/' };
const source = { url: 'https://news.example/story/', publisher: 'News Example' };
const articles: ArticleFacts[] = [
  {
    slug: 'newer',
    versions: {
      en: { title: 'Newer', description: 'The newer one.', published: new Date('2025-09-01'), source },
      zh: { title: '较新', description: '较新的一篇。', published: new Date('2025-09-01'), source },
    },
  },
  {
    slug: 'untranslated',
    versions: { en: { title: 'Older', description: 'Not translated.', published: new Date('2025-08-01'), source } },
  },
];

describe('feed', () => {
  it('returns the channel of a language with its own URL and language', () => {
    const zh = feed(config, 'zh', articles);
    expect(zh).toMatchObject({
      title: '双语文章（简体中文）',
      description: '英文文章及其简体中文译文。',
      site: 'https://example.org/articles/zh/',
      xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    });
    expect(zh.customData).toBe(
      '<language>zh-CN</language>' +
        '<atom:link href="https://example.org/articles/zh/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });
  it('returns the articles in that language, in order, with absolute links, dates and descriptions', () => {
    expect(feed(config, 'en', articles).items).toEqual([
      { title: 'Newer', description: 'The newer one.', pubDate: new Date('2025-09-01'), link: 'https://example.org/articles/en/newer/' },
      { title: 'Older', description: 'Not translated.', pubDate: new Date('2025-08-01'), link: 'https://example.org/articles/en/untranslated/' },
    ]);
  });
  it('returns no item for an article not in that language', () => {
    expect(feed(config, 'zh', articles).items).toHaveLength(1);
  });
});

describe('robotsTxt', () => {
  it('returns a robots.txt that allows everything and points at the sitemap, with the base', () => {
    expect(robotsTxt(config)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/articles/sitemap-index.xml\n');
  });
  it('returns the sitemap at the root for a site without a base', () => {
    expect(robotsTxt({ site: 'https://example.org', base: '/' })).toContain('Sitemap: https://example.org/sitemap-index.xml\n');
  });
});
