import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, ArticleVersion } from '../../../src/site/article.ts';
import { KeptArticles } from '../../../src/site/kept-articles.ts';

const en: ArticleVersion = {
  locale: 'en',
  title: 'A Story',
  description: 'What it is about.',
  published: new Date('2025-08-22'),
  source: { url: 'https://news.example/story/', publisher: 'News Example' },
  file: 'content/articles/story/en.md',
  blocks: [{ id: 'intro-p1', tag: 'p', attributes: '', html: '<span data-s>One.</span>', text: 'One.', links: [], ids: [] }],
  minutes: 1,
  stale: false,
};
const article: Article = { slug: 'story', key: 'story-key', versions: { en }, original: en };

describe('KeptArticles', () => {
  it('returns an article kept by an earlier build as it was, its date a date and its original one of its versions', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kept-')), 'articles');
    new KeptArticles(dir).set('digests', { article, warnings: ['a warning'] });
    const kept = new KeptArticles(dir).get('digests')!;
    expect(kept).toEqual({ article, warnings: ['a warning'] });
    expect(kept.article.original).toBe(kept.article.versions.en);
    expect(kept.article.original.published).toBeInstanceOf(Date);
  });

  it('returns nothing for another key, or for a file that does not read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kept-'));
    const kept = new KeptArticles(dir);
    kept.set('digests', { article, warnings: [] });
    expect(kept.get('other digests')).toBeUndefined();
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"article":');
    expect(new KeptArticles(dir).get('digests')).toBeUndefined();
  });

  it('removes, when pruned, the articles no one asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kept-'));
    const first = new KeptArticles(dir);
    first.set('a', { article, warnings: [] });
    first.set('b', { article, warnings: [] });
    const second = new KeptArticles(dir);
    expect(second.get('a')).toBeDefined();
    second.prune();
    expect(readdirSync(dir)).toHaveLength(1);
    expect(new KeptArticles(dir).get('a')).toBeDefined();
  });
});
