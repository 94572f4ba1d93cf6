import { describe, expect, it } from 'vitest';
import { fileBlocks, lineOf, namespaced, originalIds, pairBlocks, PairingError } from '../../src/lib/pairing.ts';

const original = {
  file: 'a/en.md',
  blocks: fileBlocks('<p>Intro.</p>\n<h2 id="history">History</h2>\n<p>One.</p>\n<h3 id="detail">Detail</h3>\n<p>Two.</p>\n<ul><li>x</li></ul>'),
};
const translation = {
  file: 'a/zh.md',
  blocks: fileBlocks('<p>引言。</p>\n<h2 id="历史">历史</h2>\n<p>一。</p>\n<h3 id="细节">细节</h3>\n<p>二。</p>\n<ul><li>x</li></ul>'),
};

describe('fileBlocks', () => {
  it('returns the elements at the top level, not the whitespace between them', () => {
    expect(original.blocks.map((b) => b.tag)).toEqual(['p', 'h2', 'p', 'h3', 'p', 'ul']);
  });
  it('keeps each as its own id, attributes, content HTML, text and links, without the tree', () => {
    expect(fileBlocks('<h2 id="history" class="x">History</h2><p>See <a href="/en/b/#c">this</a> &amp; <em>that</em>.</p>')).toEqual([
      { ownId: 'history', tag: 'h2', attributes: ' class="x"', html: 'History', text: 'History', links: [], ids: [] },
      { ownId: undefined, tag: 'p', attributes: '', html: 'See <a href="/en/b/#c">this</a> &#x26; <em>that</em>.', text: 'See this & that.', links: ['/en/b/#c'], ids: [] },
    ]);
  });
  it('keeps the ids inside each block: footnotes and their references', () => {
    expect(fileBlocks('<p>A<sup><a href="#fn:1" id="fnref:1">1</a></sup>.</p><section><h2 id="fn:notes">Notes</h2><ol><li id="fn:1">B</li></ol></section>').map((b) => b.ids)).toEqual([
      ['fnref:1'],
      ['fn:notes', 'fn:1'],
    ]);
  });
});

describe('originalIds', () => {
  it('returns heading slugs and numbers other blocks within their section', () => {
    expect(originalIds(original.blocks, 'a/en.md')).toEqual([
      'intro-p1',
      'history',
      'history-p1',
      'detail',
      'detail-p1',
      'detail-p2',
    ]);
  });
  it('throws, naming the file, for a heading without an id', () => {
    expect(() => originalIds(fileBlocks('<h2>No id</h2>'), 'b/en.md')).toThrow(/b\/en\.md: heading <h2> “No id”/);
  });
  it('throws when two blocks would share an id', () => {
    expect(() => originalIds(fileBlocks('<h2 id="x">X</h2><p>a</p><h2 id="x-p1">X p1</h2>'), 'c/en.md')).toThrow(
      /share the id “x-p1”/,
    );
  });
});

