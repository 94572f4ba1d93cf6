import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers.ts';
import { checkLinks } from '../site/links.ts';
import { elements, readSite, type Site, type SitePage } from '../site/pages.ts';
import { validateHtml } from '../site/validator.ts';
import { runBuild, type BuildResult } from './run-build.ts';

/**
 * Two articles, in both languages: one whose Markdown holds both harmless and hostile raw HTML,
 * one with footnotes.
 */
const contentDir = fileURLToPath(new URL('fixtures/raw-html/', import.meta.url));
const slug = 'raw-html-sample';

let outDir: string;
let build: BuildResult;
let site: Site;
const page = (lang: string, name = slug) => readFile(join(outDir, lang, name, 'index.html'), 'utf8');

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'raw-html-'));
  build = await runBuild({ contentDir, outDir });
  site = await readSite(outDir, { base: '/', origin: 'https://bilingual-articles.example.org' });
}, 180_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

/** Every removal message in some output, with the file from the content folder on. */
const removals = (output: string) =>
  [...output.matchAll(/(?:raw-html-sample|footnotes-sample)\/\w+\.md:\d+: raw HTML the site does not publish, removed from the page: .*? Remove it;/g)]
    .map((m) => m[0])
    .sort();

describe('a build of Markdown with raw HTML', () => {
  it('succeeds and warns naming each file, line and removal: what npm run check reports, no more, no less', async () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain(
      'raw-html-sample/en.md:20: raw HTML the site does not publish, removed from the page: the data-locales attribute of <span> “nowhere”. Remove it;',
    );
    expect(build.output).toContain('raw-html-sample/zh.md:17: raw HTML the site does not publish, removed from the page: <script> “alert(1)” with its content.');
    const check = await run(process.execPath, ['src/cli/check.ts'], { CONTENT_DIR: contentDir });
    expect(check.code).toBe(1);
    expect(removals(build.output)).toHaveLength(36);
    expect(removals(check.output)).toEqual(removals(build.output));
  });

  it('warns the same again when the next build finds the articles kept', async () => {
    const out = await mkdtemp(join(tmpdir(), 'raw-html-again-'));
    const again = await runBuild({ contentDir, outDir: out });
    await rm(out, { recursive: true, force: true });
    expect(again.code, again.output).toBe(0);
    expect(removals(again.output)).toEqual(removals(build.output));
  }, 180_000);

  it.each(['en', 'zh'])('publishes the harmless HTML of the %s page, lang, title, datetime, ruby and dir included', async (lang) => {
    const html = await page(lang);
    expect(html).toMatch(/<abbr title="[^"]+">/);
    expect(html).toContain('<sup>1</sup>');
    expect(html).toContain(lang === 'en' ? '<span lang="zh-CN">中文</span>' : '<span lang="en">English</span>');
    expect(html).toContain('<time datetime="2025-01-01">');
    expect(html).toMatch(/<ruby>漢<rp>.<\/rp><rt>[^<]+<\/rt><rp>.<\/rp><\/ruby>/);
    expect(html).toContain('<bdo dir="rtl">abc</bdo>');
    expect(html).toContain('<a href="https://example.com/good">');
  });

  it.each(['en', 'zh'])('publishes no script, handler, script or data URL, frame, style, data-*, name or article id on the %s page', async (lang) => {
    const html = await page(lang);
    const text = html.slice(html.indexOf('<div class="prose"'), html.indexOf('<footer'));
    expect(html).not.toContain('alert(1)');
    expect(html).not.toMatch(/\son\w+=|href="javascript:|data:text|<iframe|evil\.example|style="/i);
    expect(text).not.toMatch(/data-locales|data-bilingual|data-astro-cid-abc123|name="querySelector"|class="status"|id="status"/);
    // The site's own status region and heading are the only ones with these ids and class.
    expect(html.match(/id="status"/g)).toHaveLength(1);
    expect(html.match(/id="background"/g)).toHaveLength(1);
    expect(html.match(/class="status"/g)).toHaveLength(1);
  });
});

describe('a build of Markdown with footnotes', () => {
  const notes = 'footnotes-sample';
  const pages = () => site.pages.filter((p) => p.path.includes(`/${notes}/`));
  const ids = (p: SitePage) => [...elements(p.tree)].map(({ node }) => node.properties['id']).filter((id) => typeof id === 'string');
  const byId = (p: SitePage, id: string) => [...elements(p.tree)].find(({ node }) => node.properties['id'] === id)?.node;

  it('publishes every language and the bilingual views, every link and fragment resolving', () => {
    const paths = ['en', 'zh', 'zh-hant'].flatMap((l) => [`/${l}/${notes}/`, `/${l}/${notes}/bilingual/`, `/${l}/${notes}/bilingual/sentences/`]);
    expect(pages().map((p) => p.path).sort()).toEqual(paths.sort());
    expect(checkLinks(site)).toEqual([]);
  });

  it('gives both languages the same footnote ids, and no page an id twice', () => {
    const footnoteIds = (p: SitePage) => ids(p).filter((id) => /^fn/.test(String(id)));
    const [en, zh] = ['en', 'zh'].map((l) => pages().find((p) => p.path === `/${l}/${notes}/`)!);
    expect(footnoteIds(en!)).toEqual(['fnref:1', 'fnref:2', 'fnref:1:2', 'fn:notes', 'fn:1', 'fn:2']);
    expect(footnoteIds(zh!)).toEqual(footnoteIds(en!));
    for (const p of pages()) expect(ids(p), p.path).toEqual([...new Set(ids(p))]);
  });

  it('publishes valid HTML: the Nu Html Checker finds no error', async () => {
    expect(await validateHtml(pages().map((p) => join(outDir, p.file)))).toEqual([]);
  });

  it('links each reference to its note, and the note back to each reference, in every view', () => {
    for (const p of pages()) {
      const references = [...elements(p.tree)].filter(({ node }) => /(^|:)fnref:/.test(String(node.properties['id'])));
      expect(references.length, p.path).toBe(p.path.includes('/bilingual/') ? 6 : 3);
      for (const { node } of references) {
        const note = byId(p, String(node.properties['href']).slice(1));
        expect(note?.tagName, `${p.path} ${node.properties['href']}`).toBe('li');
        const back = [...elements({ type: 'root', children: [note!] })].map(({ node: a }) => a.properties['href']);
        expect(back, p.path).toContain(`#${node.properties['id']}`);
      }
    }
  });
});
