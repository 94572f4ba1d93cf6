import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { headingSlug, NAMELESS_HEADING } from '../content/headings.ts';
import { notesReferenced } from '../markdown/footnotes.ts';

/**
 * One top-level block of a rendered article: a heading, paragraph, list, quote, table…, kept as
 * what the pages need (its content already serialised), not as a tree.
 */
export interface Block {
  /** Language-independent id: the original heading's slug, or `<section>-p<n>` for other blocks. */
  id: string;
  /** Tag name; for headings it carries the level (`h2`, `h3`). */
  tag: string;
  /** The element's own attributes, without its id, as HTML: each with its leading space (` class="lead"`). */
  attributes: string;
  /** Its content, as HTML. */
  html: string;
  /** Its text, trimmed. */
  text: string;
  /** The targets of the links in it. */
  links: string[];
  /** The ids of elements inside it (footnotes and their references), which links may lead to. */
  ids: string[];
}

/** Two files whose block structure does not line up. */
export class PairingError extends Error {
  override name = 'PairingError';
}

const HEADING = /^h[1-6]$/;
const INTRO = 'intro';

/**
 * A top-level block of one rendered file, before pairing: what a Block holds, with the
 * element's own id (a heading's, from rehype-slug) instead of the language-independent one.
 */
export type FileBlock = Omit<Block, 'id'> & {
  ownId: string | undefined;
  /** The lists and tables of the block (itself, and those inside it, in order), each with its number of items or rows. */
  items: { tag: string; count: number }[];
};

function hrefs(nodes: readonly ElementContent[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const href = node.properties['href'];
    if (node.tagName === 'a' && typeof href === 'string') out.push(href);
    hrefs(node.children, out);
  }
  return out;
}

const children = (node: Element, tags: RegExp): Element[] =>
  node.children.filter((child): child is Element => child.type === 'element' && tags.test(child.tagName));

function items(node: Element, out: FileBlock['items'] = []): FileBlock['items'] {
  if (/^[ou]l$/.test(node.tagName)) out.push({ tag: node.tagName, count: children(node, /^li$/).length });
  if (node.tagName === 'table') {
    const rows = [node, ...children(node, /^t(head|body|foot)$/)].flatMap((part) => children(part, /^tr$/));
    out.push({ tag: 'table', count: rows.length });
  }
  for (const child of children(node, /./)) items(child, out);
  return out;
}

function ids(nodes: readonly ElementContent[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const id = node.properties['id'];
    if (typeof id === 'string' && id) out.push(id);
    ids(node.children, out);
  }
  return out;
}

function fileBlock(node: Element): FileBlock {
  const { id, ...properties } = node.properties;
  // Serialised as an empty `<x>` element (attributes do not depend on the tag): `<x class="lead"></x>`.
  const attributes = toHtml({ type: 'element', tagName: 'x', properties, children: [] }).slice('<x'.length, -'></x>'.length);
  return {
    ownId: typeof id === 'string' && id ? id : undefined,
    tag: node.tagName,
    attributes,
    html: toHtml(node.children),
    text: toString(node).trim(),
    links: hrefs(node.children),
    items: items(node),
    ids: ids(node.children),
  };
}

/** The top-level blocks of a rendered file's HTML (the text between them is whitespace). */
export function fileBlocks(html: string): FileBlock[] {
  return fromHtml(html, { fragment: true })
    .children.filter((n): n is Element => n.type === 'element')
    .map(fileBlock);
}

/** A rendered file's blocks and where it came from; `source`, the file's text, lets messages give line numbers. */
export interface RenderedFile {
  file: string;
  blocks: FileBlock[];
  source?: (() => string) | undefined;
}

/**
 * The start of a text, on one line, for messages.
 * @example excerpt('The United States praised Pakistan', 20) // 'The United States…'
 */
export function excerpt(text: string, length = 60): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > length ? `${line.slice(0, length - 3)}…` : line;
}

function describe(block: FileBlock | undefined): string {
  return block ? `<${block.tag}> “${excerpt(block.text)}”` : 'nothing (the file ends)';
}

/**
 * Text as lineOf compares it: without HTML comments (an editor's marks, which do not show), white
 * space as one space, full-width marks as ASCII (the site sets `，` for `,` in Chinese).
 */
