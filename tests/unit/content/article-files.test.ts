import { afterAll, describe, expect, it } from 'vitest';
import { parseArticlePath, untranslatedPaths } from '../../../src/content/article-files.ts';
import { contentFixture, removeTemporaryFolders } from '../../helpers.ts';

afterAll(removeTemporaryFolders);

describe('parseArticlePath', () => {
  it('returns the slug and language of an article file', () => {
    expect(parseArticlePath('content/articles/my-article/zh.md')).toEqual({ slug: 'my-article', locale: 'zh' });
    expect(parseArticlePath('my-article/en.md')).toEqual({ slug: 'my-article', locale: 'en' });
  });
  it('throws, naming the file and the languages, for an unknown language', () => {
    expect(() => parseArticlePath('content/articles/a/fr.md')).toThrow(
      'content/articles/a/fr.md: “fr” is not a language of this site. Name the file after one of: en.md, zh.md, zh-hant.md.',
    );
  });
  it('throws for a file outside an article folder', () => {
    expect(() => parseArticlePath('en.md')).toThrow(/expected content\/articles\/<slug>\/<language>\.md/);
  });
});

describe('untranslatedPaths', () => {
  it('returns the other-language paths of articles without their translation', () => {
    const dir = contentFixture({ both: { 'en.md': '', 'zh.md': '' }, alone: { 'en.md': '' }, orphan: { 'zh.md': '' } });
    expect(untranslatedPaths(dir)).toEqual(['/zh/alone/', '/zh-hant/alone/']);
  });
});
