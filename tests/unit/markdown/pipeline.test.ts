import { describe, expect, it } from 'vitest';
import { fileBlocks } from '../../../src/alignment/blocks.ts';
import { pairBlocks } from '../../../src/alignment/pairing.ts';
import { markdownRenderer, unpublishedHtml } from '../../../src/markdown/pipeline.ts';

const frontmatter = '---\ntitle: "A"\n---\n\n';

describe('markdownRenderer', () => {
  const processor = markdownRenderer('/', () => {});
  const render = async (file: string, body: string) => ({
    file,
    blocks: fileBlocks((await (await processor).render(body, { fileURL: new URL(`file:///site/content/articles/a/${file}`) })).code),
  });
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
