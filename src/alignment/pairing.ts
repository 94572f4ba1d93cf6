/**
 * Pairing of an original with its translation, block for block: every block gets the original's
 * language-independent id, and a translation that does not line up is refused, naming both files.
 */
import { headingSlug, NAMELESS_HEADING } from '../content/headings.ts';
import { notesReferenced } from '../markdown/footnotes.ts';
import type { Block, FileBlock, RenderedFile } from './blocks.ts';
import { describe, place } from './places.ts';

/** Two files whose block structure does not line up. */
export class PairingError extends Error {
  override name = 'PairingError';
}

const HEADING = /^h[1-6]$/;
const INTRO = 'intro';

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
