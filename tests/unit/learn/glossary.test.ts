import { describe, expect, it } from 'vitest';
import { lookup } from '../../../src/learn/dictionary.ts';
import { GLOSSARY_PARTS, glossaryPart, glossaryParts, readingsOf } from '../../../src/learn/glossary.ts';
import { fixtureDictionary } from './cedict.ts';

describe('glossaryPart', () => {
  it('gives every word, however long or odd, one part of the glossary, from the word alone', () => {
    for (const word of ['银行', '銀行', '恐怖主义', '行', '𠮷', '', 'a'.repeat(1000)]) {
      const part = glossaryPart(word);
      expect(Number.isInteger(part) && part >= 0 && part < GLOSSARY_PARTS, word).toBe(true);
      expect(glossaryPart(word)).toBe(part);
    }
  });

  it('is the same hash the published parts were split by (FNV-1a of the UTF-16 code units)', () => {
    // A change here moves every word to another part: the page's script and the files must change together.
    // FNV-1a's published test values: '' 0x811c9dc5, 'a' 0xe40c292c, 'foobar' 0xbf9cf968.
    expect(['', 'a', 'foobar'].map(glossaryPart)).toEqual([0x811c9dc5 % GLOSSARY_PARTS, 0xe40c292c % GLOSSARY_PARTS, 0xbf9cf968 % GLOSSARY_PARTS]);
  });

  it('spreads a dictionary’s words over the parts evenly', () => {
    const counts = new Array<number>(GLOSSARY_PARTS).fill(0);
    // A hundred words a part, of two to four characters, drawn from the common Han block by a fixed sequence.
    let seed = 1;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (let i = 0; i < 100 * GLOSSARY_PARTS; i++) counts[glossaryPart(String.fromCodePoint(...Array.from({ length: 2 + next(3) }, () => 0x4e00 + next(20_000))))]!++;
    expect(Math.min(...counts)).toBeGreaterThan(60);
    expect(Math.max(...counts)).toBeLessThan(145);
  });
});

describe('glossaryParts', () => {
  const parts = glossaryParts(fixtureDictionary.simplified);

  it('puts each word of the dictionary in its part, once, with its readings as the dictionary keeps them', () => {
    expect(parts).toHaveLength(GLOSSARY_PARTS);
    const words = parts.flatMap((part, n) => Object.keys(part).map((word) => [word, n] as const));
    expect(words.map(([word]) => word).sort()).toEqual(Object.keys(fixtureDictionary.simplified).sort());
    for (const [word, n] of words) {
      expect(glossaryPart(word)).toBe(n);
      expect(parts[n]![word]).toBe(fixtureDictionary.simplified[word]);
    }
  });

  it('gives a word’s readings back as the build looks them up: pinyin with tone marks, glosses joined', () => {
    const simplified = lookup(fixtureDictionary, 'simplified');
    expect(readingsOf(parts[glossaryPart('银行')]!['银行']!)).toEqual([['yín háng', 'bank']]);
    for (const part of parts) {
      for (const [word, encoded] of Object.entries(part)) {
        expect(readingsOf(encoded)).toEqual(simplified.glosses(word));
        for (const [pinyin, english] of readingsOf(encoded)) {
          expect(pinyin).toMatch(/^\S+( \S+)*$/);
          expect(english.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('keeps a spelling’s words apart from the other’s: 恐怖主義 is in the Traditional glossary only', () => {
    const traditional = glossaryParts(fixtureDictionary.traditional);
    const find = (glossary: Record<string, string>[], word: string) => glossary[glossaryPart(word)]![word];
    expect(readingsOf(find(traditional, '恐怖主義')!)).toEqual([['kǒng bù zhǔ yì', 'terrorism']]);
    expect(find(parts, '恐怖主義')).toBeUndefined();
    expect(find(parts, '在')).toBeUndefined();
  });
});
