import type { ArticleFacts } from '../../../src/meta/page-facts.ts';

/** A site under a sub-path, so that every URL has to carry both. */
export const config = { site: 'https://example.org', base: '/articles/' };
export const source = { url: 'https://news.example/2025/08/22/story/', publisher: 'News Example' };
/** An article and its translation. */
export const pair: ArticleFacts = {
  slug: 'story',
  versions: {
    en: { title: 'A Story', description: 'What it is about.', published: new Date('2025-08-22'), source },
    zh: { title: '一个故事', description: '它讲什么。', published: new Date('2025-08-22'), source },
  },
};
/** The same article, not translated yet. */
export const original: ArticleFacts = { slug: 'story', versions: { en: pair.versions.en! } };
