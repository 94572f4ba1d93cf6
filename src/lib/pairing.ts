import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';

/** One top-level block of a rendered article: a heading, paragraph, list, quote, table… */
export interface Block {
  /** Language-independent id: the original heading's slug, or `<section>-p<n>` for other blocks. */
  id: string;
  /** Tag name; for headings it carries the level (`h2`, `h3`). */
  tag: string;
  node: Element;
}

/** Two files whose block structure does not line up. */
export class PairingError extends Error {
  override name = 'PairingError';
}

const HEADING = /^h[1-6]$/;
const INTRO = 'intro';

/** The top-level element children of a rendered article (text between them is whitespace). */
export function topLevelBlocks(tree: Root): Element[] {
  return tree.children.filter((n): n is Element => n.type === 'element');
}

function describe(node: Element | undefined): string {
  if (!node) return 'nothing (the file ends)';
  const text = toString(node).trim().replace(/\s+/g, ' ');
  const excerpt = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `<${node.tagName}> “${excerpt}”`;
}

/**
 * Gives every block of the original its language-independent id: a heading keeps the id
 * rehype-slug gave it; any other block is numbered within its section.
 * @example originalIds([h2#history, p, p]) // ['history', 'history-p1', 'history-p2']
 */
export function originalIds(blocks: Element[], file: string): string[] {
  let section = INTRO;
  let n = 0;
  const seen = new Set<string>();
  return blocks.map((node) => {
    let id: string;
    if (HEADING.test(node.tagName)) {
      const slug = node.properties['id'];
      if (typeof slug !== 'string' || !slug) {
        throw new PairingError(`${file}: heading ${describe(node)} has no id; is rehype-slug configured?`);
      }
      id = section = slug;
      n = 0;
    } else {
      id = `${section}-p${++n}`;
    }
    if (seen.has(id)) {
      throw new PairingError(`${file}: two blocks would share the id “${id}” (${describe(node)}); rename one heading.`);
    }
    seen.add(id);
    return id;
  });
}

/**
 * Checks that a translation has the same structure as its original, block for block
 * (same tags, same heading levels, same count), and returns the first difference as a message.
 */
export function structureMismatch(
  original: { file: string; blocks: Element[] },
  translation: { file: string; blocks: Element[] },
): string | undefined {
  const length = Math.max(original.blocks.length, translation.blocks.length);
  for (let i = 0; i < length; i++) {
    const a = original.blocks[i];
    const b = translation.blocks[i];
    if (a?.tagName === b?.tagName) continue;
    return (
      `${translation.file} does not line up with ${original.file} ` +
      `(${translation.blocks.length} blocks against ${original.blocks.length}). ` +
      `First difference at block ${i + 1}: ${original.file} has ${describe(a)}, ` +
      `${translation.file} has ${describe(b)}. ` +
      'Give the translation the same headings, at the same levels, and one block for each block of the original.'
    );
  }
  return undefined;
}

/**
 * Pairs an original with its translation: returns each language's blocks with the
 * original's ids, or throws a PairingError naming both files and the first block that differs.
 */
export function pairBlocks(
  original: { file: string; tree: Root },
  translation: { file: string; tree: Root } | undefined,
): { original: Block[]; translation: Block[] | undefined } {
  const a = topLevelBlocks(original.tree);
  const ids = originalIds(a, original.file);
  const toBlocks = (nodes: Element[]): Block[] =>
    nodes.map((node, i) => ({ id: ids[i]!, tag: node.tagName, node }));
  if (!translation) return { original: toBlocks(a), translation: undefined };
  const b = topLevelBlocks(translation.tree);
  const mismatch = structureMismatch({ file: original.file, blocks: a }, { file: translation.file, blocks: b });
  if (mismatch) throw new PairingError(mismatch);
  return { original: toBlocks(a), translation: toBlocks(b) };
}
