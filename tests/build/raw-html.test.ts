import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildResult } from './run-build.ts';

/** One article whose Markdown holds both harmless and hostile raw HTML, in both languages. */
const contentDir = fileURLToPath(new URL('fixtures/raw-html/', import.meta.url));
const slug = 'raw-html-sample';

describe('a build of Markdown with raw HTML', () => {
  let outDir: string;
  let build: BuildResult;
  const page = (lang: string) => readFile(join(outDir, lang, slug, 'index.html'), 'utf8');

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'raw-html-'));
    build = await runBuild({ contentDir, outDir });
  }, 180_000);
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it('succeeds and warns naming each file and what it removed', () => {
    expect(build.code, build.output).toBe(0);
    for (const lang of ['en', 'zh']) {
      expect(build.output).toContain(`fixtures/raw-html/${slug}/${lang}.md: raw HTML the site does not publish:`);
    }
    expect(build.output).toContain('removed the onclick attribute of <a> “here”');
    expect(build.output).toContain('removed <script> “alert(1)” and its content');
  });

  it.each(['en', 'zh'])('publishes the harmless HTML of the %s page, lang included', async (lang) => {
    const html = await page(lang);
    expect(html).toMatch(/<abbr title="[^"]+">/);
    expect(html).toContain('<sup>1</sup>');
    expect(html).toContain(lang === 'en' ? '<span lang="zh-CN">中文</span>' : '<span lang="en">English</span>');
  });

  it.each(['en', 'zh'])('publishes no script, handler, script URL, frame or style attribute on the %s page', async (lang) => {
    const html = await page(lang);
    expect(html).not.toContain('alert(1)');
    expect(html).not.toMatch(/\son\w+=|javascript:|<iframe|evil\.example|style="/i);
  });
});
