import { describe, expect, it } from 'vitest';
import { searchShards, shardPath } from '../../../src/search/shards.ts';

const pair = (slug: string) => ({ slug, locales: ['en', 'zh'] });
const original = (slug: string) => ({ slug, locales: ['en'] });

describe('searchShards', () => {
  it('returns one part for a site within the size', () => {
    expect(searchShards([pair('a'), original('b')], 3)).toEqual([[pair('a'), original('b')]]);
  });
  it('returns whole articles in each part, a part ending before the article that would take it over the size', () => {
    expect(searchShards([pair('a'), pair('b'), original('c'), pair('d')], 3)).toEqual([[pair('a')], [pair('b'), original('c')], [pair('d')]]);
  });
  it('returns an article larger than the size as a part of its own', () => {
    expect(searchShards([original('a'), pair('b')], 1)).toEqual([[original('a')], [pair('b')]]);
  });
  it('returns one empty part for a site without articles', () => {
    expect(searchShards([], 3)).toEqual([[]]);
  });
});

describe('shardPath', () => {
  it('returns the folder of a part of the index', () => {
    expect(shardPath(0)).toBe('/pagefind/0/');
  });
});
