import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Locale } from '../i18n/locales.ts';
import { alignBlocks, type Marks } from './align.ts';
import type { Block } from './blocks.ts';
import { groupNumbers, sentenceValue } from './sentence-numbers.ts';
import type { TextRange } from './sentences.ts';
import { wrapRanges } from './wrap-ranges.ts';

/**
 * The sentence groups of a paragraph, marked in its HTML so that pages and their script can find
 * them: each group's text is wrapped in `<span data-s>` (a group that crosses the edge of a link
 * or `<em>` in several), the same groups in both languages. A group's number, counted from 1 in
 * its block, is its span's `data-s` value, or one more than the span before it when the value is
 * empty, which is most of them: `<span data-s>One.</span> <span data-s>Two.</span>`. A group
 * with no counterpart (a 1–0 group) leaves a gap that the next span's value bridges, and each
 * further span of a group repeats its number (sentence-numbers.ts). Its id in both languages is
 * `<block id>-s<n>`. A paragraph that is one group on both sides is not marked: the whole block
 * is group 1.
 */

/** A sentence group's number and its text in one language's block. */
export interface GroupRange {
  n: number;
  range: TextRange;
}

/**
 * A block's HTML with its sentence groups wrapped in spans.
 * @example markSentences('One. <em>Two.</em>', [{ n: 1, range: { start: 0, end: 4 } }, { n: 3, range: { start: 5, end: 9 } }])
 * // '<span data-s>One.</span> <em><span data-s="3">Two.</span></em>'
 */
export function markSentences(html: string, groups: readonly GroupRange[]): string {
  return wrapRanges(
    html,
    groups.map((g) => g.range),
    (r, part) => ({ dataS: part ? String(groups[r]!.n) : sentenceValue(groups[r]!.n, groups[r - 1]?.n ?? 0) }),
  );
}

/**
 * An article's blocks in the original and one translation (paired by pairing.ts), with the
 * sentences of every paragraph aligned (alignment.ts, with the editors' marks) and marked.
 */
export function sentenceBlocks(original: readonly Block[], translation: readonly Block[], locale: Locale, marks?: Marks): { original: Block[]; translation: Block[] } {
  const out = { original: [...original], translation: [...translation] };
  for (const { index, groups } of alignBlocks(original, translation, locale, marks)) {
    if (groups.length < 2) continue;
    for (const side of ['original', 'translation'] as const) {
      const ranges = groups.flatMap((g, i) => (g[side].range ? [{ n: i + 1, range: g[side].range }] : []));
      const block = out[side][index]!;
      out[side][index] = { ...block, html: markSentences(block.html, ranges) };
    }
  }
  return out;
}

type Node = RootContent | ElementContent;

const isSentence = (node: Node): boolean => node.type === 'element' && node.tagName === 'span' && node.properties['dataS'] !== undefined;

function sentenceSpans(nodes: readonly Node[], out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (isSentence(node)) out.push(node);
    else sentenceSpans(node.children, out);
  }
  return out;
}

/**
 * The HTML of each sentence group of a marked block (markSentences), in order of number, without
 * the spans; elements a group crosses the edge of are in each of its groups. What lies between
 * groups (the space after a sentence, an image) goes with the group before it. A block without
 * marks is one group.
 * @example sentenceGroups('<span data-s>One.</span> <em><span data-s="3">Two.</span></em>') // Map { 1 => 'One. ', 3 => '<em>Two.</em>' }
 */
export function sentenceGroups(html: string): Map<number, string> {
  const root = fromHtml(html, { fragment: true });
  const spans = sentenceSpans(root.children);
  if (!spans.length) return new Map([[1, html]]);
  const values = groupNumbers(spans.map((s) => String(s.properties['dataS'])));
  const numbers = new Map(spans.map((span, i) => [span, values[i]!]));
  const pick = (n: number): string => {
    let current = numbers.get(spans[0]!)!;
    const keep = (nodes: readonly Node[]): ElementContent[] =>
      nodes.flatMap((node): ElementContent[] => {
        if (node.type === 'doctype' || node.type === 'comment') return [];
        if (node.type === 'element' && isSentence(node)) return (current = numbers.get(node)!) === n ? node.children : [];
        if (node.type === 'element' && sentenceSpans(node.children).length) {
          const children = keep(node.children);
          return children.length ? [{ ...node, children }] : [];
        }
        return current === n ? [node] : [];
      });
    return toHtml(keep(root.children), { collapseEmptyAttributes: true });
  };
  return new Map([...new Set(numbers.values())].map((n) => [n, pick(n)]));
}