const comparable = (text: string) => text.replace(/<!--.*?-->/g, '').replace(/\s+/g, ' ').normalize('NFKC');

/**
 * The line of a file on which a rendered block starts, found by the first words of its text (at
 * most 40 characters: Chinese has no spaces), in order on one line of the body, with anything
 * between them (Markdown's `**`, `|`, links); undefined when they cannot be found (no text, or no source).
 * @example lineOf('---\ntitle: x\n---\n\n## History\n', h2) // 5
 */
export function lineOf(source: string | undefined, block: FileBlock | undefined): number | undefined {
  if (!source || !block) return undefined;
  const words = comparable(block.text.trim().split('\n')[0]!).slice(0, 40).split(' ').filter(Boolean).slice(0, 4);
  if (!words.length) return undefined;
  const lines = source.split('\n');
  const body = /^---\s*$/.test(lines[0]!) ? lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line)) + 1 : 0;
  const at = lines.findIndex((line, i) => i >= body && inOrder(comparable(line), words));
  return at < 0 ? undefined : at + 1;
}

/** Whether a line holds the words in order. */
function inOrder(line: string, words: string[]): boolean {
  let from = 0;
  for (const word of words) {
    const at = line.indexOf(word, from);
    if (at < 0) return false;
    from = at + word.length;
  }
  return true;
}

/**
 * Where a block is, for messages: `file:line` when the line is known, else the file.
 * @example place({ file: 'a/en.md', blocks, source }, blocks[2]) // 'a/en.md:9'
 */
export function place(f: RenderedFile, block: FileBlock | undefined): string {
  const line = lineOf(f.source?.(), block);
  return line ? `${f.file}:${line}` : f.file;
}

/**
 * A heading's id: the one rehype-slug gave it (which may end in `-1`, `-2` to tell it from an
 * earlier one), without the hyphens at its ends (`## 🚀 Launch` is `launch`, not `-launch`).
 * Undefined for a heading whose text gives no id.
 * @example sectionId('-launch', '🚀 Launch') // 'launch'
 */
export function sectionId(ownId: string | undefined, text: string): string | undefined {
  const id = ownId?.replace(/^-+|-+$/g, '');
  return id && headingSlug(text) ? id : undefined;
}

/**
 * Gives every block of the original its language-independent id: a heading has the id
 * rehype-slug gave it (see `sectionId`); any other block is numbered within its section.
 * `source` gives messages their lines.
 * @example originalIds({ file, blocks: [h2#history, p, p] }) // ['history', 'history-p1', 'history-p2']
 */
export function originalIds(original: RenderedFile): string[] {
  let section = INTRO;
  let n = 0;
  const seen = new Set<string>();
  return original.blocks.map((block) => {
    let id: string;
    if (HEADING.test(block.tag)) {
      const own = sectionId(block.ownId, block.text);
      if (!own && block.ownId === undefined && headingSlug(block.text)) {
        throw new PairingError(`${original.file}: heading ${describe(block)} has no id; is rehype-slug configured?`);
      }
      if (!own) throw new PairingError(`${place(original, block)}: the heading ${describe(block)} ${NAMELESS_HEADING}`);
      id = section = own;
      n = 0;
    } else {
      id = `${section}-p${++n}`;
    }
    if (seen.has(id)) {
      throw new PairingError(`${place(original, block)}: two blocks would share the id “${id}” (${describe(block)}); rename one heading.`);
    }
    seen.add(id);
    return id;
  });
}

const counts = (block: FileBlock | undefined) => block?.items.map((i) => i.count).join(', ') ?? '';

function withNotes(notes: number[]): string {
  return notes.length ? `with footnote${notes.length > 1 ? 's' : ''} ${notes.join(', ')}` : 'with no footnote';
}

/**
 * Checks that a translation has the same structure as its original, block for block (same tags,
 * same heading levels, same count, as many list items and table rows in each block, the same
 * footnotes), and returns the first difference as a message.
 */
