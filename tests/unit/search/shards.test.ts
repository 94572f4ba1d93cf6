import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchShards, shardKey, shardPath } from '../../../src/search/shards.ts';

const pair = (slug: string) => ({ slug, locales: ['en', 'zh', 'zh-hant'] });
const original = (slug: string) => ({ slug, locales: ['en'] });
const slugs = (shards: { slug: string }[][]) => shards.map((shard) => shard.map((a) => a.slug));
const articles = (n: number) => Array.from({ length: n }, (_, i) => pair(`article-${String(i).padStart(4, '0')}`));

describe('searchShards', () => {
  it('returns one part, by slug, for a site within the size', () => {
    expect(searchShards([pair('b'), original('a')], 4)).toEqual([[original('a'), pair('b')]]);
  });
  it('returns one empty part for a site without articles', () => {
    expect(searchShards([], 3)).toEqual([[]]);
  });
  it('leaves out the parts that no article falls into', () => {
    const shards = searchShards([pair('a'), pair('b')], 1);
    expect(slugs(shards).flat().sort()).toEqual(['a', 'b']);
    expect(shards.every((shard) => shard.length)).toBe(true);
  });
  it('returns as many parts as the pages need at the size, each article once, whole, by slug in its part', () => {
    const site = articles(100);
    const shards = searchShards(site, 60);
    expect(shards).toHaveLength(5);
    expect(shards.flat().map((a) => a.slug).sort()).toEqual(site.map((a) => a.slug));
    for (const shard of slugs(shards)) expect(shard).toEqual([...shard].sort());
  });
  it('returns parts near the size: 1,000 pairs at 600 pages, none over 700', () => {
    const sizes = searchShards(articles(1000), 600).map((shard) => shard.length * 3);
    expect(sizes).toHaveLength(5);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(700);
  });
  it('returns the same parts whatever the order of the folders', () => {
    const site = articles(50);
    expect(searchShards([...site].reverse(), 30)).toEqual(searchShards(site, 30));
  });
  it('keeps every other article in its part when one is added or removed and the number of parts stays', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 2, maxLength: 60 }), (names) => {
        const site = names.map(pair);
        const fewer = site.slice(1);
        const before = searchShards(site, 30);
        const after = searchShards(fewer, 30);
        fc.pre(before.length === after.length);
        expect(slugs(after)).toEqual(slugs(before).map((shard) => shard.filter((slug) => slug !== site[0]!.slug)));
      }),
    );
  });
});

describe('shardKey', () => {
  const pages = [
    { url: '/en/a/', source: '<p>a</p>' },
    { url: '/zh/a/', source: '<p> 甲 </p>' },
  ];
  it('returns the same key for the same settings and pages', () => {
    expect(shardKey({ version: '1' }, pages)).toBe(shardKey({ version: '1' }, pages.map((p) => ({ ...p }))));
    expect(shardKey({ version: '1' }, pages)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('returns another key when the settings, a page, its path or the order of the pages change', () => {
    const keys = [
      shardKey({ version: '1' }, pages),
      shardKey({ version: '2' }, pages),
      shardKey({ version: '1' }, [pages[0]!, { ...pages[1]!, source: '<p> 乙 </p>' }]),
      shardKey({ version: '1' }, [pages[0]!, { ...pages[1]!, url: '/zh-hant/a/' }]),
      shardKey({ version: '1' }, [pages[1]!, pages[0]!]),
      shardKey({ version: '1' }, pages.slice(0, 1)),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('tells a path from the page it starts', () => {
    expect(shardKey({}, [{ url: '/a', source: 'b' }])).not.toBe(shardKey({}, [{ url: '/ab', source: '' }]));
  });
});

describe('shardPath', () => {
  it('returns the folder of a part of the index', () => {
    expect(shardPath(0)).toBe('/pagefind/0/');
  });
});
