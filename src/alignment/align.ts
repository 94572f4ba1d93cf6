/**
 * The sentence groups of each pair of paragraphs of an article (lengths.ts aligns them), after
 * the editors' marks, with what is doubtful about them for the alignment report.
 */
import { sourceLocale, type Locale } from '../i18n/locales.ts';
import type { Block } from './blocks.ts';
import { alignLengths, deviation, lengthRatio, sentenceLength } from './lengths.ts';
import { splitSentences, type TextRange } from './sentences.ts';

/** One side of a sentence group: its sentences and the text they span in the block (none for an empty side). */
export interface GroupSide {
  sentences: number[];
  range: TextRange | undefined;
}

/** A group of sentences and its counterpart, as a renderer needs it. */
export interface SentenceGroup {
  /** `<block id>-s<n>`, counting from 1: the same in both languages. */
  id: string;
  original: GroupSide;
  translation: GroupSide;
  /** How far the lengths differ from the article's norm (see deviation). */
  deviation: number;
}

/** The sentence groups of one pair of paragraphs. */
export interface BlockAlignment {
  /** The block's position in the article and its id. */
  index: number;
  id: string;
  /** Each side's sentences, as ranges of the block's text. */
  sentences: { original: TextRange[]; translation: TextRange[] };
  groups: SentenceGroup[];
  /** The number of an editor's marks on each side, when they differ (the marks are then not used). */
  unmatchedMarks?: [number, number];
}

/** Editors' marks: for each block of each side, the offsets in its text at which a group must end (see sentence-marks.ts). */
export interface Marks {
  original: readonly (readonly number[])[];
  translation: readonly (readonly number[])[];
}

/** Only paragraphs are aligned by sentence; headings are paired already, and lists, quotes and tables hold blocks of their own. */
const ALIGNED = new Set(['p']);

/**
 * Where the editor's marks end groups, as counts of the sentences before each; marks before the
 * first sentence's end or after the last one's start set no boundary and are left out.
 */
function anchorsOf(sentences: readonly TextRange[], offsets: readonly number[]): number[] {
  const counts = offsets.map((offset) => sentences.filter((s) => s.end <= offset).length);
  return [...new Set(counts)].filter((n) => n > 0 && n < sentences.length).sort((x, y) => x - y);
}

type Side = 'original' | 'translation';

/** One side of a group: its sentences and the text from the first one's start to the last one's end. */
function groupSide(indices: number[], sentences: readonly TextRange[]): GroupSide {
  const range = indices.length ? { start: sentences[indices[0]!]!.start, end: sentences[indices.at(-1)!]!.end } : undefined;
  return { sentences: indices, range };
}

/** Aligns the sentences of one pair of paragraphs. */
function alignParagraph(
  index: number,
  id: string,
  texts: Record<Side, string>,
  offsets: Record<Side, readonly number[]>,
  locales: Record<Side, Locale>,
  ratio: number,
): BlockAlignment {
  const split = (side: Side, breaks: readonly number[]) => splitSentences(texts[side], locales[side], breaks);
  let sentences = { original: split('original', offsets.original), translation: split('translation', offsets.translation) };
  const a = anchorsOf(sentences.original, offsets.original);
  const b = anchorsOf(sentences.translation, offsets.translation);
  const matched = a.length === b.length;
  // Marks that differ in number are not used at all, not even to end sentences.
  if (!matched) sentences = { original: split('original', []), translation: split('translation', []) };
  const lengths = (side: Side) => sentences[side].map((s) => sentenceLength(texts[side].slice(s.start, s.end), ratio));
  const la = lengths('original');
  const lb = lengths('translation');
  const total = (of: number[], indices: number[]) => indices.reduce((n, i) => n + of[i]!, 0);
  const groups = alignLengths(la, lb, matched ? a.map((n, k) => [n, b[k]!] as const) : []).map(
    (g, n): SentenceGroup => ({
      id: `${id}-s${n + 1}`,
      original: groupSide(g.original, sentences.original),
      translation: groupSide(g.translation, sentences.translation),
      deviation: deviation(total(la, g.original), total(lb, g.translation)),
    }),
  );
  return { index, id, sentences, groups, ...(matched ? {} : { unmatchedMarks: [a.length, b.length] as [number, number] }) };
}

/**
 * Aligns the sentences of every pair of paragraphs of an article (its blocks paired by
 * pairing.ts), the translation being in `locale`, with the length ratio of all its paragraphs.
 * Returns one alignment per paragraph, in order.
 * @example alignBlocks(en, zh, 'zh', marks)[0]!.groups[0] // { id: 'intro-p1-s1', original: { sentences: [0], range: { start: 0, end: 107 } }, … }
 */
export function alignBlocks(original: readonly Block[], translation: readonly Block[], locale: Locale, marks?: Marks): BlockAlignment[] {
  const paragraphs = original.flatMap((block, index) => (ALIGNED.has(block.tag) && translation[index] ? [index] : []));
  const ratio = lengthRatio(paragraphs.map((i) => [original[i]!.text, translation[i]!.text] as const));
  return paragraphs.map((index) =>
    alignParagraph(
      index,
      original[index]!.id,
      { original: original[index]!.text, translation: translation[index]!.text },
      { original: marks?.original[index] ?? [], translation: marks?.translation[index] ?? [] },
      { original: sourceLocale, translation: locale },
      ratio,
    ),
  );
}

/**
 * How far, in standard deviations, a group's lengths may lie from the article's norm before its
 * alignment counts as uncertain. Groups aligned right lie within 1.5 in the seed article.
 */
export const DEVIATION_LIMIT = 2;

/** A reason to doubt a paragraph's alignment. */
export type Doubt =
  /** A sentence with no counterpart (a 1–0 or 0–1 group). */
  | { kind: 'alone'; group: SentenceGroup }
  /** A group whose lengths lie far from the article's norm. */
  | { kind: 'length'; group: SentenceGroup }
  /** The editor's marks differ in number between the sides, so they were not used. */
  | { kind: 'marks'; counts: [number, number] };

/**
 * The reasons to doubt a paragraph's alignment, in order; none when it looks right.
 * @example uncertainty(alignBlocks(en, zh, 'zh')[0]!) // [{ kind: 'alone', group: { id: 'intro-p1-s3', … } }]
 */
export function uncertainty(alignment: BlockAlignment, limit = DEVIATION_LIMIT): Doubt[] {
  const doubts: Doubt[] = alignment.unmatchedMarks ? [{ kind: 'marks', counts: alignment.unmatchedMarks }] : [];
  for (const group of alignment.groups) {
    if (!group.original.sentences.length || !group.translation.sentences.length) doubts.push({ kind: 'alone', group });
    else if (Math.abs(group.deviation) > limit) doubts.push({ kind: 'length', group });
  }
  return doubts;
}
