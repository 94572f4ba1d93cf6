import { describe, expect, it } from 'vitest';
import { articlePage, homePage, listPage } from '../../../src/meta/page-facts.ts';
import { feedLinks, socialTags } from '../../../src/meta/social.ts';
import { config, pair, original } from './articles.ts';

describe('socialTags', () => {
  it('returns the exact Open Graph and Twitter tags of a translation', () => {
    expect(socialTags(config, articlePage(pair, 'zh'))).toEqual([
      { property: 'og:type', content: 'article' },
      { property: 'og:title', content: '一个故事' },
      { property: 'og:description', content: '它讲什么。' },
      { property: 'og:url', content: 'https://example.org/articles/zh/story/' },
      { property: 'og:site_name', content: '双语文章' },
      { property: 'og:locale', content: 'zh_CN' },
      { property: 'og:locale:alternate', content: 'en_US' },
      { property: 'article:published_time', content: '2025-08-22' },
      { property: 'og:image', content: 'https://example.org/articles/zh/story/card.png' },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: '1200' },
      { property: 'og:image:height', content: '630' },
      { property: 'og:image:alt', content: '一个故事 · 来源：News Example · 双语文章' },
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:title', content: '一个故事' },
      { name: 'twitter:description', content: '它讲什么。' },
      { name: 'twitter:image', content: 'https://example.org/articles/zh/story/card.png' },
      { name: 'twitter:image:alt', content: '一个故事 · 来源：News Example · 双语文章' },
    ]);
  });
  it('returns og:type website and no publication date for a list', () => {
    const tags = socialTags(config, listPage('en'));
    expect(tags).toContainEqual({ property: 'og:type', content: 'website' });
    expect(tags).toContainEqual({ property: 'og:url', content: 'https://example.org/articles/en/' });
    expect(tags).toContainEqual({ property: 'og:image', content: 'https://example.org/articles/en/card.png' });
    expect(tags.some((t) => 'property' in t && t.property === 'article:published_time')).toBe(false);
  });
  it('returns no og:locale:alternate for an article without a translation', () => {
    const tags = socialTags(config, articlePage(original, 'en'));
    expect(tags.filter((t) => 'property' in t && t.property.startsWith('og:locale'))).toEqual([
      { property: 'og:locale', content: 'en_US' },
    ]);
  });
  it('returns the root URL, with the base, for the home page', () => {
    expect(socialTags(config, homePage())).toContainEqual({ property: 'og:url', content: 'https://example.org/articles/' });
  });
  it('returns no tags for a page that is not indexed', () => {
    expect(socialTags(config, { ...listPage('en'), path: undefined })).toEqual([]);
  });
  it('returns a plain summary card without an image', () => {
    expect(socialTags(config, { ...listPage('en'), image: undefined })).toContainEqual({
      name: 'twitter:card',
      content: 'summary',
    });
  });
});

describe('feedLinks', () => {
  it('returns the feed of the page’s language', () => {
    expect(feedLinks(config, listPage('zh'))).toEqual([{ href: 'https://example.org/articles/zh/rss.xml', title: '双语文章（简体中文）' }]);
  });
  it('returns every language’s feed for the home page', () => {
    expect(feedLinks(config, homePage()).map((f) => f.href)).toEqual([
      'https://example.org/articles/en/rss.xml',
      'https://example.org/articles/zh/rss.xml',
      'https://example.org/articles/zh-hant/rss.xml',
    ]);
  });
});
