import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../../src/alignment/blocks.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { glossaryVersion } from '../../../src/learn/dictionary.ts';
import type { Article, ArticleVersion } from '../../../src/site/article.ts';
import { keptFile, layerFile, layerTasks, type LayerTask } from '../../../src/site/kept-layers.ts';

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
});

describe('layerFile', () => {
  const task: LayerTask = { slug: 'story', locale: 'zh', path: '/zh/story/learn.json', glossary: '/glossary/v/simplified/', blocks: [block('p1', '一个'), block('p2', '故事')], source: undefined };
  const name = (changed: Partial<LayerTask>) => basename(layerFile('/cache/layers', { ...task, ...changed }));

  it('names a layer by its article, its edition and a hash of what makes it, in the folder', () => {
    expect(layerFile('/cache/layers', task)).toMatch(/^\/cache\/layers\/story\.zh\.[0-9a-f]{32}\.json$/);
    expect(name({})).toBe(name({ path: '/elsewhere/' }));
  });
  it('gives another name when the text, a block’s id, where blocks part, the source or the glossary changes', () => {
    const names = [
      name({}),
      name({ blocks: [block('p1', '一个'), block('p2', '故事。')] }),
      name({ blocks: [block('p1', '一个'), block('p3', '故事')] }),
      name({ blocks: [block('p1', '一个故'), block('p2', '事')] }),
      name({ source: [block('p1', '一个')] }),
      name({ glossary: '/base/glossary/v/simplified/' }),
    ];
    expect(new Set(names).size).toBe(names.length);
  });
});
