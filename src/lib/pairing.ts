import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
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
export type FileBlock = Omit<Block, 'id'> & { ownId: string | undefined };

function hrefs(nodes: readonly ElementContent[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const href = node.properties['href'];
    if (node.tagName === 'a' && typeof href === 'string') out.push(href);
    hrefs(node.children, out);
  }
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

function excerpt(block: FileBlock, length = 60): string {
  const text = block.text.replace(/\s+/g, ' ');
  return text.length > length ? `${text.slice(0, length - 3)}…` : text;
}

function describe(block: FileBlock | undefined): string {
  return block ? `<${block.tag}> “${excerpt(block)}”` : 'nothing (the file ends)';
}

/**
 * The line of a file on which a rendered block starts, found by its text; undefined when the
 * text cannot be found (markup in between, or no source).
 * @example lineOf('---\ntitle: x\n---\n\n## History\n', h2) // 5
 */
export function lineOf(source: string | undefined, block: FileBlock | undefined): number | undefined {
  if (!source || !block) return undefined;
  const start = block.text.split(/\s+/).slice(0, 4).join(' ');
  if (!start) return undefined;
  const at = source.split('\n').findIndex((line) => line.replace(/\s+/g, ' ').includes(start));
  return at < 0 ? undefined : at + 1;
}

/** `file:line` when the line is known, else the file. */
function place(f: RenderedFile, block: FileBlock | undefined): string {
  const line = lineOf(f.source?.(), block);
  return line ? `${f.file}:${line}` : f.file;
}

/**
 * Gives every block of the original its language-independent id: a heading keeps the id
 * rehype-slug gave it; any other block is numbered within its section.
 * @example originalIds([h2#history, p, p]) // ['history', 'history-p1', 'history-p2']
 */
export function originalIds(blocks: FileBlock[], file: string): string[] {
  let section = INTRO;
  let n = 0;
  const seen = new Set<string>();
  return blocks.map((block) => {
    let id: string;
    if (HEADING.test(block.tag)) {
      if (!block.ownId) throw new PairingError(`${file}: heading ${describe(block)} has no id; is rehype-slug configured?`);
      id = section = block.ownId;
      n = 0;
    } else {
      id = `${section}-p${++n}`;
    }
    if (seen.has(id)) {
      throw new PairingError(`${file}: two blocks would share the id “${id}” (${describe(block)}); rename one heading.`);
    }
    seen.add(id);
    return id;
  });
}

function withNotes(notes: number[]): string {
  return notes.length ? `with footnote${notes.length > 1 ? 's' : ''} ${notes.join(', ')}` : 'with no footnote';
}

/**
 * Checks that a translation has the same structure as its original, block for block
 * (same tags, same heading levels, same count, the same footnotes), and returns the first
 * difference as a message.
 */
function structureMismatch(original: RenderedFile, translation: RenderedFile): string | undefined {
  const length = Math.max(original.blocks.length, translation.blocks.length);
  for (let i = 0; i < length; i++) {
    const a = original.blocks[i];
    const b = translation.blocks[i];
    if (a?.tag === b?.tag) {
      const notes = [a!, b!].map((block) => notesReferenced(block.links));
      if (notes[0]!.join() === notes[1]!.join()) continue;
      return (
        `${translation.file} does not line up with ${original.file}: its footnotes differ at block ${i + 1}. ` +
        `${place(original, a)} has ${describe(a)} ${withNotes(notes[0]!)}, ${place(translation, b)} has ${describe(b)} ${withNotes(notes[1]!)}. ` +
        'Give the translation a footnote wherever the original has one, in the same order.'
      );
    }
    return (
      `${translation.file} does not line up with ${original.file} ` +
      `(${translation.blocks.length} blocks against ${original.blocks.length}). ` +
      `First difference at block ${i + 1}: ${place(original, a ?? original.blocks.at(-1))} has ${describe(a)}, ` +
      `${place(translation, b ?? translation.blocks.at(-1))} has ${describe(b)}. ` +
      'Give the translation the same headings, at the same levels, and one block for each block of the original.'
    );
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
  const ids = originalIds(original.blocks, original.file);
  const withIds = (blocks: FileBlock[]): Block[] => blocks.map(({ ownId: _, ...block }, i) => ({ id: ids[i]!, ...block }));
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
