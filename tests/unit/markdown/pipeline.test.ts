import { readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { treeBlocks } from '../../../src/alignment/blocks.ts';
import { pairBlocks } from '../../../src/alignment/pairing.ts';
import { markdownBody, markdownOptions, markdownTree, unpublishedHtml } from '../../../src/markdown/pipeline.ts';
import { fileBlocks } from '../../helpers.ts';

const frontmatter = '---\ntitle: "A"\n---\n\n';

describe('markdownTree', () => {
  const tree = markdownTree('/', () => {});
  const render = async (file: string, body: string) => ({ file, blocks: treeBlocks(await tree(body, `/site/content/articles/a/${file}`)) });
  const en = 'A claim[^source] and an aside[^aside].\n\n## Evidence\n\nAgain[^source].\n\n[^source]: The source.\n\n[^aside]: An aside.\n';
  const zh = '一个说法[^来源]和一条旁注[^旁注]。\n\n## 证据\n\n再次[^来源]。\n\n[^来源]: 出处。\n\n[^旁注]: 旁注。\n';

  it('returns footnotes in both languages with the same ids, paired block for block, notes last', async () => {
    const { original, translation } = pairBlocks(await render('en.md', en), await render('zh.md', zh));
    for (const blocks of [original, translation]) {
      expect(blocks.map((b) => [b.id, b.tag])).toEqual([
        ['intro-p1', 'p'],
        ['evidence', 'h2'],
        ['evidence-p1', 'p'],
        ['evidence-p2', 'section'],
      ]);
      expect(blocks.map((b) => b.ids)).toEqual([['fnref:1', 'fnref:2'], [], ['fnref:1:2'], ['fn:notes', 'fn:1', 'fn:2']]);
      expect(blocks[3]!.links).toEqual(['#fnref:1', '#fnref:1:2', '#fnref:2']);
    }
    expect(translation[3]!.html).toContain('<h2 id="fn:notes" class="visually-hidden">注释</h2>');
  });
  it('returns heading ids from the English headings, never an id the article wrote', async () => {
    const { blocks } = await render('en.md', '## Background\n\n<p id="background">Raw.</p>\n');
    expect(blocks.map((b) => [b.ownId, b.html])).toEqual([
      ['background', 'Background'],
      [undefined, 'Raw.'],
    ]);
  });
  it('gives the blocks of the HTML Astro’s processor writes with the same options, parsed again', async () => {
    const astro = createMarkdownProcessor({ syntaxHighlight: false, ...markdownOptions('/base/', () => {}) });
    const files = ['tests/fixtures/articles/islamabad-dialogue', 'tests/build/fixtures/raw-html/raw-html-sample', 'tests/build/fixtures/raw-html/footnotes-sample'].flatMap(
      (folder) => [`${folder}/en.md`, `${folder}/zh.md`],
    );
    const mine = markdownTree('/base/', () => {});
    for (const file of files) {
      const body = markdownBody(readFileSync(file, 'utf8'));
      const { code } = await (await astro).render(body, { fileURL: new URL(`file://${process.cwd()}/${file}`) });
      expect(treeBlocks(await mine(body, `${process.cwd()}/${file}`)), file).toEqual(fileBlocks(code));
    }
  });
  it('gives an image from the site’s root the base path, and publishes none by a path relative to the page', async () => {
    const [block] = treeBlocks(await markdownTree('/base/', () => {})('![a](/images/a.png) ![b](b.png) ![c](https://example.org/c.png)\n', '/site/a/en.md'));
    expect(block!.html).toBe('<img src="/base/images/a.png" alt="a"> <img alt="b"> <img src="https://example.org/c.png" alt="c">');
  });
});

describe('unpublishedHtml', () => {
  it('returns each removal with the line of the file, for raw HTML and Markdown links alike', async () => {
    const text =
      `${frontmatter}[encoded](jav&#x09;ascript:alert(1))\n\n[reference][evil] and <javascript:alert(2)>\n\n` +
      '<a\nhref="javascript:alert(3)">multi-line</a>\n\n[evil]: javascript:alert(4)\n';
    expect((await unpublishedHtml('/nowhere/a/en.md', text)).map((r) => [r.line, r.what.replace(/ \(.*/, '')])).toEqual([
      [5, 'the href attribute of <a> “encoded”'],
      [7, 'the href attribute of <a> “reference”'],
      [7, 'the href attribute of <a> “javascript:alert(2)”'],
      [9, 'the href attribute of <a> “multi-line”'],
    ]);
  });
  it('returns nothing for HTML shown as code or written in a comment', async () => {
    const text = `${frontmatter}Use \`<script>\` here.\n\n\`\`\`html\n<script>x</script>\n\`\`\`\n\n    <iframe></iframe>\n\n<!-- <script>alert(1)</script> -->\n`;
    expect(await unpublishedHtml('/nowhere/a/en.md', text)).toEqual([]);
  });
  it('returns nothing for a file whose frontmatter cannot be read', async () => {
    expect(await unpublishedHtml('/nowhere/a/en.md', '---\ntitle: [broken\n---\n\n<script>x</script>\n')).toEqual([]);
  });
});
