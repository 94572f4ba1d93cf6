import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../../src/alignment/blocks.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { glossaryVersion } from '../../../src/learn/dictionary.ts';
import type { Article, ArticleVersion } from '../../../src/site/article.ts';
import { blocksDigest } from '../../../src/site/kept-articles.ts';
import { keptFile, layerFile, layerTask, layerTasks, type LayerTask } from '../../../src/site/kept-layers.ts';

describe('keptFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kept-layers-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  let made = 0;
  const make = (text: string) => () => (made++, text);

  it('makes a file once, whole, and gives it back after', () => {
    made = 0;
    const file = join(dir, 'sub', 'a.zh.json');
    expect(keptFile(file, make('{"a":1}'))).toBe(file);
    expect(keptFile(file, make('other'))).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
    expect(made).toBe(1);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['a.zh.json']);
  });
});

const block = (id: string, html: string): Block => ({ id, tag: 'p', attributes: '', html, text: html, links: [], ids: [] });

function version(locale: Locale, text: string): ArticleVersion {
  return {
    locale,
    title: text,
    description: text,
    published: new Date('2025-08-22'),
    source: { url: 'https://news.example/story/', publisher: 'News Example' },
    file: `content/articles/story/${locale}.md`,
    blocks: [block('p1', text)],
    minutes: 1,
    stale: false,
  };
}

describe('layerTasks', () => {
  const en = version('en', 'A story.');
  const zh = version('zh', '一个故事。');
  const pair: Article = { slug: 'story', key: 'k', versions: { en, zh, 'zh-hant': { ...version('zh-hant', '一個故事。'), convertedFrom: 'zh' } }, original: en };
  const alone: Article = { slug: 'alone', key: 'k2', versions: { en }, original: en };

  it('gives one layer an article and Chinese edition it has, at its path, none for English', () => {
    const tasks = layerTasks([pair, alone], '/articles/');
    expect(tasks.map((t) => [t.slug, t.locale, t.path])).toEqual([
      ['story', 'zh', '/zh/story/learn.json'],
      ['story', 'zh-hant', '/zh-hant/story/learn.json'],
    ]);
  });
  it('reads a converted edition through the blocks it was converted from, and looks words up in its spelling’s glossary under the base path', () => {
    const [simplified, traditional] = layerTasks([pair], '/articles/');
    expect(simplified!.source).toBeUndefined();
    expect(traditional!.source).toBe(zh.blocks);
    expect(simplified!.glossary).toBe(`/articles/glossary/${glossaryVersion()}/simplified/`);
    expect(traditional!.glossary).toBe(`/articles/glossary/${glossaryVersion()}/traditional/`);
  });
  it('gives another digest when the text, a block’s id, where blocks part or the source changes', () => {
    // A Traditional edition's: its blocks, and those of the Simplified one it was converted from.
    const digest = (blocks: Block[], source: Block[] = []) =>
      layerTask({ ...pair, versions: { en, zh: { ...zh, blocks: source }, 'zh-hant': { ...pair.versions['zh-hant']!, blocks } } }, 'zh-hant', '/').digest;
    const digests = [
      digest([block('p1', '一个'), block('p2', '故事')]),
      digest([block('p1', '一个'), block('p2', '故事。')]),
      digest([block('p1', '一个'), block('p3', '故事')]),
      digest([block('p1', '一个故'), block('p2', '事')]),
      digest([block('p1', '一个'), block('p2', '故事')], [block('p1', '一个')]),
    ];
    expect(new Set(digests).size).toBe(digests.length);
  });
  it('takes the digest a kept version has, without reading its blocks, which a build reads back only to make the layer', () => {
    const kept = { ...zh, blocksDigest: blocksDigest(zh.blocks) };
    Object.defineProperty(kept, 'blocks', { get: () => expect.unreachable('the blocks were read') });
    expect(layerTask({ ...pair, versions: { en, zh: kept } }, 'zh', '/').digest).toBe(layerTask(pair, 'zh', '/').digest);
  });
});

describe('layerFile', () => {
  const task: LayerTask = { slug: 'story', locale: 'zh', path: '/zh/story/learn.json', glossary: '/glossary/v/simplified/', digest: 'digest', blocks: [], source: undefined };
  const name = (changed: Partial<LayerTask>) => basename(layerFile('/cache/layers', { ...task, ...changed }));

  it('names a layer by its article, its edition and a hash of what makes it, in the folder', () => {
    expect(layerFile('/cache/layers', task)).toMatch(/^\/cache\/layers\/story\.zh\.[0-9a-f]{32}\.json$/);
    expect(name({})).toBe(name({ path: '/elsewhere/' }));
  });
  it('gives another name when the text’s digest, the edition or the glossary changes', () => {
    const names = [name({}), name({ digest: 'other' }), name({ locale: 'zh-hant' }), name({ glossary: '/base/glossary/v/simplified/' })];
    expect(new Set(names).size).toBe(names.length);
  });
});
