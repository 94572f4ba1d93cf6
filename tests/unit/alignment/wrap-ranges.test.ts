import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/alignment/sentences.ts';
import { wrapRanges } from '../../../src/alignment/wrap-ranges.ts';
import { fileBlocks } from '../../helpers.ts';

const numbered = (range: number) => ({ dataS: range + 1 });

describe('wrapRanges', () => {
  it('returns each range of plain text in a span, the white space between them outside', () => {
    expect(wrapRanges('One. Two.', [{ start: 0, end: 4 }, { start: 5, end: 9 }], numbered)).toBe(
      '<span data-s="1">One.</span> <span data-s="2">Two.</span>',
    );
  });

  it('returns an element inside a range within the range’s span', () => {
    expect(wrapRanges('One <em>two</em>. Three.', [{ start: 0, end: 8 }, { start: 9, end: 15 }], numbered)).toBe(
      '<span data-s="1">One <em>two</em>.</span> <span data-s="2">Three.</span>',
    );
  });

  it('returns a range that crosses an element’s edge in one span on each side, without breaking the tags', () => {
    const html = 'One. <em>Two. Three</em> four.';
    expect(wrapRanges(html, [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 10, end: 21 }], numbered)).toBe(
      '<span data-s="1">One.</span> <em><span data-s="2">Two.</span> <span data-s="3">Three</span></em><span data-s="3"> four.</span>',
    );
  });

  it('returns ranges inside a link and an abbreviation that hold a sentence boundary', () => {
    const html = '<a href="/en/x/">Read this. It</a> helps the <abbr title="United States">U.S.</abbr> Department.';
    const [block] = fileBlocks(`<p>${html}</p>`);
    const ranges = splitSentences(block!.text, 'en');
    expect(ranges).toHaveLength(2);
    expect(wrapRanges(block!.html, ranges, numbered)).toBe(
      '<a href="/en/x/"><span data-s="1">Read this.</span> <span data-s="2">It</span></a>' +
        '<span data-s="2"> helps the <abbr title="United States">U.S.</abbr> Department.</span>',
    );
  });

  it('returns the part number of each span, so that only a range’s first span carries its id', () => {
    const html = '<em>One. Two</em> three.';
    expect(wrapRanges(html, [{ start: 0, end: 4 }, { start: 5, end: 15 }], (r, part) => (part ? { dataS: `s${r + 1}` } : { id: `s${r + 1}` }))).toBe(
      '<em><span id="s1">One.</span> <span id="s2">Two</span></em><span data-s="s2"> three.</span>',
    );
  });

  it('returns offsets counted in the block’s text: entities as one character, white space at the start left out', () => {
    const [block] = fileBlocks('<p>\n  R&amp;D grew. 研发增长了。</p>');
    expect(block!.text).toBe('R&D grew. 研发增长了。');
    expect(wrapRanges(block!.html, splitSentences(block!.text, 'en'), numbered)).toBe(
      '\n  <span data-s="1">R&#x26;D grew.</span> <span data-s="2">研发增长了。</span>',
    );
  });

  it('returns elements without text inside a range when they sit within it, outside when they sit at its edge', () => {
    expect(wrapRanges('<br>One<br>two.<img src="a.png" alt="">', [{ start: 0, end: 7 }], numbered)).toBe(
      '<br><span data-s="1">One<br>two.</span><img src="a.png" alt>',
    );
  });

  it('returns the HTML unchanged without ranges', () => {
    const [block] = fileBlocks('<p>See <a href="/en/b/#c">this</a> &amp; <em>that</em>.</p>');
    expect(wrapRanges(block!.html, [], numbered)).toBe(block!.html);
  });
});
