import { SENTENCE_MARK } from '../content/sentence-mark.ts';
import type { Locale } from '../i18n/locales.ts';
import { alignBlocks, uncertainty, type Doubt, type GroupSide } from './align.ts';
import type { Block, RenderedFile } from './blocks.ts';
import { excerpt, place } from './places.ts';
import { sentenceMarks } from './sentence-marks.ts';

/**
 * What `npm run translations` says about the sentences of a translation: the paragraphs whose
 * sentence alignment is uncertain, so that an editor can look, and the marks that set nothing,
 * each with its file and line.
 */

type Side = 'original' | 'translation';

function sentences(side: Side, group: GroupSide, text: string): string {
  const [first, last] = [group.sentences[0]! + 1, group.sentences.at(-1)! + 1];
  const numbers = first === last ? `sentence ${first}` : `sentences ${first}–${last}`;
  return `${side} ${numbers} “${excerpt(text.slice(group.range!.start, group.range!.end), 30)}”`;
}

function reason(doubt: Doubt, texts: Record<Side, string>): string {
  if (doubt.kind === 'marks') {
    const [a, b] = doubt.counts;
    return `the original has ${a} ${SENTENCE_MARK} marks and the translation ${b}, so none is used; write the same marks in both`;
  }
  const { group } = doubt;
  if (doubt.kind === 'alone') {
    const side: Side = group.original.sentences.length ? 'original' : 'translation';
    return `${sentences(side, group[side], texts[side])} has no counterpart`;
  }
  const both = `${sentences('original', group.original, texts.original)} and ${sentences('translation', group.translation, texts.translation)}`;
  return `${both}: the translation is much ${group.deviation > 0 ? 'longer' : 'shorter'} than usual`;
}

/**
 * The report's lines for one translation, given both rendered files (with their sources, where
 * the marks are read) and their paired blocks; none when every paragraph looks right.
 */
export function alignmentReport(
  files: Record<Side, RenderedFile>,
  paired: Record<Side, Block[]>,
  locale: Locale,
): string[] {
  const lines: string[] = [];
  const marks = (side: Side) => {
    const found = sentenceMarks(files[side].source?.() ?? '', paired[side]);
    for (const line of found.unplaced) {
      lines.push(
        `${files[side].file}:${line}: ${SENTENCE_MARK} is not inside a paragraph's text, so it sets nothing. ` +
          'Write it on the same line as the sentences, right after the one that ends a group.',
      );
    }
    return found.offsets;
  };
  const offsets = { original: marks('original'), translation: marks('translation') };
  for (const alignment of alignBlocks(paired.original, paired.translation, locale, offsets)) {
    const doubts = uncertainty(alignment);
    if (!doubts.length) continue;
    const { index } = alignment;
    const texts = { original: paired.original[index]!.text, translation: paired.translation[index]!.text };
    lines.push(
      `${place(files.original, files.original.blocks[index])} and ${place(files.translation, files.translation.blocks[index])}: ` +
        `the sentences of ${alignment.id} may be paired wrongly: ${doubts.map((d) => reason(d, texts)).join('; ')}. ` +
        `Compare the two; to pair them right, write ${SENTENCE_MARK} right after the last sentence of a group, in both files.`,
    );
  }
  return lines;
}
