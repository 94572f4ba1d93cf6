/** Where a rendered block is in its Markdown file, for messages that name the file and the line. */
import { lineWhere } from '../content/lines.ts';
import type { FileBlock, RenderedFile } from './blocks.ts';

/**
 * The start of a text, on one line, for messages.
 * @example excerpt('The United States praised Pakistan', 20) // 'The United States…'
 */
export function excerpt(text: string, length = 60): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > length ? `${line.slice(0, length - 3)}…` : line;
}

export function describe(block: FileBlock | undefined): string {
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
  const fence = (line: string) => /^---\s*$/.test(line);
  // The body starts after the frontmatter's closing fence, when the file has frontmatter.
  const closing = fence(source.split('\n', 1)[0]!) ? lineWhere(source, fence, 2) : undefined;
  return lineWhere(source, (line) => inOrder(comparable(line), words), (closing ?? 0) + 1);
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
