/**
 * A rendered article as the site pairs it: its top-level blocks (headings, paragraphs, lists,
 * tables…), each with its text, links and inner ids.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';

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

/** The top-level blocks of a rendered file's HTML tree (the text between them is whitespace). */
export function treeBlocks(tree: Root): FileBlock[] {
  return tree.children.filter((n): n is Element => n.type === 'element').map(fileBlock);
}

/** A rendered file's blocks and where it came from; `source`, the file's text, lets messages give line numbers. */
export interface RenderedFile {
  file: string;
  blocks: FileBlock[];
  source?: (() => string) | undefined;
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
