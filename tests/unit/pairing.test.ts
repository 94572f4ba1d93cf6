import { describe, expect, it } from 'vitest';
import { excerpt, fileBlocks, lineOf, originalIds, pairBlocks, PairingError, place } from '../../src/lib/pairing.ts';

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
      { ownId: 'history', tag: 'h2', attributes: ' class="x"', html: 'History', text: 'History', links: [] },
      { ownId: undefined, tag: 'p', attributes: '', html: 'See <a href="/en/b/#c">this</a> &#x26; <em>that</em>.', text: 'See this & that.', links: ['/en/b/#c'] },
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
      { id: 'history', tag: 'h2', attributes: ' class="x"', html: 'History', text: 'History', links: [] },
      { id: 'history-p1', tag: 'p', attributes: '', html: 'See <a href="/en/b/#c">this</a> &#x26; <em>that</em>.', text: 'See this & that.', links: ['/en/b/#c'] },
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
  it('returns the line of a Chinese paragraph whose punctuation the site made full-width', () => {
    const [p] = fileBlocks('<p>恐怖主义是超越国界的严重威胁，威胁着世界的和平、稳定与发展。没有一个国家能免受其破坏性影响。</p>');
    expect(lineOf('---\ntitle: x\n---\n\n引言。\n\n恐怖主义是超越国界的严重威胁,威胁着世界的和平、稳定与发展。没有一个国家能免受其破坏性影响。\n', p)).toBe(7);
  });
  it('returns the line of a block whose first words an HTML comment interrupts', () => {
    const [p] = fileBlocks('<p>One thing. Another thing.</p>');
    expect(lineOf('Intro.\n\nOne thing. <!-- s -->Another thing.\n', p)).toBe(3);
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

describe('place', () => {
  const source = 'Intro.\n\nOne two three.\n';
  const blocks = fileBlocks('<p>Intro.</p><p>One two three.</p><p>Elsewhere.</p>');
  it('returns the file and the line of the block', () => {
    expect(place({ file: 'a/en.md', blocks, source: () => source }, blocks[1])).toBe('a/en.md:3');
  });
  it('returns the file alone when the line is not known', () => {
    expect(place({ file: 'a/en.md', blocks, source: () => source }, blocks[2])).toBe('a/en.md');
    expect(place({ file: 'a/en.md', blocks }, blocks[1])).toBe('a/en.md');
  });
});

describe('excerpt', () => {
  it('returns a short text whole, on one line', () => {
    expect(excerpt('One\n  two.')).toBe('One two.');
  });
  it('returns the start of a long text with an ellipsis', () => {
    expect(excerpt('The United States praised Pakistan', 20)).toBe('The United States…');
  });
});
