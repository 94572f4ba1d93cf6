import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
// The `raw` node (HTML kept as a string) is declared by mdast-util-to-hast.
import type {} from 'mdast-util-to-hast';
import type { Block } from './pairing.ts';

const isHeading = (block: Block) => /^h[2-6]$/.test(block.tag);

/** A block as an element with an id (or none) and extra children after its content, which stays HTML. */
function element(block: Block, id: string | undefined, extra: ElementContent[] = []): Element {
  const properties = id === undefined ? block.properties : { ...block.properties, id };
  return { type: 'element', tagName: block.tag, properties, children: [{ type: 'raw', value: block.html }, ...extra] };
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
  return toHtml(
    nodes.flatMap((n) => [n, { type: 'text' as const, value: '\n' }]),
    { allowDangerousHtml: true },
  );
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
        return h('div', { className: ['heading'] }, [element(b, b.id), sectionLink(b.id, labels.sectionLink, b.text)]);
      }
      const control = peek && b.tag === 'p' ? [{ type: 'text' as const, value: ' ' }, peekControl(b.id, peek)] : [];
      return element(b, b.id, control);
    }),
  );
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
        h('div', { className: ['side'], lang: side ? translation.lang : original.lang }, [element(block, undefined)]),
      );
      const link = isHeading(a) ? [sectionLink(a.id, labels.sectionLink, named.text)] : [];
      return h('div', { className: isHeading(a) ? ['pair', 'pair-heading'] : ['pair'], id: a.id }, [...sides, ...link]);
    }),
  );
}
