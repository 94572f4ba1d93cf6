import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../../src/alignment/blocks.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { glossaryVersion } from '../../../src/learn/dictionary.ts';
import type { Article, ArticleVersion } from '../../../src/site/article.ts';
import { keptFile, layerTasks } from '../../../src/site/kept-layers.ts';

describe('keptFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kept-layers-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  let made = 0;
  const make = (text: string) => () => (made++, text);

  it('makes a file once and gives it back while its inputs are the same', () => {
    made = 0;
    const { file, made: first } = keptFile(dir, 'a.zh', ['text', 'code'], make('{"a":1}'));
    expect(first).toBe(true);
    expect(keptFile(dir, 'a.zh', ['text', 'code'], make('other'))).toEqual({ file, made: false });
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
    expect(made).toBe(1);
  });
  it('makes a file of its own when an input changes, and leaves the one before as it was', () => {
    made = 0;
    const old = keptFile(dir, 'a.zh', ['text'], make('old')).file;
    const edited = keptFile(dir, 'a.zh', ['text, edited'], make('new')).file;
    const split = keptFile(dir, 'a.zh', ['text', ', edited'], make('split')).file;
    expect(new Set([old, edited, split]).size).toBe(3);
    expect([old, edited, split].map((f) => readFileSync(f, 'utf8'))).toEqual(['old', 'new', 'split']);
    expect(made).toBe(3);
    expect(readdirSync(dir).sort()).toEqual([old, edited, split].map((f) => basename(f)).sort());
    expect(basename(old)).toMatch(/^a\.zh\.[0-9a-f]{32}\.json$/);
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
