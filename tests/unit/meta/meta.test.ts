import { describe, expect, it } from 'vitest';
import { articlePage, documentTitle, homePage, listPage, type ArticleFacts } from '../../../src/meta/page-facts.ts';
import { articleJsonLd, jsonLdHtml } from '../../../src/meta/json-ld.ts';
import { feedLinks, socialTags } from '../../../src/meta/social.ts';

/** A site under a sub-path, so that every URL has to carry both. */
const config = { site: 'https://example.org', base: '/articles/' };
const source = { url: 'https://news.example/2025/08/22/story/', publisher: 'News Example' };
const pair: ArticleFacts = {
  slug: 'story',
  versions: {
    en: { title: 'A Story', description: 'What it is about.', published: new Date('2025-08-22'), source },
    zh: { title: '一个故事', description: '它讲什么。', published: new Date('2025-08-22'), source },
  },
};
const original: ArticleFacts = { slug: 'story', versions: { en: pair.versions.en! } };

describe('articlePage', () => {
  it('returns the version’s title and description, its paths and its preview image', () => {
    expect(articlePage(pair, 'zh')).toEqual({
      locale: 'zh',
      title: '一个故事',
      description: '它讲什么。',
      path: '/zh/story/',
      paths: { en: '/en/story/', zh: '/zh/story/' },
      image: { path: '/zh/story/card.png', alt: '一个故事 · 来源：News Example · 双语文章' },
      article: pair,
    });
  });
  it('returns only the languages the article has', () => {
    expect(articlePage(original, 'en').paths).toEqual({ en: '/en/story/' });
  });
});

describe('listPage', () => {
  it('returns the list of a language with the lists of every language as alternates', () => {
    expect(listPage('en')).toEqual({
      locale: 'en',
      title: 'Bilingual Articles',
      description: 'Articles in English with their Chinese translations, in Simplified and Traditional characters.',
      path: '/en/',
      paths: { en: '/en/', zh: '/zh/', 'zh-hant': '/zh-hant/' },
      image: {
        path: '/en/card.png',
        alt: 'Articles in English with their Chinese translations, in Simplified and Traditional characters. · English · 简体中文 · 繁體中文 · Bilingual Articles',
      },
    });
  });
});

describe('homePage', () => {
  it('returns the root path, a title in every language and every language’s feed', () => {
    const home = homePage();
    expect(home).toMatchObject({ path: '/', title: 'Bilingual Articles · 双语文章 · 雙語文章', feeds: ['en', 'zh', 'zh-hant'] });
    expect(home.paths).toEqual({ en: '/en/', zh: '/zh/', 'zh-hant': '/zh-hant/' });
  });
});

describe('documentTitle', () => {
  it('returns the page title followed by the site name in the page language', () => {
    expect(documentTitle(articlePage(pair, 'zh'))).toBe('一个故事 · 双语文章');
  });
  it('returns a title that names the site as it is', () => {
    expect(documentTitle(listPage('en'))).toBe('Bilingual Articles');
    expect(documentTitle(homePage())).toBe('Bilingual Articles · 双语文章 · 雙語文章');
  });
});

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

describe('articleJsonLd', () => {
  it('returns the original with its translation', () => {
    expect(articleJsonLd(config, pair, 'en')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      '@id': 'https://example.org/articles/en/story/',
      url: 'https://example.org/articles/en/story/',
      headline: 'A Story',
      description: 'What it is about.',
      inLanguage: 'en',
      datePublished: '2025-08-22',
      image: 'https://example.org/articles/en/story/card.png',
      isBasedOn: 'https://news.example/2025/08/22/story/',
      publisher: { '@type': 'Organization', name: 'News Example' },
      workTranslation: [
        {
          '@type': 'Article',
          '@id': 'https://example.org/articles/zh/story/',
          url: 'https://example.org/articles/zh/story/',
          headline: '一个故事',
          inLanguage: 'zh-CN',
        },
      ],
    });
  });
  it('returns the translation with its original', () => {
    const ld = articleJsonLd(config, pair, 'zh');
    expect(ld).toMatchObject({
      '@id': 'https://example.org/articles/zh/story/',
      headline: '一个故事',
      description: '它讲什么。',
      inLanguage: 'zh-CN',
      isBasedOn: 'https://news.example/2025/08/22/story/',
      publisher: { '@type': 'Organization', name: 'News Example' },
      translationOfWork: {
        '@type': 'Article',
        '@id': 'https://example.org/articles/en/story/',
        url: 'https://example.org/articles/en/story/',
        headline: 'A Story',
        inLanguage: 'en',
      },
    });
    expect(ld).not.toHaveProperty('workTranslation');
  });
  it('returns an original without translations without workTranslation', () => {
    expect(articleJsonLd(config, original, 'en')).not.toHaveProperty('workTranslation');
  });
  describe('with the Traditional Chinese edition', () => {
    const three: ArticleFacts = {
      ...pair,
      versions: { ...pair.versions, 'zh-hant': { ...pair.versions.zh!, title: '一個故事', description: '它講什麼。' } },
    };
    const ref = (lang: string, headline: string, inLanguage: string) => {
      const url = `https://example.org/articles/${lang}/story/`;
      return { '@type': 'Article', '@id': url, url, headline, inLanguage };
    };
    it('returns the Traditional translation with its original, and the Simplified one as the work it is an edition of', () => {
      expect(articleJsonLd(config, three, 'zh-hant')).toMatchObject({
        inLanguage: 'zh-Hant',
        headline: '一個故事',
        translationOfWork: ref('en', 'A Story', 'en'),
        exampleOfWork: ref('zh', '一个故事', 'zh-CN'),
      });
    });
    it('returns the Simplified translation with the Traditional edition as its example', () => {
      expect(articleJsonLd(config, three, 'zh')).toMatchObject({ workExample: [ref('zh-hant', '一個故事', 'zh-Hant')] });
    });
    it('returns the original with both translations', () => {
      expect(articleJsonLd(config, three, 'en')['workTranslation']).toEqual([
        ref('zh', '一个故事', 'zh-CN'),
        ref('zh-hant', '一個故事', 'zh-Hant'),
      ]);
    });
    it('returns Open Graph locales for all three', () => {
      const tags = socialTags(config, articlePage(three, 'zh-hant'));
      expect(tags.filter((t) => 'property' in t && t.property.startsWith('og:locale'))).toEqual([
        { property: 'og:locale', content: 'zh_TW' },
        { property: 'og:locale:alternate', content: 'en_US' },
        { property: 'og:locale:alternate', content: 'zh_CN' },
      ]);
    });
  });
});

describe('jsonLdHtml', () => {
  it('returns JSON that reads back the same', () => {
    const data = articleJsonLd(config, pair, 'zh');
    expect(JSON.parse(jsonLdHtml(data))).toEqual(data);
  });
  it('returns no “<”, so that no text can end the script element', () => {
    const html = jsonLdHtml({ headline: 'Why </script><script>alert(1)</script> <!-- matters' });
    expect(html).not.toContain('<');
    expect(JSON.parse(html)).toEqual({ headline: 'Why </script><script>alert(1)</script> <!-- matters' });
  });
});
