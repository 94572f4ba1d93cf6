import { readFileSync } from 'node:fs';
import { compactDictionary, type DictionaryEntry } from '../../../src/learn/dictionary.ts';

/** The entries of a file in CC-CEDICT's format (`traditional simplified [pinyin] /gloss/gloss/`), lines with # left out. */
export function cedictEntries(file: URL): DictionaryEntry[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, traditional, simplified, pinyin, glosses] = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/$/.exec(line)!;
      return { traditional: traditional!, simplified: simplified!, pinyin: pinyin!, english: glosses!.split('/') };
    });
}

/** The compact dictionary of the fixture's few real CC-CEDICT entries. */
export const fixtureDictionary = compactDictionary(cedictEntries(new URL('../../fixtures/learn/cedict.txt', import.meta.url)));
