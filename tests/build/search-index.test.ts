import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, contentFixture, removeTemporaryFolders, seed } from '../helpers.ts';
import type { BuildResult } from './run-build.ts';

/** A pair and an original without its translation. */
describe('a build with search', () => {
  let result: BuildResult & { outDir: string };

  beforeAll(async () => {
    result = await build(contentFixture({ pair: { 'en.md': seed.en, 'zh.md': seed.zh }, original: { 'en.md': seed.en } }));
  }, 180_000);
  afterAll(removeTemporaryFolders);

  it('indexes each language’s article page (the pair’s English, Simplified and Traditional, the original’s English), not the bilingual views or the page of a missing translation', () => {
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/search index: 4 pages in 1 part, \d+ ms/);
  });

  it('writes the index and the script that searches it, without Pagefind’s own interfaces', async () => {
    const files = await readdir(join(result.outDir, 'pagefind/0'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'index', 'fragment']));
    expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
  });
});
