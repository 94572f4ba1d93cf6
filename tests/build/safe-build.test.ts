import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, lstat, mkdir, readdir, readFile, readlink, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy, fixtureSlug, removeTemporaryFolders, root, run } from '../helpers.ts';

/** A hash of every file's path and bytes under a folder. */
async function digest(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  for (const file of files.sort()) hash.update(`${relative(folder, file)}\0`).update(await readFile(file));
  return hash.digest('hex');
}

/** The pid a build paused at the swap wrote to the test hook's file; fails when the build ends first. */
async function pausedAtSwap(file: string, build: Promise<{ code: number; output: string }>): Promise<number> {
  const ended = build.then(({ output }) => Promise.reject(new Error(`The build ended before its swap:\n${output}`)));
  const paused = (async () => {
    for (;;) {
      const pid = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
      if (pid) return pid;
      await sleep(100);
    }
  })();
  return Promise.race([paused, ended]);
}

describe('npm run build', () => {
  let folder: string;
  let env: { CONTENT_DIR: string; OUT_DIR: string };
  /** The output folder's builds folder, beside it. */
  let builds: string;
  const build = (extra: Record<string, string> = {}) => run('npm', ['run', '--silent', 'build'], { ...env, ...extra });
  /** What the fixture's folder holds, and what the builds folder holds besides the live build. */
  const leftovers = async () => {
    const live = basename(await readlink(env.OUT_DIR));
    return {
      folder: (await readdir(folder)).sort(),
      builds: (await readdir(builds)).filter((name) => name !== live).sort(),
    };
  };
  const tidy = { folder: ['.dist-builds', 'articles', 'site'], builds: [] };

  beforeAll(async () => {
    const copy = await fixtureCopy();
    folder = copy.folder;
    env = { CONTENT_DIR: copy.articles, OUT_DIR: join(folder, 'site') };
    builds = join(folder, '.dist-builds', 'site');
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
    expect(await readlink(env.OUT_DIR)).toMatch(/^\.dist-builds\/site\/\d+-\d+$/);
    expect(await leftovers()).toEqual(tidy);
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
    expect(await leftovers()).toEqual(tidy);
  }, 120_000);

  it('killed at the swap, leaves the last good build whole, stops a second build meanwhile, and its next build removes what it left', async () => {
    const before = await digest(env.OUT_DIR);
    const file = join(env.CONTENT_DIR, fixtureSlug, 'en.md');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('title: "Counterterrorism Champions', 'title: "Renamed Champions'));
    const pause = join(folder, 'paused');
    const first = build({ BUILD_PAUSE_AT_SWAP: pause });
    const pid = await pausedAtSwap(pause, first);

    const second = await build();
    expect(second.code).not.toBe(0);
    expect(second.output).toContain(`Another build (pid ${pid}) is writing ${relative(root, env.OUT_DIR)}; this one stops`);
    expect(await digest(env.OUT_DIR)).toBe(before);

    process.kill(pid, 'SIGKILL');
    expect((await first).code).not.toBe(0);
    expect(await digest(env.OUT_DIR)).toBe(before);
    expect((await leftovers()).builds).toEqual([expect.stringMatching(`^${pid}-\\d+$`), expect.stringMatching(`^${pid}-\\d+\\.link$`), 'lock']);

    const { code, output } = await build();
    await writeFile(file, good);
    await rm(pause);
    expect(code, output).toBe(0);
    expect(await readFile(join(env.OUT_DIR, 'en', fixtureSlug, 'index.html'), 'utf8')).toContain('Renamed Champions');
    expect(await leftovers()).toEqual(tidy);
  }, 240_000);

  it('replaces a plain output folder, of an earlier version, with a link, keeping it whole when killed at the swap, and removes the earlier version’s leftovers', async () => {
    const plain = join(folder, 'plain');
    await cp(await realpath(env.OUT_DIR), plain, { recursive: true });
    await rm(env.OUT_DIR);
    await rename(plain, env.OUT_DIR);
    await mkdir(join(folder, '.dist-build-Ab12Cd', 'en'), { recursive: true });
    await mkdir(join(folder, '.dist-old-Ef34Gh', 'site'), { recursive: true });
    const before = await digest(env.OUT_DIR);
    const pause = join(folder, 'paused');
    const first = build({ BUILD_PAUSE_AT_SWAP: pause });
    process.kill(await pausedAtSwap(pause, first), 'SIGKILL');
    await first;
    await rm(pause);
    expect((await lstat(env.OUT_DIR)).isDirectory()).toBe(true);
    expect(await digest(env.OUT_DIR)).toBe(before);

    const { code, output } = await build();
    expect(code, output).toBe(0);
    expect((await lstat(env.OUT_DIR)).isSymbolicLink()).toBe(true);
    expect(existsSync(join(env.OUT_DIR, 'en', fixtureSlug, 'index.html'))).toBe(true);
    expect(await leftovers()).toEqual(tidy);
  }, 240_000);

  it('started twice at once, builds once or twice, never fails but for the message naming the other build, and leaves a whole site', async () => {
    const results = await Promise.all([build(), build()]);
    for (const { code, output } of results) {
      if (code !== 0) expect(output).toMatch(/^Another build \(pid \d+\) is writing .*; this one stops/m);
    }
    expect(results.some(({ code }) => code === 0)).toBe(true);
    expect(existsSync(join(env.OUT_DIR, 'zh', fixtureSlug, 'index.html'))).toBe(true);
    expect(await leftovers()).toEqual(tidy);
  }, 240_000);
});
