import { namespaced, type Block } from '../alignment/blocks.ts';
import { sentenceGroups } from '../alignment/sentence-markup.ts';
import { sentenceValue } from '../alignment/sentence-numbers.ts';

/**
 * The article pages' HTML, put together from blocks whose content and attributes are already
 * serialised (see pairing.ts): the pages only add ids, wrappers and controls, so they write
 * strings instead of building and serialising trees again for each page.
 */

const isHeading = (block: Block) => /^h[2-6]$/.test(block.tag);

/** Elements with no end tag and no content; of Markdown's blocks, `hr` and raw `img`. */
const VOID = /^(?:area|br|embed|hr|img|input|wbr)$/;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text made safe for HTML content and double-quoted attribute values.
 * @example escapeHtml('R&D <b>') // 'R&amp;D &lt;b&gt;'
 */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/** A block as HTML, with an id (or none) and extra HTML after its content. */
function element(block: Block, id: string | undefined, extra = ''): string {
  const start = `<${block.tag}${block.attributes}${id === undefined ? '' : ` id="${escapeHtml(id)}"`}>`;
  return VOID.test(block.tag) ? start : `${start}${block.html}${extra}</${block.tag}>`;
}

/**
 * The "link to this section" control: a plain fragment link without JavaScript, a
 * share-the-URL button with it (see scripts/share.ts). Its name is an `aria-label` and its sign
 * is `aria-hidden`, so that it has no text: reader modes and read-later apps, which keep an
 * article's text and drop what is hidden, then show none of it.
 */
function sectionLink(id: string, label: string, heading: string): string {
  return (
    `<a class="section-link" href="#${escapeHtml(id)}" data-share="" aria-label="${escapeHtml(`${label}: ${heading}`)}">` +
    '<span aria-hidden="true">#</span></a>'
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

/** Named, like the section link, by an `aria-label`, with its visible tag hidden from assistive technology. */
function peekControl(id: string, peek: PeekOptions): string {
  return (
    ` <a class="peek" href="${escapeHtml(`${peek.href}#${id}`)}" data-peek="" aria-expanded="false" aria-label="${escapeHtml(peek.label)}">` +
    `<span aria-hidden="true" lang="${escapeHtml(peek.lang)}">${escapeHtml(peek.short)}</span></a>`
  );
}

/**
 * Renders an article's blocks in one language: ids on every block, a link control beside
 * every heading, and, when `peek` is given, a peek control at the end of every paragraph.
 * A heading and its link are held in a `header`, not a `div`: reader modes (Mozilla's
 * Readability, in Firefox and read-later apps) drop a `div` that holds a heading and no
 * paragraph text, and with it the heading.
 */
export function renderBlocks(blocks: Block[], labels: { sectionLink: string; peek?: PeekOptions }): string {
  const { peek } = labels;
  return blocks
    .map((b) => {
      if (isHeading(b)) return `<header class="heading">${element(b, b.id)}${sectionLink(b.id, labels.sectionLink, b.text)}</header>\n`;
      return `${element(b, b.id, peek && b.tag === 'p' ? peekControl(b.id, peek) : '')}\n`;
    })
    .join('');
}

/**
 * A block's sentence groups, worked out once a build: the same block is laid out sentence by
 * sentence on the bilingual page of each interface language that shows it.
 */
const groups = new WeakMap<Block, Map<number, string>>();
function groupsOf(block: Block): Map<number, string> {
  let found = groups.get(block);
  if (!found) groups.set(block, (found = sentenceGroups(block.html)));
  return found;
}

/**
 * A pair of paragraphs sentence by sentence: for each sentence group (see sentence-markup.ts),
 * in order, a paragraph of the original's sentences followed by their translation's, each in a
 * span numbered as the groups of a marked block are.
 */
function sentencePair(a: Block, b: Block, langs: [string, string]): string {
  const sides = [groupsOf(a), groupsOf(b)];
  const numbers = [...new Set([...sides[0]!.keys(), ...sides[1]!.keys()])].sort((x, y) => x - y);
  let previous = 0;
  const span = (n: number, side: 0 | 1) => {
    const html = sides[side]!.get(n);
    if (html === undefined) return '';
    const value = sentenceValue(n, previous);
    previous = n;
    return `<span data-s${value && `="${value}"`} lang="${escapeHtml(langs[side])}">${html}</span>`;
  };
  return numbers.map((n) => `<p>${span(n, 0)} ${span(n, 1)}</p>`).join('');
}

/**
 * Renders the bilingual view: each original block beside its translation, as one unit carrying
 * the block's id; each side keeps its own language. The ids inside the translation's blocks
 * (footnotes) take its language tag as a prefix (`zh-CN:fn:1`), apart from the original's.
 * Laid out `sentences`, the pairs of paragraphs are written sentence group by sentence group.
 */
export function renderPairs(
  original: { lang: string; blocks: Block[] },
  translation: { lang: string; blocks: Block[] },
  labels: { sectionLink: string; headingsFrom: 'original' | 'translation'; layout?: 'sides' | 'sentences' },
): string {
  const side = (block: Block, lang: string) => `<div class="side" lang="${escapeHtml(lang)}">${element(block, undefined)}</div>`;
  const translated = namespaced(translation.blocks, `${translation.lang}:`);
  return original.blocks
    .map((a, i) => {
      const b = translated[i]!;
      if (labels.layout === 'sentences' && a.tag === 'p' && b.tag === 'p') {
        return `<div class="pair sentences" id="${escapeHtml(a.id)}">${sentencePair(a, b, [original.lang, translation.lang])}</div>\n`;
      }
      const heading = isHeading(a);
      const named = labels.headingsFrom === 'original' ? a : b;
      return (
        `<div class="${heading ? 'pair pair-heading' : 'pair'}" id="${escapeHtml(a.id)}">` +
        side(a, original.lang) +
        side(b, translation.lang) +
        (heading ? sectionLink(a.id, labels.sectionLink, named.text) : '') +
        '</div>\n'
      );
    })
    .join('');
}
