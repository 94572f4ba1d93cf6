import type { ElementContent, Properties, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { TextRange } from './sentences.ts';

/**
 * Wraps ranges of a block's text in `<span>` elements inside the block's HTML, without breaking
 * its tags: text nodes are split at the ranges' ends, and a range that crosses the edge of an
 * element (a link, `<em>`, `<abbr>`…) is wrapped in one span on each side of it, so one range
 * may give several spans ("parts"). Offsets count the block's `text` (pairing.ts): the text of
 * the HTML, without the white space at its start.
 */

type Child = RootContent | ElementContent;

interface Walk {
  ranges: readonly TextRange[];
  properties: (range: number, part: number) => Properties;
  /** How many spans each range has so far. */
  parts: number[];
}

/** The range that holds the text from `from` to `to` entirely (an empty node: strictly inside), or -1. */
function holder(ranges: readonly TextRange[], from: number, to: number): number {
  return ranges.findIndex((r) => (from === to ? r.start < from && from < r.end : r.start <= from && to <= r.end));
}

/** Splits a text node at every range end inside it. */
function splitText(value: string, at: number, ranges: readonly TextRange[]): string[] {
  const cuts = ranges
    .flatMap((r) => [r.start - at, r.end - at])
    .filter((c) => c > 0 && c < value.length)
    .sort((a, b) => a - b);
  return [0, ...cuts].map((c, i, all) => value.slice(c, all[i + 1])).filter(Boolean);
}

/** Wraps the ranges among `children`, whose text starts at `at`. */
function wrap<T extends Child>(children: readonly T[], at: number, walk: Walk): T[] {
  const pieces: { node: T; range: number }[] = [];
  for (const node of children) {
    if (node.type === 'text') {
      for (const value of splitText(node.value, at, walk.ranges)) {
        pieces.push({ node: { ...node, value }, range: holder(walk.ranges, at, at + value.length) });
        at += value.length;
      }
      continue;
    }
    const from = at;
    const length = 'children' in node ? toString(node).length : 0;
    const range = holder(walk.ranges, from, from + length);
    if (range < 0 && node.type === 'element' && length) {
      pieces.push({ node: { ...node, children: wrap(node.children, from, walk) }, range });
    } else {
      pieces.push({ node, range });
    }
    at += length;
  }

  const out: T[] = [];
  for (let i = 0; i < pieces.length; ) {
    const { range } = pieces[i]!;
    let j = i + 1;
    while (range >= 0 && j < pieces.length && pieces[j]!.range === range) j++;
    const run = pieces.slice(i, j).map((p) => p.node);
    if (range < 0) out.push(...run);
    else {
      const part = walk.parts[range]!++;
      out.push({ type: 'element', tagName: 'span', properties: walk.properties(range, part), children: run as ElementContent[] } as T);
    }
    i = j;
  }
  return out;
}

/**
 * Wraps each range of a block's text in spans, in its HTML; `properties` gives each span's
 * attributes, from the range's index and the span's (0 for a range's first span).
 * @example wrapRanges('One. <em>Two. Three</em> four.', [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 10, end: 21 }], (r) => ({ dataS: r + 1 }))
 * // '<span data-s="1">One.</span> <em><span data-s="2">Two.</span> <span data-s="3">Three</span></em><span data-s="3"> four.</span>'
 */
export function wrapRanges(html: string, ranges: readonly TextRange[], properties: (range: number, part: number) => Properties): string {
  const root = fromHtml(html, { fragment: true });
  const text = toString(root);
  const lead = text.length - text.trimStart().length;
  const shifted = ranges.map((r) => ({ start: r.start + lead, end: r.end + lead }));
  const walk: Walk = { ranges: shifted, properties, parts: ranges.map(() => 0) };
  return toHtml(wrap(root.children, 0, walk));
}