describe('pairBlocks', () => {
  it('returns the translation with the original ids, block for block', () => {
    const paired = pairBlocks(original, translation);
    expect(paired.translation?.map((b) => b.id)).toEqual(paired.original.map((b) => b.id));
    expect(paired.translation?.[1]).toMatchObject({ id: 'history', tag: 'h2' });
  });
  it('gives each block its paired id in place of its own', () => {
    const linked = { file: 'a/en.md', blocks: fileBlocks('<h2 id="history" class="x">History</h2><p>See <a href="/en/b/#c">this</a> &amp; <em>that</em>.</p>') };
    expect(pairBlocks(linked, undefined).original).toEqual([
      { id: 'history', tag: 'h2', attributes: ' class="x"', html: 'History', text: 'History', links: [], ids: [] },
      { id: 'history-p1', tag: 'p', attributes: '', html: 'See <a href="/en/b/#c">this</a> &#x26; <em>that</em>.', text: 'See this & that.', links: ['/en/b/#c'], ids: [] },
    ]);
  });
  it('returns only the original when there is no translation', () => {
    expect(pairBlocks(original, undefined).translation).toBeUndefined();
  });
  it('throws naming both files and the first differing block for a missing block', () => {
    const short = { file: 'a/zh.md', blocks: fileBlocks('<p>引言。</p><h2>历史</h2><h3>细节</h3><p>二。</p><ul><li>x</li></ul>') };
    expect(() => pairBlocks(original, short)).toThrow(PairingError);
    expect(() => pairBlocks(original, short)).toThrow(
      'a/zh.md does not line up with a/en.md (5 blocks against 6). First difference at block 3: a/en.md has <p> “One.”, a/zh.md has <h3> “细节”.',
    );
  });
  it('throws for a heading at another level', () => {
    const level = { file: 'a/zh.md', blocks: fileBlocks('<p>引言。</p><h3>历史</h3><p>一。</p><h3>细节</h3><p>二。</p><ul><li>x</li></ul>') };
    expect(() => pairBlocks(original, level)).toThrow(/block 2: a\/en\.md has <h2> “History”, a\/zh\.md has <h3> “历史”/);
  });
  it('throws naming both files and the first block whose footnotes differ', () => {
    const noted = (file: string, html: string) => ({ file, blocks: fileBlocks(html) });
    const en = noted('a/en.md', '<p>One<sup><a href="#fn:1">1</a></sup>.</p><p>Two<sup><a href="#fn:2">2</a></sup>.</p>');
    const zh = noted('a/zh.md', '<p>一<sup><a href="#fn:1">1</a></sup><sup><a href="#fn:2">2</a></sup>。</p><p>二。</p>');
    expect(() => pairBlocks(en, zh)).toThrow(
      'a/zh.md does not line up with a/en.md: its footnotes differ at block 1. a/en.md has <p> “One1.” with footnote 1, ' +
        'a/zh.md has <p> “一12。” with footnotes 1, 2. Give the translation a footnote wherever the original has one, in the same order.',
    );
  });
  it('throws for an extra block at the end', () => {
    const extra = { file: 'a/zh.md', blocks: fileBlocks('<p>引言。</p><h2>历史</h2><p>一。</p><h3>细节</h3><p>二。</p><ul><li>x</li></ul><p>多余。</p>') };
    expect(() => pairBlocks(original, extra)).toThrow(/block 7: a\/en\.md has nothing \(the file ends\), a\/zh\.md has <p> “多余。”/);
  });
});

describe('lineOf', () => {
  const source = '---\ntitle: x\n---\n\nIntro.\n\n## History\n\nOne   two three four five.\n';
  it('returns the line a block starts on, found by its first words', () => {
    const [, heading, paragraph] = fileBlocks('<p>Intro.</p><h2>History</h2><p>One two three four five.</p>');
    expect(lineOf(source, heading)).toBe(7);
    expect(lineOf(source, paragraph)).toBe(9);
  });
  it('returns undefined without a source or a match', () => {
    const [p] = fileBlocks('<p>Elsewhere.</p>');
    expect(lineOf(source, p)).toBeUndefined();
    expect(lineOf(undefined, p)).toBeUndefined();
  });
});

describe('pairBlocks with sources', () => {
  it('throws with the line of the differing block in both files', () => {
    const en = { file: 'a/en.md', blocks: fileBlocks('<p>Intro.</p><h2 id="h">History</h2>'), source: () => '---\n---\nIntro.\n\n## History\n' };
    const zh = { file: 'a/zh.md', blocks: fileBlocks('<p>引言。</p><p>多余。</p>'), source: () => '---\n---\n引言。\n\n多余。\n' };
    expect(() => pairBlocks(en, zh)).toThrow(/block 2: a\/en\.md:5 has <h2> “History”, a\/zh\.md:5 has <p> “多余。”/);
  });
  it('throws for an empty original', () => {
    expect(() => pairBlocks({ file: 'b/en.md', blocks: fileBlocks('') }, undefined)).toThrow('b/en.md: the article is empty.');
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
