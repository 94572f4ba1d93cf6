import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { treeBlocks, type Block } from '../../../src/alignment/blocks.ts';
import { pairBlocks } from '../../../src/alignment/pairing.ts';
import { markSentences, sentenceBlocks, sentenceGroups } from '../../../src/alignment/sentence-markup.ts';
import { groupNumbers, parseSentenceId, sentenceId, sentenceValue } from '../../../src/alignment/sentence-numbers.ts';
import { markdownTree } from '../../../src/markdown/pipeline.ts';

const range = (n: number, start: number, end: number) => ({ n, range: { start, end } });

describe('groupNumbers and sentenceValue', () => {
  it('numbers spans one more than the span before them unless their value says otherwise', () => {
    expect(groupNumbers(['', '', '4', '4', ''])).toEqual([1, 2, 4, 4, 5]);
    expect(groupNumbers([])).toEqual([]);
  });
  it('writes a value only where a group is not the next one', () => {
    expect([sentenceValue(1, 0), sentenceValue(2, 1), sentenceValue(4, 2), sentenceValue(4, 4)]).toEqual(['', '', '4', '4']);
  });
});

describe('sentenceId and parseSentenceId', () => {
  it('joins and splits a block id and a group number', () => {
    expect(sentenceId('intro-p1', 2)).toBe('intro-p1-s2');
    expect(parseSentenceId('a-history-p3-s12')).toEqual({ block: 'a-history-p3', n: 12 });
  });
  it('returns undefined for ids that are not a sentence’s', () => {
    expect(parseSentenceId('intro-p1')).toBeUndefined();
    expect(parseSentenceId('intro-s0')).toBeUndefined();
    expect(parseSentenceId('-s1')).toBeUndefined();
  });
});

describe('markSentences', () => {
  it('wraps each group in a span whose value is empty when it is the next group', () => {
    expect(markSentences('One. Two. Three.', [range(1, 0, 4), range(2, 5, 9), range(3, 10, 16)])).toBe(
      '<span data-s>One.</span> <span data-s>Two.</span> <span data-s>Three.</span>',
    );
  });
  it('numbers a group after a gap, and every further span of a group that crosses an element’s edge', () => {
    expect(markSentences('One <a href="x">two. Three</a> four. Five.', [range(1, 0, 8), range(3, 9, 20), range(4, 21, 26)])).toBe(
      '<span data-s>One </span><a href="x"><span data-s="1">two.</span> <span data-s="3">Three</span></a><span data-s="3"> four.</span> <span data-s>Five.</span>',
    );
  });
  it('keeps the block’s other markup, footnote references and empty attributes included', () => {
    const html = 'A.<sup><a href="#fn:1" id="fnref:1">1</a></sup> <img src="/x.png" alt=""> B.';
    expect(markSentences(html, [range(1, 0, 3), range(2, 5, 7)])).toBe(
      '<span data-s>A.<sup><a href="#fn:1" id="fnref:1">1</a></sup></span> <img src="/x.png" alt> <span data-s>B.</span>',
    );
  });
});

describe('sentenceGroups', () => {
  it('returns each group’s HTML without its spans, elements it crosses the edge of in each group', () => {
    const marked = markSentences('One <a href="x">two. Three</a> four. Five.', [range(1, 0, 8), range(2, 9, 20), range(3, 21, 26)]);
    expect([...sentenceGroups(marked)]).toEqual([
      [1, 'One <a href="x">two. </a>'],
      [2, '<a href="x">Three</a> four. '],
      [3, 'Five.'],
    ]);
  });
  it('puts what lies between groups with the group before it, and a block without marks as one group', () => {
    expect([...sentenceGroups('<span data-s>A.</span> <img src="/x.png" alt> <span data-s="3">B.</span>')]).toEqual([
      [1, 'A. <img src="/x.png" alt> '],
      [3, 'B.'],
    ]);
    expect([...sentenceGroups('One <em>sentence</em>.')]).toEqual([[1, 'One <em>sentence</em>.']]);
  });
});

describe('sentenceBlocks', () => {
  const tree = markdownTree('/');
  async function blocksOf(file: string): Promise<ReturnType<typeof treeBlocks>> {
    const { content } = parseFrontmatter(readFileSync(file, 'utf8'));
    return treeBlocks(await tree(content, file));
  }
  const dir = 'tests/fixtures/articles/islamabad-dialogue';

  it('marks the same groups in both languages of the fixture, leaving blocks of one group as they are', async () => {
    const paired = pairBlocks({ file: `${dir}/en.md`, blocks: await blocksOf(`${dir}/en.md`) }, { file: `${dir}/zh.md`, blocks: await blocksOf(`${dir}/zh.md`) });
    const marked = sentenceBlocks(paired.original, paired.translation, 'zh');
    const numbers = (b: Block) => [...sentenceGroups(b.html).keys()];
    const first = marked.original.findIndex((b) => b.tag === 'p');
    // The first paragraph: six sentences in each language, one to one.
    expect(numbers(marked.original[first]!)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(numbers(marked.translation[first]!)).toEqual([1, 2, 3, 4, 5, 6]);
    marked.original.forEach((b, i) => {
      expect(numbers(b), b.id).toEqual(numbers(marked.translation[i]!));
      // Text and everything but the markup are unchanged.
      expect({ ...b, html: b.html.replace(/<\/?span[^>]*>/g, '') }).toEqual({ ...paired.original[i]!, html: paired.original[i]!.html.replace(/<\/?span[^>]*>/g, '') });
      if (b.tag !== 'p' || numbers(b).length === 1) expect(b.html).toBe(paired.original[i]!.html);
    });
  });
});
