import { describe, expect, it } from 'vitest';
import { articlePage, documentTitle, homePage, listPage } from '../../../src/meta/page-facts.ts';
import { pair, original } from './articles.ts';

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
