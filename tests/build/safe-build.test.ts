import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy, fixtureSlug, removeTemporaryFolders, run } from '../helpers.ts';

/** A hash of every file's path and bytes under a folder. */
async function digest(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  for (const file of files.sort()) hash.update(`${relative(folder, file)}\0`).update(await readFile(file));
  return hash.digest('hex');
}

describe('npm run build', () => {
  let folder: string;
  let env: { CONTENT_DIR: string; OUT_DIR: string };
  const build = () => run('npm', ['run', '--silent', 'build'], env);

  beforeAll(async () => {
    const copy = await fixtureCopy();
    folder = copy.folder;
    env = { CONTENT_DIR: copy.articles, OUT_DIR: join(folder, 'site') };
  });
  afterAll(removeTemporaryFolders);

  it('refuses a pair fresh from npm run new until its placeholders are replaced, then builds it with the fixture', async () => {
    expect((await run('npm', ['run', '--silent', 'new', '--', 'fresh-article', '--zh'], env)).code).toBe(0);
    const refused = await build();
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('Content check: 14 problems');
    expect(refused.output).toContain('fresh-article/en.md:7: title: still the placeholder of npm run new.');
    expect(refused.output).toMatch(/fresh-article\/zh\.md:\d+: still a placeholder of npm run new \(“替换为第一节的标题”\)/);
    expect(existsSync(env.OUT_DIR)).toBe(false);

    const bodies = { en: 'The text.\n\n## A section\n\nIts text.\n', zh: '正文。\n\n## 一节\n\n其文。\n' };
    for (const [locale, body] of Object.entries(bodies)) {
      const file = join(env.CONTENT_DIR, 'fresh-article', `${locale}.md`);
      const text = await readFile(file, 'utf8');
      // The frontmatter, to its closing `---` line, with its fields filled in.
      const filled = text
        .slice(0, text.indexOf('\n---\n') + 5)
        .replace('https://example.org/replace-with-the-address-of-the-original/', 'https://news.example/fresh/')
        .replace(/"(Replace with|替换为)[^"]*"/g, '"Fresh"');
      await writeFile(file, `${filled}\n${body}`);
    }
    const { code, output } = await build();
    expect(code, output).toBe(0);
    for (const page of [fixtureSlug, 'fresh-article'].flatMap((slug) => [`en/${slug}`, `zh/${slug}`])) {
      expect(existsSync(join(env.OUT_DIR, page, 'index.html')), page).toBe(true);
    }
    expect((await readdir(folder)).sort()).toEqual(['articles', 'site']);
  }, 120_000);

  it.each([
    // The content check, which the build runs first, stops this one before Astro starts.
    ['frontmatter that breaks the schema', 'en.md', 'published: 2025-08-22', 'published: last week', '“last week” is not a calendar date'],
    // This one stops Astro itself, which has already emptied its output folder.
    ['a translation that does not line up', 'zh.md', '## 合作的历史', '### 合作的历史', 'still holds the last good build'],
  ])('fails on %s, naming the file, and leaves the last good build byte for byte', async (_, name, from, to, message) => {
    const before = await digest(env.OUT_DIR);
    const file = join(env.CONTENT_DIR, fixtureSlug, name);
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace(from, to));
    const { code, output } = await build();
    await writeFile(file, good);
    expect(code).not.toBe(0);
    expect(await digest(env.OUT_DIR)).toBe(before);
    expect(output).toContain(`${fixtureSlug}/${name}`);
    expect(output).toContain(message);
    expect((await readdir(folder)).sort()).toEqual(['articles', 'site']);
  }, 120_000);
});
