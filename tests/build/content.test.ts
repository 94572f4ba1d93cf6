import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/content/folders.ts';
import { build, contentFixture, removeTemporaryFolders, root, run, seed } from '../helpers.ts';

afterAll(removeTemporaryFolders);

/** Building takes seconds: these tests build fixture content folders, one after the other. */
describe('building content with translation states', { timeout: 120_000 }, () => {
  const stale = seed.zh.replace(/^originalHash: .*$/m, 'originalHash: "0000000000"');
  const launch = { 'en.md': `${seed.en}\n## 🚀 Launch\n\nThe end.\n`, 'zh.md': `${seed.zh}\n## 🚀 启动\n\n结束。\n` };
  const dir = contentFixture({ stale: { 'en.md': seed.en, 'zh.md': stale }, untranslated: { 'en.md': seed.en }, launch });
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

  it('keeps each file’s frontmatter in the content store, not its Markdown or HTML (an article renders when it is paired)', () => {
    const folder = join(root, cacheDirFor(dir), 'data-store');
    const store = readdirSync(folder)
      .map((file) => readFileSync(join(folder, file), 'utf8'))
      .join('\n');
    expect(store).toContain('Counterterrorism Champions');
    expect(store).not.toContain('<p');
    expect(store).not.toContain('Launch\\n\\nThe end.');
    expect(page('en/launch')).toMatch(/<p id="launch-p1">The end\./);
  });

  it('gives a heading that starts with an emoji the id of its words, in both languages', () => {
    for (const path of ['en/launch', 'zh/launch', 'en/launch/bilingual']) expect(page(path)).toMatch(/ id="launch"/);
    expect(page('en/launch')).toContain(' id="launch-p1"');
    expect(page('en/launch')).not.toContain('-launch');
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

describe('building a scheduled article, dated after the day of the build', { timeout: 120_000 }, () => {
  const later = (text: string) => text.replace(/^published: .*$/m, 'published: 2999-01-01');
  const dir = contentFixture({ now: { 'en.md': seed.en, 'zh.md': seed.zh }, later: { 'en.md': later(seed.en), 'zh.md': later(seed.zh) } });
  let result: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => void (result = await build(dir)), 120_000);
  const file = (path: string) => readFileSync(join(result.outDir, path), 'utf8');

  it('builds, and says that it leaves the article out, naming the file and the line', () => {
    expect(result.code, result.output).toBe(0);
    const line = seed.en.split('\n').findIndex((l) => l.startsWith('published:')) + 1;
    expect(result.output).toMatch(new RegExp(`later/en\\.md:${line}: published: 2999-01-01 is after today \\(\\d{4}-\\d\\d-\\d\\d\\): the article is scheduled\\. This build leaves it out; a build on or after that day publishes it\\.`));
  });

  it('publishes none of its pages, list entries, feed items, sitemap entries or cards', () => {
    for (const path of ['en/later/index.html', 'zh/later/index.html', 'en/later/bilingual/index.html', 'en/later/card.png', 'zh/later/card.png']) {
      expect(existsSync(join(result.outDir, path)), path).toBe(false);
    }
    for (const path of ['en/index.html', 'zh/index.html', 'en/rss.xml', 'zh/rss.xml', 'sitemap-0.xml']) {
      expect(file(path), path).not.toContain('/later/');
      expect(file(path), path).toContain('/now/');
    }
  });

  it('fails for a link to it from a published article, saying until when', async () => {
    const linking = seed.en.replace('Recent cooperation', '[Later](/en/later/) cooperation');
    const { code, output } = await build(contentFixture({ now: { 'en.md': linking }, later: { 'en.md': later(seed.en) } }));
    expect(code).not.toBe(0);
    expect(output).toMatch(/now\/en\.md:\d+: the link “\/en\/later\/” leads to an article scheduled for 2999-01-01, which builds leave out until that day\./);
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

  it('fails for a translation whose list has fewer items, naming both files and lines', async () => {
    const en = `${seed.en}\n- One\n- Two\n- Three\n`;
    const dir = contentFixture({ list: { 'en.md': en, 'zh.md': `${seed.zh}\n- 一\n- 二\n` } });
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    const line = en.split('\n').indexOf('- One') + 1;
    expect(output).toMatch(
      new RegExp(`list/zh\\.md does not line up with .*list/en\\.md \\(list items: 2 against 3\\)\\. First difference at block 23: .*list/en\\.md:${line} has <ul> “One Two Three”, .*list/zh\\.md:\\d+ has <ul> “一 二”`),
    );
    expect(output).toContain('Give the translation one item for each item of the original’s lists');
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

  it('lists the paragraphs whose sentences may be paired wrongly, with both files’ lines; sentence marks make no translation stale', async () => {
    const dir = contentFixture({
      omitted: { 'en.md': seed.en, 'zh.md': seed.zh.replace('这一挑战的规模是巨大的,远远超出任何一个国家孤立应对的能力。', '') },
      marked: {
        'en.md': seed.en.replace('shaped by regional and global events. ', '$&<!-- s -->'),
        'zh.md': seed.zh.replace('受到地区和全球事件的影响。', '$&<!-- s -->'),
      },
    });
    const { code, output } = await run(process.execPath, ['src/cli/translations.ts'], { CONTENT_DIR: dir });
    expect(output).toContain('omitted zh: current');
    expect(output).toMatch(
      /omitted\/en\.md:10 and .*omitted\/zh\.md:12: the sentences of intro-p1 may be paired wrongly: original sentences 2–3 “No nation .*: the translation is much shorter than usual\. .*write <!-- s --> right after/,
    );
    expect(output).toContain('marked zh: current');
    expect(output).not.toMatch(/marked\/(en|zh)\.md/);
    expect(code).toBe(0);
  });
});

/** “恐怖主义” saved as GB18030 (and GBK), and the translation with its first paragraph's first words so (line 12). */
const gbWords = Buffer.from([0xbf, 0xd6, 0xb2, 0xc0, 0xd6, 0xf7, 0xd2, 0xe5]);
const gbAt = seed.zh.indexOf('恐怖主义');
const gb18030 = Buffer.concat([Buffer.from(seed.zh.slice(0, gbAt)), gbWords, Buffer.from(seed.zh.slice(gbAt + 4))]);

describe('a file that is not UTF-8', { timeout: 120_000 }, () => {
  const dir = contentFixture({ encoding: { 'en.md': seed.en, 'zh.md': gb18030 } });
  const refusal = /encoding\/zh\.md:12: the file is not UTF-8 text \(its first byte that is not is on this line\): .*GB18030.*Save it as UTF-8/;

  it('is refused by npm run check, with its name and line', async () => {
    expect(new TextDecoder('gb18030').decode(gbWords)).toBe('恐怖主义');
    const { code, output } = await run(process.execPath, ['src/cli/check.ts'], { CONTENT_DIR: dir });
    expect(output).toMatch(refusal);
    expect(code).toBe(1);
  });
  it('is refused by the build, with its name and line', async () => {
    const { code, output } = await build(dir);
    expect(output).toMatch(refusal);
    expect(code).not.toBe(0);
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

  it('reports again what it kept from the run before, and anew for a file that changed', async () => {
    const fixture = new URL('fixtures/raw-html/raw-html-sample/', import.meta.url);
    const dir = contentFixture({ sample: { 'en.md': readFileSync(new URL('en.md', fixture), 'utf8'), 'zh.md': readFileSync(new URL('zh.md', fixture), 'utf8') } });
    const check = () => run(process.execPath, ['src/cli/check.ts'], { CONTENT_DIR: dir });
    const first = await check();
    expect(first.output).toContain('sample/en.md:20: raw HTML the site does not publish, removed from the page: the data-locales attribute of <span> “nowhere”.');
    const kept = join(root, cacheDirFor(dir), 'check', 'removals.json');
    expect(Object.values(JSON.parse(readFileSync(kept, 'utf8')))).toHaveLength(2);
    const second = await check();
    expect(second).toEqual(first);
    const en = join(dir, 'sample', 'en.md');
    writeFileSync(en, readFileSync(en, 'utf8').replace(/^Going <span data-locales=.*$/m, 'Going nowhere.'));
    const third = await check();
    expect(third.output).not.toContain('the data-locales attribute of <span> “nowhere”');
    expect(third.output).toContain('sample/en.md:16: raw HTML the site does not publish, removed from the page: <script> “alert(1)” with its content.');
  });

  it('fails on a heading without a letter or digit, naming the file and the line', async () => {
    const en = seed.en.replace('## A History of Cooperation', '## ???');
    const { code, output } = await run(process.execPath, ['src/cli/check.ts'], { CONTENT_DIR: contentFixture({ nameless: { 'en.md': en } }) });
    expect(output).toContain(`nameless/en.md:${en.split('\n').indexOf('## ???') + 1}: the heading “## ???” gives no id`);
    expect(output).toContain('Give the heading words in letters or digits.');
    expect(code).toBe(1);
  });

  it('passes the real content', async () => {
    const { code, output } = await run(process.execPath, ['src/cli/check.ts'], {});
    expect(output).toContain('no problems');
    expect(code).toBe(0);
  });
});
