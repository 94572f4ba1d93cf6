import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Block } from './pairing.ts';

/** Returns a copy of a block's element with the block's id set on it. */
function withId(block: Block): Element {
  return { ...block.node, properties: { ...block.node.properties, id: block.id } };
}

/**
 * A heading with its "link to this section" control beside it: a plain fragment link
 * without JavaScript, a share-the-URL button with it (see scripts/share.ts).
 */
function headingWithLink(block: Block, label: string): Element {
  const text = toString(block.node).trim();
  return h('div', { className: ['heading'] }, [
    withId(block),
    h('a', { className: ['section-link'], href: `#${block.id}`, dataShare: '' }, [
      h('span', { ariaHidden: 'true' }, '#'),
      h('span', { className: ['visually-hidden'] }, `${label}: ${text}`),
    ]),
  ]);
}

/** Renders an article's blocks to HTML, with ids on every block and a link control on every heading. */
export function renderBlocks(blocks: Block[], sectionLinkLabel: string): string {
  const nodes = blocks.map((b) => (/^h[2-6]$/.test(b.tag) ? headingWithLink(b, sectionLinkLabel) : withId(b)));
  return toHtml(nodes.flatMap((n) => [n, { type: 'text', value: '\n' }] as const));
}
