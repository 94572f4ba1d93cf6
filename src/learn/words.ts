/**
 * A Chinese text cut into words: `Intl.Segmenter`'s words, checked against the dictionary. A run
 * of Han characters the segmenter gives that the dictionary has is a word; one it lacks (a name
 * such as 洛格福, or two words the segmenter joined) is cut by the longest words the dictionary
 * has, from the left, down to single characters. Words the segmenter split that the dictionary
 * has whole (恐怖|主义, 反|恐) are joined again, the longest first. Only Han characters make words.
 */

/** A piece of a text: a word of Han characters, or any other text (punctuation, Latin, digits, spaces). */
export interface Piece {
  text: string;
  word: boolean;
}

/** A run of Han characters, or of anything else. */
const RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const HAN = /^\p{Script=Han}/u;

/**
 * A run of Han characters the dictionary lacks, cut from the left into the longest words it has
 * (single characters where it has none).
 * @example longestWords('巴基斯坦塔利班', (w) => ['巴基斯坦', '塔利班'].includes(w)) // ['巴基斯坦', '塔利班']
 */
export function longestWords(run: string, has: (word: string) => boolean): string[] {
  const chars = [...run];
  const words: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let end = chars.length;
    while (end > i + 1 && !has(chars.slice(i, end).join(''))) end--;
    words.push(chars.slice(i, end).join(''));
    i = end;
  }
  return words;
}

/** The word segmenter of each language: making one takes longer than cutting a paragraph. */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  if (!segmenters.has(lang)) segmenters.set(lang, new Intl.Segmenter(lang, { granularity: 'word' }));
  return segmenters.get(lang)!;
}

/**
 * A text's pieces, in order: joined, they are the text.
 * @example words('他说OK了', 'zh-CN', has) // [{ text: '他', word: true }, { text: '说', word: true }, { text: 'OK', word: false }, { text: '了', word: true }]
 */
export function words(text: string, lang: string, has: (word: string) => boolean): Piece[] {
  const pieces: Piece[] = [];
  for (const { segment } of segmenter(lang).segment(text)) {
    for (const [run] of segment.matchAll(RUNS)) {
      if (!HAN.test(run)) pieces.push({ text: run, word: false });
      else for (const word of has(run) ? [run] : longestWords(run, has)) pieces.push({ text: word, word: true });
    }
  }
  return joinSplitWords(pieces, has);
}

/** How many neighbouring words may be joined into one the dictionary has. */
const JOIN = 4;

/** Joins runs of neighbouring words that the dictionary has as one word, the longest run first. */
function joinSplitWords(pieces: Piece[], has: (word: string) => boolean): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; ) {
    // The runs of words from here: run[k] joins k + 1 words.
    const runs: string[] = [];
    for (let j = i; j < pieces.length && runs.length < JOIN && pieces[j]!.word; j++) runs.push((runs.at(-1) ?? '') + pieces[j]!.text);
    let length = runs.length;
    while (length > 1 && !has(runs[length - 1]!)) length--;
    out.push(length > 1 ? { text: runs[length - 1]!, word: true } : pieces[i]!);
    i += Math.max(length, 1);
  }
  return out;
}
