/**
 * The pinyin of a Chinese text, read in context by pinyin-pro (its word list decides between a
 * polyphone's readings: 银行 yín háng, 行走 xíng zǒu), one syllable per Han character, in each
 * character's own tone (一 yī, 不 bù, as the dictionary writes them). A word of several
 * characters that the dictionary reads one way only is read as the dictionary reads it.
 *
 * pinyin-pro knows Simplified text far better than Traditional: over the first published article
 * converted to Traditional, it reads 於 wū, 車 jū, 們 mén, 還 huán, 應 yīng where the Simplified
 * text gives yú, chē, men, hái, yìng. A Traditional text converted from a Simplified one is read
 * through the Simplified text instead, character for character.
 */
import { OutputFormat, pinyin, segment } from 'pinyin-pro';
import type { Gloss } from './glossary.ts';

/** Each character's pinyin (code point by code point), or undefined for one without (not Han, or unknown). */
export type Readings = (string | undefined)[];

/** Each character's pinyin-pro reading in a text, and the span of pinyin-pro's word it is read in. */
function inContext(text: string): { reading: string | undefined; start: number; end: number }[] {
  const out: ReturnType<typeof inContext> = [];
  // pinyin-pro's segmentation by fewest words throws on an empty text.
  if (!text) return out;
  // Segmentation by fewest words (3) reads long paragraphs better than the default, by most
  // probable words, which over the first published article reads 都认为 wèi and 重申 zhòng.
  for (const word of segment(text, { format: OutputFormat.AllArray, toneSandhi: false, segmentit: 3 })) {
    const start = out.length;
    // A character pinyin-pro does not read (not Han, or unknown to it) comes back as it is.
    for (const { origin, result } of word) out.push({ reading: result !== origin ? result : undefined, start, end: start + word.length });
  }
  return out;
}

/**
 * The pinyin of each character of a text, read in context, given the text's words (joined, the
 * text): a word pinyin-pro reads as part of a word across its edge (引人注目的 read as 目的 mùdì)
 * is read on its own.
 * @example readings('银行行长', ['银行', '行长']) // ['yín', 'háng', 'háng', 'zhǎng']
 */
export function readings(text: string, words: readonly string[] = [text]): Readings {
  const read = inContext(text);
  const out: Readings = read.map((c) => c.reading);
  let start = 0;
  words.forEach((word, i) => {
    const end = start + [...word].length;
    if (read.slice(start, end).some((c) => c.start < start || c.end > end)) out.splice(start, end - start, ...readings(word));
    if (word === '地' && ADVERB.test(words[i - 1] ?? '')) out[start] = 'de';
    start = end;
  });
  return out;
}

/**
 * A word that 地 standing alone after it makes an adverb of, 地 then read de (认真地, 慢慢地),
 * which pinyin-pro reads dì: two Han characters or more. The noun 地 alone follows a measure
 * word or a word of one character (一块地, 种的地).
 */
const ADVERB = /^\p{Script=Han}{2,}$/u;

/** A syllable without its tone mark, ü as v: `lǜ` → `lv`. */
const toneless = (syllable: string) => syllable.normalize('NFD').replace(/\u0308/g, 'v').replace(/\p{M}/gu, '');

/**
 * The pinyin of a Traditional text converted from a Simplified one: where both have as many
 * characters, each character takes the Simplified text's reading when it is one of its own
 * (tones aside, as pinyin-pro lists few neutral tones of Traditional characters: 們 mén only);
 * a character the conversion changed into another word (支持 → 支援) keeps its own reading,
 * read in the Traditional text. Texts of different lengths are read on their own. `words` are
 * the Traditional text's words, cut the same way in the Simplified text.
 * @example readingsThrough('於是', '于是') // ['yú', 'shì'] (readings('於是') gives wū shì)
 */
export function readingsThrough(text: string, simplified: string, words: readonly string[] = [text]): Readings {
  const chars = [...text];
  const simplifiedChars = [...simplified];
  if (chars.length !== simplifiedChars.length) return readings(text, words);
  let at = 0;
  const simplifiedWords = words.map((word) => simplifiedChars.slice(at, (at += [...word].length)).join(''));
  // The text's own readings are needed only where the Simplified ones do not serve: read once, then.
  let own: Readings | undefined;
  return readings(simplified, simplifiedWords).map((reading, i) => {
    if (reading !== undefined && readsAs(chars[i]!, reading)) return reading;
    // A character that is not Han has no reading of its own.
    if (!HAN_CHAR.test(chars[i]!)) return undefined;
    return (own ??= readings(text, words))[i];
  });
}

const HAN_CHAR = /^\p{Script=Han}$/u;

/** Whether characters read as readings, tones aside, by character and reading: asked again and again. */
const readAs = new Map<string, Map<string, boolean>>();

/** Whether a reading is one of a character's, tones aside. */
function readsAs(char: string, reading: string): boolean {
  if (!readAs.has(char)) readAs.set(char, new Map());
  const known = readAs.get(char)!;
  if (!known.has(reading)) known.set(reading, pinyin(char, { multiple: true, type: 'array' }).map(toneless).includes(toneless(reading)));
  return known.get(reading)!;
}

/**
 * A word's pinyin: for a word of several characters that the dictionary reads one way only (its
 * readings alike but for a proper noun's capital), the dictionary's reading, in lowercase, as
 * pinyin-pro in context sometimes cuts the text across the word (确保长期 bǎo zhǎng, 基调 tiáo);
 * else the word's readings in context; undefined when a character has none.
 * @example wordPinyin(['zhǎng', 'qī'], [['cháng qī', 'long term']]) // 'cháng qī'
 */
export function wordPinyin(context: Readings, glosses: readonly Gloss[] = []): string | undefined {
  const read = new Set(glosses.map(([reading]) => reading.toLowerCase()));
  const [only] = read;
  if (context.length > 1 && read.size === 1 && only!.split(' ').length === context.length) return only;
  return context.includes(undefined) ? undefined : context.join(' ');
}
