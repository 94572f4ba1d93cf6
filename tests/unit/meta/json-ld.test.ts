import { describe, expect, it } from 'vitest';
import { articleJsonLd, jsonLdHtml } from '../../../src/meta/json-ld.ts';
import { articlePage, type ArticleFacts } from '../../../src/meta/page-facts.ts';
import { socialTags } from '../../../src/meta/social.ts';
import { config, pair, original } from './articles.ts';

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
