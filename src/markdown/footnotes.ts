import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * GFM footnotes (`text[^1]` and `[^1]: the note`), published with ids of the site's own: the
 * same in every language (`#fn:1` is the first note of the original and of its translation) and
 * apart from the blocks' ids, which are headings' slugs and have no colon.
 *
 * Markdown renders footnotes with ids and `data-*` attributes, which the sanitiser refuses from
 * an article. So they are taken out of the tree before its raw HTML is parsed, when every
 * element in it is Markdown's own (`takeFootnotes`), and put back, with the site's ids, once it
 * is sanitised (`putFootnotes`). A reference is found again by where it starts in the file:
 * raw HTML, which starts elsewhere, cannot pass for one.
 */

/** The id of note `n`. */
export const noteId = (n: number): string => `fn:${n}`;

/** The id of the `k`th reference to note `n` (the back-link's target). */
export const referenceId = (n: number, k: number): string => `fnref:${n}${k > 1 ? `:${k}` : ''}`;

/** The id of the notes' heading, which describes every reference. */
const HEADING_ID = 'fn:notes';

/**
 * The notes a block's links refer to, in order.
 * @example notesReferenced(['#fn:1', '/en/a/', '#fn:2', '#fnref:1']) // [1, 2]
 */
export function notesReferenced(links: readonly string[]): number[] {
  return links.flatMap((href) => (/^#fn:\d+$/.test(href) ? [Number(href.slice('#fn:'.length))] : []));
}

/** An article's footnotes, out of its tree. */
export interface Footnotes {
  /** Each reference, by the offset in the file where it starts: its note and how many references to that note it makes. */
  references: Map<number, { n: number; k: number }>;
  /** Each note's content, without Markdown's back-links: note n is `notes[n - 1]`. */
  notes: Root[];
}

function elements(nodes: readonly (RootContent | ElementContent)[], each: (node: Element) => void): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    each(node);
    elements(node.children, each);
  }
}

/** Content without Markdown's back-links (the site makes its own) and the spaces before them. */
function withoutBackLinks(nodes: ElementContent[]): ElementContent[] {
  if (!nodes.some((c) => c.type === 'element' && 'dataFootnoteBackref' in c.properties)) return nodes;
  const kept = nodes.filter((c) => !(c.type === 'element' && 'dataFootnoteBackref' in c.properties));
  while (kept.at(-1)?.type === 'text' && !(kept.at(-1) as Text).value.trim()) kept.pop();
  const last = kept.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return kept;
}

const isNotesSection = (node: RootContent): node is Element =>
  node.type === 'element' && node.tagName === 'section' && 'dataFootnotes' in node.properties;

/**
 * Takes Markdown's footnotes out of a tree whose raw HTML is not parsed yet: the notes' section,
 * and the ids and `data-*` attributes of the references, which it records by position.
 * @example takeFootnotes(tree of 'A[^1].\n\n[^1]: B.') // { references: Map { 1 => { n: 1, k: 1 } }, notes: [root of <p>B.</p>] }
 */
export function takeFootnotes(tree: Root): Footnotes {
  const at = tree.children.findIndex(isNotesSection);
  const section = at < 0 ? undefined : (tree.children.splice(at, 1)[0] as Element);
  const list = section?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol');
  const notes: Root[] = (list?.children ?? [])
    .filter((c): c is Element => c.type === 'element' && c.tagName === 'li')
    .map((li) => {
      const children = withoutBackLinks(li.children);
      elements(children, (node) => (node.children = withoutBackLinks(node.children)));
      return { type: 'root', children };
    });
  const references: Footnotes['references'] = new Map();
  const counts = new Map<number, number>();
  // In the order Markdown numbers them: the text's references, then those inside notes.
  for (const nodes of [tree.children, ...notes.map((note) => note.children)]) {
    elements(nodes, (node) => {
      const offset = node.position?.start.offset;
      if (node.tagName !== 'a' || !('dataFootnoteRef' in node.properties) || offset === undefined) return;
      const n = Number(toString(node));
      const k = (counts.get(n) ?? 0) + 1;
      counts.set(n, k);
      references.set(offset, { n, k });
      node.properties = {};
    });
  }
  return { references, notes };
}

/** The words of the notes: their heading, and the back-link's label with `{n}` for the reference. */
export interface NoteLabels {
  title: string;
  back: string;
}

function backLink(n: number, k: number, labels: NoteLabels): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `#${referenceId(n, k)}`, ariaLabel: labels.back.replace('{n}', k > 1 ? `${n}-${k}` : String(n)) },
    children: [
      // U+FE0E: the arrow as text, not as an emoji.
      { type: 'text', value: '↩\uFE0E' },
      ...(k > 1 ? [{ type: 'element', tagName: 'sup', properties: {}, children: [{ type: 'text', value: String(k) }] } as Element] : []),
    ],
  };
}

/** A note's list item: its content, then a back-link to each reference, at the end of its last paragraph. */
function noteItem(n: number, note: Root, references: number, labels: NoteLabels): Element {
  const links = Array.from({ length: references }, (_, i) => [{ type: 'text', value: ' ' } as const, backLink(n, i + 1, labels)]).flat();
  const children = note.children as ElementContent[];
  const last = children.findLast((c) => c.type === 'element' || c.value.trim());
  if (last?.type === 'element' && last.tagName === 'p') last.children.push(...links);
  else children.push(...links);
  return { type: 'element', tagName: 'li', properties: { id: noteId(n) }, children };
}

/**
 * Puts the footnotes back into a sanitised tree: the site's ids on the references, and the notes
 * (sanitised too) in a section at the end, each with its back-links.
 */
export function putFootnotes(tree: Root, { references, notes }: Footnotes, labels: NoteLabels): void {
  const counts = new Map<number, number>();
  for (const nodes of [tree.children, ...notes.map((note) => note.children)]) {
    elements(nodes, (node) => {
      const reference = node.tagName === 'a' ? references.get(node.position?.start.offset ?? -1) : undefined;
      if (!reference) return;
      const { n, k } = reference;
      node.properties = { href: `#${noteId(n)}`, id: referenceId(n, k), ariaDescribedBy: [HEADING_ID] };
      counts.set(n, Math.max(k, counts.get(n) ?? 0));
    });
  }
  if (!notes.length) return;
  tree.children.push({ type: 'text', value: '\n' }, {
    type: 'element',
    tagName: 'section',
    properties: { className: ['footnotes'] },
    children: [
      { type: 'element', tagName: 'h2', properties: { id: HEADING_ID, className: ['visually-hidden'] }, children: [{ type: 'text', value: labels.title }] },
      { type: 'element', tagName: 'ol', properties: {}, children: notes.map((note, i) => noteItem(i + 1, note, counts.get(i + 1) ?? 0, labels)) },
    ],
  });
}
