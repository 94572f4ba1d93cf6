import type { Element, ElementContent, Properties, RootContent } from 'hast';
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
  /** The range each new span wraps. */
  spans: Map<Element, number>;
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
      const span: Element = { type: 'element', tagName: 'span', properties: {}, children: run as ElementContent[] };
      walk.spans.set(span, range);
      out.push(span as T);
    }
    i = j;
  }
  return out;
}

/**
 * Wraps each range of a block's text in spans, in its HTML; `properties` gives each span's
 * attributes, from the range's index and the span's (0 for a range's first span). Empty attributes are
 * written without a value (`data-s`), here and in the rest of the block (`alt`).
 * @example wrapRanges('One. <em>Two. Three</em> four.', [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 10, end: 21 }], (r) => ({ dataS: r + 1 }))
 * // '<span data-s="1">One.</span> <em><span data-s="2">Two.</span> <span data-s="3">Three</span></em><span data-s="3"> four.</span>'
 */
export function wrapRanges(html: string, ranges: readonly TextRange[], properties: (range: number, part: number) => Properties): string {
  const root = fromHtml(html, { fragment: true });
  const text = toString(root);
  const lead = text.length - text.trimStart().length;
  const shifted = ranges.map((r) => ({ start: r.start + lead, end: r.end + lead }));
  const walk: Walk = { ranges: shifted, spans: new Map() };
  const wrapped = wrap(root.children, 0, walk);
  // Each span's attributes, in document order (spans inside an element are made before those around it).
  const parts = ranges.map(() => 0);
  const visit = (nodes: readonly Child[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const range = walk.spans.get(node);
      if (range !== undefined) node.properties = properties(range, parts[range]!++);
      visit(node.children);
    }
  };
  visit(wrapped);
  return toHtml(wrapped, { collapseEmptyAttributes: true });
}
