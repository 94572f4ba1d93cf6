import { describe, expect, it } from 'vitest';
import { headingSlug } from '../../../src/content/headings.ts';
import { originalIds, pairBlocks, PairingError, sectionId } from '../../../src/alignment/pairing.ts';
import { fileBlocks, namespaced } from '../../../src/alignment/blocks.ts';
import { excerpt, lineOf, place } from '../../../src/alignment/places.ts';

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

describe('headingSlug', () => {
  it('returns the slug of a text, without the hyphens left at its ends by emoji and punctuation', () => {
    expect(['History of 2025', '🚀 Launch', 'Launch 🚀', '合作的历史', 'Q & A'].map(headingSlug)).toEqual(['history-of-2025', 'launch', 'launch', '合作的历史', 'q--a']);
  });
  it('returns nothing for a text of emoji, punctuation or letters a slug leaves out', () => {
    expect(['???', '🚀', '— · —', '', '𓒎'].map(headingSlug)).toEqual(['', '', '', '', '']);
  });
});

describe('sectionId', () => {
  it('returns the slug without the hyphens left at its ends by the characters a slug leaves out', () => {
    expect(sectionId('-launch', '🚀 Launch')).toBe('launch');
    expect(sectionId('launch-', 'Launch 🚀')).toBe('launch');
    expect(sectionId('q--a', 'Q & A')).toBe('q--a');
  });
  it('returns undefined for a heading without a letter or digit', () => {
    expect(sectionId('', '???')).toBeUndefined();
    expect(sectionId('-1', '🚀')).toBeUndefined();
  });
});

describe('originalIds', () => {
  it('returns heading slugs and numbers other blocks within their section', () => {
    expect(originalIds(original)).toEqual([
      'intro-p1',
      'history',
      'history-p1',
      'detail',
      'detail-p1',
      'detail-p2',
    ]);
  });
  it('throws, naming the file, for a heading without an id', () => {
    expect(() => originalIds({ file: 'b/en.md', blocks: fileBlocks('<h2>No id</h2>') })).toThrow(/b\/en\.md: heading <h2> “No id”/);
  });
  it('throws when two blocks would share an id', () => {
    expect(() => originalIds({ file: 'c/en.md', blocks: fileBlocks('<h2 id="x">X</h2><p>a</p><h2 id="x-p1">X p1</h2>') })).toThrow(
      /share the id “x-p1”/,
    );
  });
  it('returns the id of a heading that starts with an emoji without the hyphen rehype-slug leaves', () => {
    expect(originalIds({ file: 'd/en.md', blocks: fileBlocks('<h2 id="-launch">🚀 Launch</h2><p>a</p>') })).toEqual(['launch', 'launch-p1']);
  });
  it.each([
    ['<h2 id="">???</h2>', '???'],
    ['<h2 id="x">X</h2><h2 id="">🚀</h2>', '🚀'],
  ])('throws with the file, the line and the fix for a heading without a letter or digit (%s)', (html, text) => {
    const file = { file: 'e/en.md', blocks: fileBlocks(html), source: () => `---\ntitle: "?"\n---\n\n## X\n\n## ${text}\n` };
    expect(() => originalIds(file)).toThrow(
      `e/en.md:7: the heading <h2> “${text}” gives no id: a section’s id (the #fragment of its address) is made of its heading’s letters and digits, and emoji and punctuation are left out. Give the heading words in letters or digits.`,
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

describe('pairBlocks on lists and tables', () => {
  /** Blocks from HTML with a line break between elements, as the Markdown renderer writes it. */
  const blocks = (html: string) => fileBlocks(html.replaceAll('><', '>\n<'));
  const en = {
    file: 'a/en.md',
    blocks: blocks('<p>Intro.</p><ul><li>One</li><li>Two</li><li>Three</li></ul><table><tr><th>Year</th></tr><tr><td>2024</td></tr><tr><td>2025</td></tr></table>'),
    source: () => '---\ntitle: x\n---\n\nIntro.\n\n- One\n- Two\n- Three\n\n| Year |\n| --- |\n| 2024 |\n| 2025 |\n',
  };
  const zh = (html: string, source: string) => ({ file: 'a/zh.md', blocks: blocks(`<p>引言。</p>${html}`), source: () => `---\ntitle: x\n---\n\n引言。\n\n${source}` });
  const table = '<table><tr><th>年</th></tr><tr><td>2024</td></tr><tr><td>2025</td></tr></table>';

  it('returns the translation when every list and table has as many items and rows', () => {
    expect(pairBlocks(en, zh(`<ul><li>一</li><li>二</li><li>三</li></ul>${table}`, '')).translation).toHaveLength(3);
  });
  it('throws naming both files, lines and counts for a list with fewer items', () => {
    expect(() => pairBlocks(en, zh(`<ul><li>一</li><li>二</li></ul>${table}`, '- 一\n- 二\n'))).toThrow(
      'a/zh.md does not line up with a/en.md (list items: 2 against 3). First difference at block 2: a/en.md:7 has <ul> “One Two Three”, ' +
        'a/zh.md:7 has <ul> “一 二”. Give the translation one item for each item of the original’s lists, and one row for each row of its tables, lists inside lists included.',
    );
  });
  it('throws naming both files, lines and counts for a table with fewer rows', () => {
    const short = '<table><tr><th>年</th></tr><tr><td>2024</td></tr></table>';
    expect(() => pairBlocks(en, zh(`<ul><li>一</li><li>二</li><li>三</li></ul>${short}`, '- 一\n- 二\n- 三\n\n| 年 |\n| --- |\n| 2024 |\n'))).toThrow(
      /^a\/zh\.md does not line up with a\/en\.md \(table rows: 2 against 3\)\. First difference at block 3: a\/en\.md:11 has <table> “Year .*”, a\/zh\.md:11 has <table> “年 .*”\./,
    );
  });
  it('throws for a list inside a list with fewer items', () => {
    const nested = { file: 'b/en.md', blocks: fileBlocks('<ul><li>a<ul><li>x</li><li>y</li></ul></li></ul>') };
    const flat = { file: 'b/zh.md', blocks: fileBlocks('<ul><li>甲<ul><li>乙</li></ul></li></ul>') };
    expect(() => pairBlocks(nested, flat)).toThrow(/^b\/zh\.md does not line up with b\/en\.md \(list items: 1, 1 against 1, 2\)\. First difference at block 1:/);
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
  it('returns the line of a list or a table, whose text runs over several lines, past Markdown between its words', () => {
    const markdown = '---\ntitle: One\n---\n\n- One **two**\n- Three\n\n| Year | Rate |\n| --- | --- |\n| 2024 | 3 |\n';
    const [list, table] = fileBlocks(
      '<ul>\n<li>One <strong>two</strong></li>\n<li>Three</li>\n</ul>\n<table>\n<tr>\n<th>Year</th>\n<th>Rate</th>\n</tr>\n<tr>\n<td>2024</td>\n<td>3</td>\n</tr>\n</table>',
    );
    expect(lineOf(markdown, list)).toBe(5);
    expect(lineOf(markdown, table)).toBe(8);
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
