import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleTemplate } from '../../src/cli/new-article.ts';
import { fixtureCopy, fixtureSlug, removeTemporaryFolders, run } from '../helpers.ts';

describe('npm run new', () => {
  let articles: string;
  const runNew = (...args: string[]) => run(process.execPath, ['src/cli/new.ts', ...args], { CONTENT_DIR: articles });

  beforeAll(async () => ({ articles } = await fixtureCopy()));
  afterAll(removeTemporaryFolders);

  it('creates the original alone, dated today', async () => {
    const { code, output } = await runNew('an-original');
    expect(code, output).toBe(0);
    expect(output).toContain(join('an-original', 'en.md'));
    expect(await readdir(join(articles, 'an-original'))).toEqual(['en.md']);
    const text = await readFile(join(articles, 'an-original', 'en.md'), 'utf8');
    const now = new Date();
    expect(text).toBe(articleTemplate('en', new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()))));
  });
  it('creates the original and its translation with --zh', async () => {
    expect((await runNew('a-pair', '--zh')).code).toBe(0);
    expect((await readdir(join(articles, 'a-pair'))).sort()).toEqual(['en.md', 'zh.md']);
  });
  it('refuses an existing slug and leaves its files alone', async () => {
    const before = await readFile(join(articles, fixtureSlug, 'en.md'), 'utf8');
    const { code, output } = await runNew(fixtureSlug, '--zh');
    expect(code).toBe(1);
    expect(output).toContain(`${join(articles, fixtureSlug)} already exists: choose another slug`);
    expect(await readFile(join(articles, fixtureSlug, 'en.md'), 'utf8')).toBe(before);
  });
  it('refuses a slug that is not clean, suggesting one', async () => {
    const { code, output } = await runNew('My_Article');
    expect(code).toBe(1);
    expect(output).toContain('“My_Article” is not a clean URL slug');
    expect(output).toContain('Try “my-article”.');
    expect(await readdir(articles)).not.toContain('My_Article');
  });
  it.each([[[]], [['one', 'two']], [['one', '--fr']]])('refuses the arguments %j, showing the usage', async (args) => {
    const { code, output } = await runNew(...args);
    expect(code).toBe(1);
    expect(output).toContain('Usage: npm run new -- <slug> [--zh]');
  });
});
