import { describe, expect, it } from 'vitest';
import { namespaced } from '../../../src/alignment/blocks.ts';
import { pairBlocks } from '../../../src/alignment/pairing.ts';
import { fileBlocks } from '../../helpers.ts';

const original = {
  file: 'a/en.md',
  blocks: fileBlocks('<p>Intro.</p>\n<h2 id="history">History</h2>\n<p>One.</p>\n<h3 id="detail">Detail</h3>\n<p>Two.</p>\n<ul><li>x</li></ul>'),
};

describe('fileBlocks', () => {
  it('returns the elements at the top level, not the whitespace between them', () => {
    expect(original.blocks.map((b) => b.tag)).toEqual(['p', 'h2', 'p', 'h3', 'p', 'ul']);
  });
  it('keeps each as its own id, attributes, content HTML, text and links, without the tree', () => {
    expect(fileBlocks('<h2 id="history" class="x">History</h2><p>See <a href="/en/b/#c">this</a> &amp; <em>that</em>.</p>')).toEqual([
      { ownId: 'history', tag: 'h2', attributes: ' class="x"', html: 'History', text: 'History', links: [], items: [], ids: [] },
      { ownId: undefined, tag: 'p', attributes: '', html: 'See <a href="/en/b/#c">this</a> &#x26; <em>that</em>.', text: 'See this & that.', links: ['/en/b/#c'], items: [], ids: [] },
    ]);
  });
  it('keeps the ids inside each block: footnotes and their references', () => {
    expect(fileBlocks('<p>A<sup><a href="#fn:1" id="fnref:1">1</a></sup>.</p><section><h2 id="fn:notes">Notes</h2><ol><li id="fn:1">B</li></ol></section>').map((b) => b.ids)).toEqual([
      ['fnref:1'],
      ['fn:notes', 'fn:1'],
    ]);
  });
  it('counts the items of lists and the rows of tables, those inside a block too', () => {
    const [list, table, quote] = fileBlocks(
      '<ol><li>a<ul><li>x</li><li>y</li></ul></li><li>b</li></ol>' +
        '<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>1</td></tr><tr><td>2</td></tr></tbody></table>' +
        '<blockquote><p>q</p><ul><li>z</li></ul></blockquote>',
    );
    expect(list!.items).toEqual([
      { tag: 'ol', count: 2 },
      { tag: 'ul', count: 2 },
    ]);
    expect(table!.items).toEqual([{ tag: 'table', count: 3 }]);
    expect(quote!.items).toEqual([{ tag: 'ul', count: 1 }]);
  });
});

describe('namespaced', () => {
  const blocks = pairBlocks(
    {
      file: 'a/zh.md',
      blocks: fileBlocks(
        '<p>一<sup><a href="#fn:1" id="fnref:1" aria-describedby="fn:notes">1</a></sup>，见<a href="#intro-p1">上文</a>。</p>' +
          '<section><h2 id="fn:notes">注释</h2><ol><li id="fn:1">出处。<a href="#fnref:1">↩</a></li></ol></section><p>无。</p>',
      ),
    },
    undefined,
  ).original;

  it('returns the ids inside the blocks, and the links and references to them, with the prefix; other links as they were', () => {
    const [p, notes, plain] = namespaced(blocks, 'zh-CN:');
    expect(p!.html).toBe('一<sup><a href="#zh-CN:fn:1" id="zh-CN:fnref:1" aria-describedby="zh-CN:fn:notes">1</a></sup>，见<a href="#intro-p1">上文</a>。');
    expect(notes).toMatchObject({ id: 'intro-p2', ids: ['zh-CN:fn:notes', 'zh-CN:fn:1'], links: ['#zh-CN:fnref:1'] });
    expect(notes!.html).toBe('<h2 id="zh-CN:fn:notes">注释</h2><ol><li id="zh-CN:fn:1">出处。<a href="#zh-CN:fnref:1">↩</a></li></ol>');
    expect(plain).toBe(blocks[2]);
  });
  it('returns blocks without ids inside as they are', () => {
    const plain = pairBlocks({ file: 'a/en.md', blocks: fileBlocks('<p>A <a href="#intro-p1">link</a>.</p>') }, undefined).original;
    expect(namespaced(plain, 'zh-CN:')).toBe(plain);
  });
});
