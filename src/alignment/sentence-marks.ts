/**
 * An editor's correction of a sentence alignment (see alignment.ts): the mark `<!-- s -->`,
 * written inside a paragraph right after a sentence, in the original and in the translation,
 * ends a sentence group there in both: the sentences before the marks are aligned with each
 * other, and those after them likewise. A mark where the sentence splitter sees no end of
 * sentence ends one too.
 *
 *     The partnership has deep roots. <!-- s -->During the Cold War, …
 *     反恐伙伴关系有着深厚的历史渊源。<!-- s -->冷战期间，…
 *
 * It is an HTML comment, so it shows neither on the page nor in a Markdown preview. It is read
 * here from the Markdown source, not from the rendered HTML: sanitisers remove comments from
 * HTML, and the marks must not depend on what the Markdown pipeline keeps. The paragraph is
 * parsed as the site parses it (remark with GitHub Flavored Markdown), its text put together
 * with each mark's place in it, and that text found again among the rendered blocks' text.
 * A mark at the start of a line is not inside a paragraph: Markdown reads it, and the rest of
 * its line, as a block of HTML of its own, which ends the paragraph. Such a mark sets nothing,
 * and is reported, as are marks in headings, lists, quotes and tables.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Nodes, Paragraph, PhrasingContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { MARK_SOURCE } from '../content/sentence-mark.ts';

/** A mark; an HTML block that a mark starts (a mark at the start of a line) is one too. */
const MARK = new RegExp(`^${MARK_SOURCE}`);

const parser = unified().use(remarkParse).use(remarkGfm);

/** The marks found in a file: for each of its blocks, the offsets of its marks in the block's text; and the lines of marks that could not be placed. */
export interface SentenceMarks {
  offsets: number[][];
  unplaced: number[];
}

const isMark = (node: Nodes) => node.type === 'html' && MARK.test(node.value.trim());

const startLine = (node: Nodes) => node.position?.start.line ?? 0;

/** A paragraph's text as the page shows it, and its marks: their offsets in that text and their lines. */
function paragraphText(paragraph: Paragraph): { text: string; marks: { at: number; line: number }[] } {
  let text = '';
  const marks: { at: number; line: number }[] = [];
  const walk = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (isMark(node)) marks.push({ at: text.length, line: startLine(node) });
      else if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
      else if (node.type === 'break') text += '\n';
      else if ('children' in node) walk(node.children);
    }
  };
  walk(paragraph.children);
  return { text, marks };
}

/** Its characters other than white space, in compatibility form (full-width `，` is `,`): what the Markdown and the page's text share. */
function visible(text: string): string[] {
  return [...text.replace(/\s+/g, '')].map((c) => c.normalize('NFKC'));
}

/** The offset in `text` just after its `count`th character other than white space. */
function afterVisible(text: string, count: number): number {
  if (!count) return 0;
  let seen = 0;
  for (const { index, 0: c } of text.matchAll(/\S/gu)) if (++seen === count) return index + c.length;
  return text.length;
}

function marksOutside(node: Nodes, lines: number[]): void {
  if (isMark(node)) lines.push(startLine(node));
  else if ('children' in node) for (const child of node.children) marksOutside(child, lines);
}

/**
 * Finds the sentence marks of a Markdown file (frontmatter included) and places each in the text
 * of its rendered block. `blocks` are the file's blocks (pairing.ts), in order.
 * @example sentenceMarks('One. <!-- s -->Two.\n', [{ tag: 'p', text: 'One. Two.' }]) // { offsets: [[4]], unplaced: [] }
 */
export function sentenceMarks(markdown: string, blocks: readonly { tag: string; text: string }[]): SentenceMarks {
  const offsets = blocks.map((): number[] => []);
  const unplaced: number[] = [];
  // Most files have no mark: they need no parsing.
  if (!new RegExp(MARK_SOURCE).test(markdown)) return { offsets, unplaced };
  const body = parseFrontmatter(markdown, { frontmatter: 'empty-with-lines' }).content;
  const texts = blocks.map((b) => (b.tag === 'p' ? visible(b.text).join('') : undefined));
  // Every paragraph is found in turn, so that of two with the same text each finds its own.
  let next = 0;
  for (const node of parser.parse(body).children) {
    if (node.type !== 'paragraph') {
      marksOutside(node, unplaced);
      continue;
    }
    const { text, marks } = paragraphText(node);
    const wanted = visible(text).join('');
    const at = texts.findIndex((t, i) => i >= next && t === wanted);
    if (at < 0) {
      unplaced.push(...marks.map((m) => m.line));
      continue;
    }
    offsets[at] = marks.map((m) => afterVisible(blocks[at]!.text, visible(text.slice(0, m.at)).length));
    next = at + 1;
  }
  return { offsets, unplaced };
}
