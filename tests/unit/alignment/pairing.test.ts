import { describe, expect, it } from 'vitest';
import { originalIds, pairBlocks, PairingError, sectionId } from '../../../src/alignment/pairing.ts';
import { fileBlocks } from '../../helpers.ts';

const original = {
  file: 'a/en.md',
  blocks: fileBlocks('<p>Intro.</p>\n<h2 id="history">History</h2>\n<p>One.</p>\n<h3 id="detail">Detail</h3>\n<p>Two.</p>\n<ul><li>x</li></ul>'),
};
const translation = {
  file: 'a/zh.md',
  blocks: fileBlocks('<p>引言。</p>\n<h2 id="历史">历史</h2>\n<p>一。</p>\n<h3 id="细节">细节</h3>\n<p>二。</p>\n<ul><li>x</li></ul>'),
};

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
