/**
 * Which sentences of a paragraph translate which: within each pair of paragraphs, the sentences
 * of both languages are aligned by their lengths, in the manner of Gale and Church (1993), “A
 * program for aligning sentences in bilingual corpora”. A translation's sentences follow the
 * original's order, but a translator may split a sentence in two, join two, or leave one out, so
 * sentences are grouped 1–1, 1–2, 2–1, 2–2, 1–0 or 0–1; dynamic programming finds the grouping
 * whose lengths best fit the article's usual length ratio, weighed by how common each kind of
 * group is.
 *
 * Lengths are counted in characters without white space, a Chinese character weighing as many
 * Latin characters as the article's own ratio says (lengthRatio); Latin words, digits and
 * punctuation inside Chinese text weigh one each, as they do in English.
 */

/** One group: the indices of its sentences in each language (none in one of them when a sentence has no counterpart). */
export interface Group {
  original: number[];
  translation: number[];
}

/** How common each kind of group is (original–translation), from Gale and Church's count. */
export const PRIORS = { '1-1': 0.89, '1-0': 0.0099, '0-1': 0.0099, '2-1': 0.089, '1-2': 0.089, '2-2': 0.011 } as const;

/** The kinds of groups, in the order ties are settled. */
const MOVES = Object.keys(PRIORS).map((k) => k.split('-').map(Number) as [number, number]);

/**
 * How much the length of a translation varies around its expected length: the variance, per
 * character, of the difference. Gale and Church measured 6.8 between English, French and German.
 */
export const VARIANCE = 6.8;

const HAN = /\p{Script=Han}/gu;
const NOT_SPACE = /\S/gu;

function counts(text: string): { han: number; other: number } {
  const han = text.match(HAN)?.length ?? 0;
  return { han, other: (text.match(NOT_SPACE)?.length ?? 0) - han };
}

/**
 * A text's length in Latin characters: characters other than white space, each Chinese
 * character counting `ratio`.
 * @example sentenceLength('巴基斯坦 FATF。', 2.5) // 4 × 2.5 + 5 = 15
 */
export function sentenceLength(text: string, ratio: number): number {
  const { han, other } = counts(text);
  return han * ratio + other;
}

/**
 * How many Latin characters a Chinese character stands for in an article: the ratio that makes
 * the originals and translations of its paragraphs equally long (1 when a side has no Chinese).
 * @example lengthRatio([['The United States.', '美国。']]) // (16 − 1) / 2 = 7.5
 */
export function lengthRatio(pairs: Iterable<readonly [string, string]>): number {
  let latin = 0;
  let han = 0;
  for (const [original, translation] of pairs) {
    const a = counts(original);
    const b = counts(translation);
    latin += a.other - b.other;
    han += b.han - a.han;
  }
  return latin > 0 && han > 0 ? latin / han : 1;
}

/**
 * How far two lengths are from each other, in standard deviations of the translation's length
 * (Gale and Church's δ): 0 for equal lengths, negative when the translation is shorter.
 */
export function deviation(original: number, translation: number, variance = VARIANCE): number {
  const mean = (original + translation) / 2;
  return mean ? (translation - original) / Math.sqrt(variance * mean) : 0;
}

/** −log of the probability that a standard normal variable is at least |z| away from 0 (two-tailed). */
function tailCost(z: number): number {
  // −log erfc(|z|/√2), with the Chebyshev fit of Numerical Recipes (relative error < 1.2e−7), kept in logs.
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + x / 2);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -(Math.log(t) - x * x + poly);
}

function cost(original: number, translation: number, move: readonly [number, number], variance: number): number {
  return -Math.log(PRIORS[`${move[0]}-${move[1]}` as keyof typeof PRIORS]) + tailCost(deviation(original, translation, variance));
}

const sum = (lengths: readonly number[], from: number, count: number) => lengths.slice(from, from + count).reduce((a, b) => a + b, 0);

/** The best grouping of two runs of sentences given by their lengths, with indices from `a` and `b`. */
function alignRun(original: readonly number[], translation: readonly number[], a: number, b: number, variance: number): Group[] {
  const n = original.length;
  const m = translation.length;
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const step = Array.from({ length: n + 1 }, () => new Array<[number, number]>(m + 1));
  best[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (const move of MOVES) {
        const [di, dj] = move;
        if (di > i || dj > j) continue;
        const c = best[i - di]![j - dj]! + cost(sum(original, i - di, di), sum(translation, j - dj, dj), move, variance);
        if (c < best[i]![j]!) {
          best[i]![j] = c;
          step[i]![j] = move;
        }
      }
    }
  }
  const groups: Group[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = step[i]![j]!;
    const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);
    groups.unshift({ original: range(a + i - di, di), translation: range(b + j - dj, dj) });
    i -= di;
    j -= dj;
  }
  return groups;
}

/**
 * Aligns two lists of sentence lengths (in the same unit: see sentenceLength). `anchors` are
 * points, as counts of sentences of each side, where a group must end (an editor's marks).
 * Returns the groups in order; every sentence is in exactly one.
 * @example alignLengths([40, 30], [41, 14, 15]) // [{ original: [0], translation: [0] }, { original: [1], translation: [1, 2] }]
 */
export function alignLengths(
  original: readonly number[],
  translation: readonly number[],
  anchors: readonly (readonly [number, number])[] = [],
  variance = VARIANCE,
): Group[] {
  const points = [[0, 0], ...anchors, [original.length, translation.length]] as const;
  return points.slice(1).flatMap(([i, j], k) => {
    const [a, b] = points[k]!;
    return alignRun(original.slice(a, i), translation.slice(b, j), a, b, variance);
  });
}
