import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, contentFixture, removeTemporaryFolders, run, seed } from '../helpers.ts';

afterAll(removeTemporaryFolders);

/** Building takes seconds: these tests build fixture content folders, one after the other. */
describe('building content with translation states', { timeout: 120_000 }, () => {
  const stale = seed.zh.replace(/^originalHash: .*$/m, 'originalHash: "0000000000"');
  const dir = contentFixture({ stale: { 'en.md': seed.en, 'zh.md': stale }, untranslated: { 'en.md': seed.en } });
  let result: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => void (result = await build(dir)), 120_000);
  const page = (path: string) => readFileSync(join(result.outDir, path, 'index.html'), 'utf8');

  it('builds, and warns about the stale translation by file', () => {
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/stale\/zh\.md: the original has changed since this translation was made.*npm run translation:stamp -- stale/);
  });

  it('shows a notice in Chinese on the stale translation, with a link to the original', () => {
    expect(page('zh/stale')).toMatch(/<p class="stale"[^>]*>本译文完成后，英文原文已有更新[^<]*<a href="\/en\/stale\/" hreflang="en"/);
    expect(page('en/stale')).not.toContain('class="stale"');
  });

  it('publishes the original without its translation, and a noindex page in the other language', () => {
    const missing = page('zh/untranslated');
    expect(missing).toContain('<meta name="robots" content="noindex">');
    expect(missing).toContain('暂无中文译文');
    expect(missing).toMatch(/<p class="title" lang="en"[^>]*>Counterterrorism Champions/);
    expect(missing).toMatch(/<a href="\/en\/untranslated\/" hreflang="en"[^>]*>阅读原文<\/a>/);
    expect(page('en/untranslated')).toMatch(/<a href="\/zh\/untranslated\/" lang="zh-CN" hreflang="zh-CN"[^>]*>中文（暂无译文）<\/a>/);
    expect(page('en/untranslated')).not.toContain('hreflang="zh-CN" href=');
  });

  it('keeps the missing translation out of that language’s list and the sitemap', () => {
    expect(page('zh')).not.toContain('/zh/untranslated/');
    expect(page('en')).toContain('/en/untranslated/');
    const sitemap = readFileSync(join(result.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/en/untranslated/');
    expect(sitemap).not.toContain('/zh/untranslated/');
  });
});

describe('build errors that name the file, the line and the fix', { timeout: 120_000 }, () => {
  it('fails for a translation whose structure does not line up, naming both files and lines', async () => {
    // The translation merges the second and third paragraphs: one block fewer from there on.
    const zh = seed.zh.replace(/(2025年8月12日[^\n]*)\n\n(这次会议)/, '$1$2');
    const dir = contentFixture({ pair: { 'en.md': seed.en, 'zh.md': zh } });
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/pair\/zh\.md does not line up with .*pair\/en\.md \(21 blocks against 22\)\. First difference at block 4: .*pair\/en\.md:16 has <p> “The United States praised.*”, .*pair\/zh\.md:18 has <h2> “合作的历史”/);
    expect(output).toContain('Give the translation the same headings');
  });

  it('fails for a link to an article or a section that does not exist', async () => {
    const en = seed.en.replace('Similarly, the U.S.', 'Similarly ([see](/en/nowhere/)), the U.S.').replace('Recent cooperation', '[Recent](#no-such-section) cooperation');
    const dir = contentFixture({ links: { 'en.md': en } });
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/links\/en\.md:\d+: the link “\/en\/nowhere\/” leads to no page of this site/);
    expect(output).toMatch(/links\/en\.md:\d+: the link “#no-such-section” points to a section that does not exist/);
  });
});

describe('npm run translations', { timeout: 60_000 }, () => {
  it('prints missing, current, stale with the changed sections, and structure mismatch', async () => {
    const dir = contentFixture({
      current: { 'en.md': seed.en, 'zh.md': seed.zh },
      missing: { 'en.md': seed.en },
      changed: { 'en.md': seed.en, 'zh.md': seed.zh },
      mismatch: { 'en.md': seed.en, 'zh.md': seed.zh.replace('## 合作的历史', '### 合作的历史') },
    });
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'ignore' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'content');
    writeFileSync(join(dir, 'changed/en.md'), seed.en.replace('Recent cooperation has yielded', 'Recent cooperation has, again, yielded'));
    const { code, output } = await run(process.execPath, ['src/cli/translations.ts'], { CONTENT_DIR: dir });
    expect(output).toContain('current zh: current');
    expect(output).toContain('missing zh: missing');
    expect(output).toContain('changed zh: stale, changed since the stamp: Recent Examples of Effective Collaboration');
    expect(output).toMatch(/mismatch zh: structure mismatch: .*First difference at block 5/);
    expect(code).toBe(1);
  });
});

describe('npm run check', { timeout: 60_000 }, () => {
  it('fails on hostile raw HTML, naming the file and the line', async () => {
    const { code, output } = await run(process.execPath, ['src/cli/check.ts'], {
      CONTENT_DIR: new URL('fixtures/raw-html/', import.meta.url).pathname,
    });
    expect(code).toBe(1);
    expect(output).toContain('raw-html-sample/en.md:16: raw HTML the site does not publish, removed from the page: <script> “alert(1)” with its content. Remove it;');
    expect(output).toContain('raw-html-sample/en.md:14: raw HTML the site does not publish, removed from the page: the onclick attribute of <a> “here”.');
    expect(output).toContain('raw-html-sample/en.md:20: raw HTML the site does not publish, removed from the page: the data-locales attribute of <span> “nowhere”.');
  });

  it('passes the real content', async () => {
    const { code, output } = await run(process.execPath, ['src/cli/check.ts'], {});
    expect(output).toContain('no problems');
    expect(code).toBe(0);
  });
});