function structureMismatch(original: RenderedFile, translation: RenderedFile): string | undefined {
  const length = Math.max(original.blocks.length, translation.blocks.length);
  for (let i = 0; i < length; i++) {
    const a = original.blocks[i];
    const b = translation.blocks[i];
    // Only said of the first difference: finding the lines reads the files.
    const differ = () =>
      `First difference at block ${i + 1}: ${place(original, a ?? original.blocks.at(-1))} has ${describe(a)}, ` +
      `${place(translation, b ?? translation.blocks.at(-1))} has ${describe(b)}.`;
    if (a?.tag !== b?.tag) {
      return (
        `${translation.file} does not line up with ${original.file} ` +
        `(${translation.blocks.length} blocks against ${original.blocks.length}). ${differ()} ` +
        'Give the translation the same headings, at the same levels, and one block for each block of the original.'
      );
    }
    if (counts(a) !== counts(b)) {
      const all = [...a!.items, ...b!.items];
      const what = [all.some((i) => i.tag !== 'table') && 'list items', all.some((i) => i.tag === 'table') && 'table rows'];
      return (
        `${translation.file} does not line up with ${original.file} ` +
        `(${what.filter(Boolean).join(' and ')}: ${counts(b) || 'none'} against ${counts(a) || 'none'}). ${differ()} ` +
        'Give the translation one item for each item of the original’s lists, and one row for each row of its tables, lists inside lists included.'
      );
    }
    const notes = [a!, b!].map((block) => notesReferenced(block.links));
    if (notes[0]!.join() !== notes[1]!.join()) {
      return (
        `${translation.file} does not line up with ${original.file}: its footnotes differ at block ${i + 1}. ` +
        `${place(original, a)} has ${describe(a)} ${withNotes(notes[0]!)}, ${place(translation, b)} has ${describe(b)} ${withNotes(notes[1]!)}. ` +
        'Give the translation a footnote wherever the original has one, in the same order.'
      );
    }
  }
  return undefined;
}

/**
 * Pairs an original with its translation: returns each language's blocks with the
 * original's ids, or throws a PairingError naming both files and the first block that differs.
 */
export function pairBlocks(original: RenderedFile, translation: RenderedFile): { original: Block[]; translation: Block[] };
export function pairBlocks(original: RenderedFile, translation: undefined): { original: Block[]; translation: undefined };
export function pairBlocks(
  original: RenderedFile,
  translation: RenderedFile | undefined,
): { original: Block[]; translation: Block[] | undefined } {
  if (!original.blocks.length) throw new PairingError(`${original.file}: the article is empty. Write its text below the frontmatter.`);
  const ids = originalIds(original);
  const withIds = (blocks: FileBlock[]): Block[] => blocks.map(({ ownId: _, items: __, ...block }, i) => ({ id: ids[i]!, ...block }));
  if (!translation) return { original: withIds(original.blocks), translation: undefined };
  const mismatch = structureMismatch(original, translation);
  if (mismatch) throw new PairingError(mismatch);
  return { original: withIds(original.blocks), translation: withIds(translation.blocks) };
}

/**
 * A file's blocks with the ids inside them (footnotes, their references) and the links to those
 * ids given a prefix, for a page that shows them beside another file's blocks, which have the
 * same ids: the bilingual view.
 * @example namespaced([p with <a href="#fn:1" id="fnref:1">], 'zh-CN:') // [p with <a href="#zh-CN:fn:1" id="zh-CN:fnref:1">]
 */
export function namespaced(blocks: Block[], prefix: string): Block[] {
  const inner = new Set(blocks.flatMap((b) => b.ids));
  if (!inner.size) return blocks;
  const renamed = (id: string) => (inner.has(id) ? prefix + id : id);
  const rename = (node: Element): void => {
    const { id, href, ariaDescribedBy } = node.properties;
    if (typeof id === 'string') node.properties['id'] = renamed(id);
    if (typeof href === 'string' && href.startsWith('#')) node.properties['href'] = `#${renamed(href.slice(1))}`;
    if (Array.isArray(ariaDescribedBy)) node.properties['ariaDescribedBy'] = ariaDescribedBy.map((d) => renamed(String(d)));
    for (const child of node.children) if (child.type === 'element') rename(child);
  };
  return blocks.map((block) => {
    if (!block.ids.length && !block.links.some((l) => l.startsWith('#') && inner.has(l.slice(1)))) return block;
    const tree = fromHtml(block.html, { fragment: true });
    for (const child of tree.children) if (child.type === 'element') rename(child);
    return { ...block, html: toHtml(tree), links: hrefs(tree.children as ElementContent[]), ids: block.ids.map(renamed) };
  });
}
