/**
 * The numbering of sentence groups in a block's markup (see sentence-markup.ts): each group's
 * span carries its number as its `data-s` value, or none when it is one more than the span's
 * before it. Shared by the build and the page's script, so it imports nothing.
 */

/**
 * The numbers of a block's sentence spans, from their `data-s` values in document order.
 * @example groupNumbers(['', '', '4', '4', '']) // [1, 2, 4, 4, 5]
 */
export function groupNumbers(values: readonly string[]): number[] {
  let n = 0;
  return values.map((value) => (n = value ? Number(value) : n + 1));
}

/**
 * The `data-s` value of a span of group `n` after a span of group `previous` (0 for the first).
 * @example sentenceValue(2, 1) // ''
 * @example sentenceValue(4, 2) // '4'
 */
export function sentenceValue(n: number, previous: number): string {
  return n === previous + 1 ? '' : String(n);
}

/**
 * A sentence group's id, the same in every language: its block's id and its number.
 * @example sentenceId('intro-p1', 2) // 'intro-p1-s2'
 */
export function sentenceId(block: string, n: number): string {
  return `${block}-s${n}`;
}

/**
 * The block id and number of a sentence group's id, or undefined for another id.
 * @example parseSentenceId('intro-p1-s2') // { block: 'intro-p1', n: 2 }
 */
export function parseSentenceId(id: string): { block: string; n: number } | undefined {
  const match = /^(.+)-s([1-9]\d*)$/.exec(id);
  return match ? { block: match[1]!, n: Number(match[2]) } : undefined;
}
