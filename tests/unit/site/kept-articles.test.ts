import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, ArticleVersion } from '../../../src/site/article.ts';
import { blocksDigest, KeptArticles } from '../../../src/site/kept-articles.ts';

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
/** As it is kept: each version with the digest of its blocks. */
const keptEn = { ...en, blocksDigest: blocksDigest(en.blocks) };
const asKept: Article = { ...article, versions: { en: keptEn }, original: keptEn };

describe('KeptArticles', () => {
  it('returns an article kept by an earlier build as it was, its date a date and its original one of its versions', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kept-')), 'articles');
    new KeptArticles(dir).set('digests', { article, warnings: ['a warning'] });
    const kept = new KeptArticles(dir).get('digests')!;
    expect(kept).toEqual({ article: asKept, warnings: ['a warning'] });
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
    // The article and its blocks.
    expect(readdirSync(dir)).toHaveLength(2);
    expect(new KeptArticles(dir).get('a')).toBeDefined();
  });

  it('returns from set the article as get does, its blocks read back from their file when asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kept-'));
    const kept = new KeptArticles(dir).set('digests', { article, warnings: [] });
    const blocks = readdirSync(dir).find((name) => name.endsWith('.blocks.json'))!;
    writeFileSync(join(dir, blocks), JSON.stringify({ en: [{ ...en.blocks[0], text: 'Read back.' }] }));
    expect(kept.article.original.blocks[0]!.text).toBe('Read back.');
    expect(new KeptArticles(dir).set('other digests', { article, warnings: [] }).article).toEqual(asKept);
  });

  it("names the file and what to do when an article's blocks are gone during a build", () => {
    const dir = mkdtempSync(join(tmpdir(), 'kept-'));
    const kept = new KeptArticles(dir).set('digests', { article, warnings: [] });
    const blocks = readdirSync(dir).find((name) => name.endsWith('.blocks.json'))!;
    rmSync(join(dir, blocks));
    expect(() => kept.article.original.blocks).toThrow(`${join(dir, blocks)}: a paired article's blocks are missing from the cache folder, removed during the build. Build again.`);
    expect(new KeptArticles(dir).get('digests')).toBeUndefined();
  });
});
