import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Block } from './pairing.ts';

const isHeading = (block: Block) => /^h[2-6]$/.test(block.tag);

/** A copy of an element with other properties and extra children. */
function withProps(node: Element, properties: Element['properties'], extra: ElementContent[] = []): Element {
  return { ...node, properties: { ...node.properties, ...properties }, children: [...node.children, ...extra] };
}

/**
 * The "link to this section" control: a plain fragment link without JavaScript, a
 * share-the-URL button with it (see scripts/share.ts).
 */
function sectionLink(id: string, label: string, heading: string): Element {
  return h('a', { className: ['section-link'], href: `#${id}`, dataShare: '' }, [
    h('span', { ariaHidden: 'true' }, '#'),
    h('span', { className: ['visually-hidden'] }, `${label}: ${heading}`),
  ]);
}

function joinLines(nodes: Element[]): string {
  return toHtml(nodes.flatMap((n) => [n, { type: 'text' as const, value: '\n' }]));
}

/** The peek control of a paragraph: without JavaScript a link to the bilingual view at that paragraph. */
export interface PeekOptions {
  /** The bilingual view's path (with the base). */
  href: string;
  /** The counterpart's short name (中, EN) and language tag. */
  short: string;
  lang: string;
  label: string;
}

function peekControl(id: string, peek: PeekOptions): Element {
  return h('a', { className: ['peek'], href: `${peek.href}#${id}`, dataPeek: '', ariaExpanded: 'false' }, [
    h('span', { ariaHidden: 'true', lang: peek.lang }, peek.short),
    h('span', { className: ['visually-hidden'] }, peek.label),
  ]);
}

/**
 * Renders an article's blocks in one language: ids on every block, a link control beside
 * every heading, and, when `peek` is given, a peek control at the end of every paragraph.
 */
export function renderBlocks(blocks: Block[], labels: { sectionLink: string; peek?: PeekOptions }): string {
  const { peek } = labels;
  return joinLines(
    blocks.map((b) => {
      if (isHeading(b)) {
        const heading = withProps(b.node, { id: b.id });
        return h('div', { className: ['heading'] }, [heading, sectionLink(b.id, labels.sectionLink, toString(b.node).trim())]);
      }
      const control = peek && b.tag === 'p' ? [{ type: 'text' as const, value: ' ' }, peekControl(b.id, peek)] : [];
      return withProps(b.node, { id: b.id }, control);
    }),
  );
}

/** One block of an article, for the per-article file that peek controls read: id → HTML. */
export function blockMap(blocks: Block[]): Record<string, string> {
  return Object.fromEntries(blocks.map((b) => [b.id, toHtml(b.node.children)]));
}

/**
 * Renders the bilingual view: each original block beside its translation, as one unit carrying
 * the block's id; each side keeps its own language.
 */
export function renderPairs(
  original: { lang: string; blocks: Block[] },
  translation: { lang: string; blocks: Block[] },
  labels: { sectionLink: string; headingsFrom: 'original' | 'translation' },
): string {
  return joinLines(
    original.blocks.map((a, i) => {
      const b = translation.blocks[i]!;
      const named = labels.headingsFrom === 'original' ? a : b;
      const sides = [a, b].map((block, side) =>
        h('div', { className: ['side'], lang: side ? translation.lang : original.lang }, [withProps(block.node, { id: undefined })]),
      );
      const link = isHeading(a) ? [sectionLink(a.id, labels.sectionLink, toString(named.node).trim())] : [];
      return h('div', { className: isHeading(a) ? ['pair', 'pair-heading'] : ['pair'], id: a.id }, [...sides, ...link]);
    }),
  );
}
