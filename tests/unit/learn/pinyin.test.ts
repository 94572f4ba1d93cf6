import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../../src/learn/dictionary.ts';
import { readings, readingsThrough, wordPinyin } from '../../../src/learn/pinyin.ts';
import { fixtureDictionary } from './cedict.ts';

/** A line of the fixture: its text, its words, and each annotated character's index and reading. */
function parse(line: string) {
  const words = line.replace(/\[[^\]]*\]/g, '').split(' ');
  const expected: [number, string][] = [];
  let at = 0;
  for (const [, char, reading] of line.replaceAll(' ', '').matchAll(/(.)(?:\[([^\]]*)\])?/gu)) {
    if (reading) expected.push([at, reading]);
    at += [...char!].length;
  }
  return { text: words.join(''), words, expected };
}

const lines = readFileSync(new URL('../../fixtures/learn/polyphones.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));

const dictionary = lookup(fixtureDictionary, 'simplified');

/** Each character's pinyin as the learner's layer gives it: in context, then word by word. */
function pinyinOf(text: string, words: string[]): string[] {
  const context = readings(text, words);
  let at = 0;
  return words.flatMap((word) => {
    const slice = context.slice(at, (at += [...word].length));
    return (wordPinyin(slice, dictionary.glosses(word)) ?? slice.map(() => '_').join(' ')).split(' ');
  });
}

describe('the pinyin of polyphones, read in context', () => {
  it.each(lines)('%s', (line) => {
    const { text, words, expected } = parse(line);
    const pinyin = pinyinOf(text, words);
    expect(expected.map(([i]) => `${[...text][i]} ${pinyin[i]}`)).toEqual(expected.map(([i, reading]) => `${[...text][i]} ${reading}`));
  });
});

describe('readings', () => {
  it('gives one reading a Han character it knows, none to anything else', () => {
    expect(readings('A1 中🙂𠮷。')).toEqual([undefined, undefined, undefined, 'zhōng', undefined, undefined, undefined]);
    expect(readings('')).toEqual([]);
  });

  it('writes each character in its own tone: 一 and 不 as the dictionary does', () => {
    expect(readings('一个不是')).toEqual(['yī', 'gè', 'bù', 'shì']);
  });

  it('reads a word on its own where pinyin-pro reads it in a word across its edge', () => {
    // pinyin-pro alone reads 目的 here: mù dì.
    expect(readings('引人注目的军事', ['引人注目', '的', '军事'])[4]).toBe('de');
  });
});

describe('readingsThrough (Traditional through Simplified)', () => {
  it('takes the Simplified reading where it is one of the character’s own', () => {
    expect(readings('由於恐怖行為')[1]).toBe('wū');
    expect(readingsThrough('由於恐怖行為', '由于恐怖行为')).toEqual(['yóu', 'yú', 'kǒng', 'bù', 'xíng', 'wéi']);
    expect(readingsThrough('人們都還', '人们都还')).toEqual(['rén', 'men', 'dōu', 'hái']);
  });

  it('keeps the Traditional reading of a character the conversion changed into another word', () => {
    expect(readingsThrough('後勤支援', '后勤支持')).toEqual(['hòu', 'qín', 'zhī', 'yuán']);
  });

  it('gives no reading to what is not Han, and reads the text alone only where it must', () => {
    expect(readingsThrough('於是，OK。', '于是，OK。')).toEqual(['yú', 'shì', undefined, undefined, undefined, undefined]);
    expect(readingsThrough('他說後勤支援很好', '他说后勤支持很好')).toEqual(['tā', 'shuō', 'hòu', 'qín', 'zhī', 'yuán', 'hěn', 'hǎo']);
  });

  it('reads the Traditional text on its own where the lengths differ', () => {
    expect(readingsThrough('隨身碟', 'U盘')).toEqual(readings('隨身碟'));
  });
});

describe('wordPinyin', () => {
  it('takes the dictionary’s one reading of a word of several characters', () => {
    expect(wordPinyin(['zhǎng', 'qī'], [['cháng qī', 'long term']])).toBe('cháng qī');
    expect(wordPinyin(['bā', 'jī', 'sī', 'tǎn'], [['Bā jī sī tǎn', 'Pakistan']])).toBe('bā jī sī tǎn');
  });

  it('keeps the reading in context for a single character, several readings, or syllables that do not match', () => {
    expect(wordPinyin(['cháng'], [['zhǎng', 'chief']])).toBe('cháng');
    expect(wordPinyin(['dì', 'dao'], [['dì dào', 'tunnel'], ['dì dao', 'authentic']])).toBe('dì dao');
    expect(wordPinyin(['yī', 'huì', 'er', 'x'], [['yī huì r', 'a moment']])).toBe('yī huì er x');
    expect(wordPinyin(['zhāng', 'zhāng'], [['zhāng', 'sheet'], ['Zhāng', 'surname Zhang']])).toBe('zhāng zhāng');
  });

  it('gives none for a word with a character it cannot read', () => {
    expect(wordPinyin([undefined])).toBeUndefined();
  });
});
