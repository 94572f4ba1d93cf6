/**
 * The mark `<!-- s -->` with which an editor ends a sentence group (see alignment/sentence-marks.ts,
 * which reads the marks of a file).
 */
export const SENTENCE_MARK = '<!-- s -->';

/** The mark as a regular expression's source: any white space inside the comment. */
export const MARK_SOURCE = String.raw`<!--\s*s\s*-->`;

/**
 * Markdown without its sentence marks, which change no text: a translation's stamp (stamp.ts)
 * does not count them, so marking the original does not make its translation stale.
 * @example withoutSentenceMarks('One. <!-- s -->Two.') // 'One. Two.'
 */
export function withoutSentenceMarks(markdown: string): string {
  return markdown.replace(new RegExp(MARK_SOURCE, 'g'), '');
}
