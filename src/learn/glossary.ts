/**
 * The learner's glossary: the dictionary's words of one spelling (Simplified or Traditional) with
 * their readings, served in parts at `/glossary/<version>/<characters>/<part>.json` beside the
 * articles' learner's layers, which hold only their words and pinyin. A word's part is found from
 * the word alone, so the page's script fetches the one part a tapped word needs, and every article
 * shares the same files: a build writes them once, whatever the number of articles. The version
 * names the dictionary and the parts' layout (dictionary.ts `glossaryVersion`), so that the files
 * can be cached for good. Shared by the build and the page's script: no Node modules here.
 */

/** One reading of a word: its pinyin with tone marks, syllables separated by spaces, and its glosses joined by '; '. */
export type Gloss = [pinyin: string, english: string];

/** How many parts the glossary of one spelling is split into: about 16 KB a part (9 KB gzip). */
export const GLOSSARY_PARTS = 512;

/** The version of the parts' layout: raise it when `glossaryPart` or `readingsOf` change, so that the glossary's folder changes with them. */
export const GLOSSARY_FORMAT = 1;

/**
 * The part of the glossary a word is in: a hash (FNV-1a) of its UTF-16 code units.
 * @example glossaryPart('银行') // a number from 0 to 511, the same on every build and in every browser
 */
export function glossaryPart(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % GLOSSARY_PARTS;
}

/**
 * A dictionary's words of one spelling, each with its readings encoded as the dictionary keeps
 * them (dictionary.ts), split into the glossary's parts.
 */
export function glossaryParts(words: Readonly<Record<string, string>>): Record<string, string>[] {
  const parts = Array.from({ length: GLOSSARY_PARTS }, () => ({}) as Record<string, string>);
  for (const [word, readings] of Object.entries(words)) parts[glossaryPart(word)]![word] = readings;
  return parts;
}

/**
 * A word's readings from their encoding: a reading a line, its pinyin and glosses separated by a tab.
 * @example readingsOf('yín háng\tbank') // [['yín háng', 'bank']]
 */
export const readingsOf = (encoded: string): Gloss[] => encoded.split('\n').map((reading) => reading.split('\t') as Gloss);
