import { describe, expect, it } from 'vitest';
import { compactDictionary, lookup, tonePinyin } from '../../../src/learn/dictionary.ts';
import { fixtureDictionary } from './cedict.ts';

const simplified = lookup(fixtureDictionary, 'simplified');
const traditional = lookup(fixtureDictionary, 'traditional');

describe('tonePinyin', () => {
  it('puts tone marks for tone numbers, ü for u:, no mark for the neutral tone', () => {
    expect(tonePinyin('fan3 kong3')).toBe('fǎn kǒng');
    expect(tonePinyin('zhan4 lu:e4')).toBe('zhàn lüè');
    expect(tonePinyin('nu:3 er5')).toBe('nǚ er');
    expect(tonePinyin('lu:4')).toBe('lǜ');
  });

  it('keeps a capital and what is not a syllable', () => {
    expect(tonePinyin('Zhong1 guo2')).toBe('Zhōng guó');
    expect(tonePinyin('E2 luo2 si1')).toBe('É luó sī');
    expect(tonePinyin('san1 C')).toBe('sān C');
  });
});

describe('the compact dictionary', () => {
  it('looks words up by their Simplified or Traditional spelling', () => {
    expect(simplified.glosses('银行')).toEqual([['yín háng', 'bank']]);
    expect(traditional.glosses('銀行')).toEqual([['yín háng', 'bank']]);
    expect(traditional.has('银行')).toBe(false);
    expect(simplified.has('銀行')).toBe(false);
    expect(simplified.glosses('没有的词')).toBeUndefined();
  });

  it('keeps one reading per pinyin, glosses joined by "; ", at most four', () => {
    const le = simplified.glosses('了')!;
    expect(le.map(([pinyin]) => pinyin)).toEqual(['le', 'liǎo']);
    expect(le[0]![1]).toBe('(completed action marker); (modal particle indicating change of state, situation now); (modal particle intensifying preceding clause)');
    expect(simplified.glosses('长期')).toEqual([['cháng qī', 'long term; long time; long range (of a forecast)']]);
  });

  it('keeps the first four glosses of a reading', () => {
    const entry = { traditional: '行', simplified: '行', pinyin: 'xing2', english: ['to walk', 'to go', 'to travel', 'to do', 'capable'] };
    expect(compactDictionary([entry]).simplified).toEqual({ 行: 'xíng\tto walk; to go; to travel; to do' });
  });

  it('merges the entries of one spelling: 了 in Simplified is also 瞭, not in Traditional', () => {
    expect(simplified.glosses('了')![1]![1]).toBe(
      'to finish; (used with 得[de2] or 不[bu4] after a verb to express (im)possibility, as in 忘不了[wang4 bu5 liao3] "cannot forget"); (literary) (usually followed by a negative such as 無|无[wu2] or 不[bu4]) completely (not); entirely (not); (not) in the least; to understand clearly (variant of 瞭|了[liao3])',
    );
    expect(traditional.glosses('瞭')).toEqual([['liǎo', '(of eyes) bright; clear-sighted; to understand clearly']]);
  });

  it('puts lowercase readings before capitalised (proper nouns) ones', () => {
    expect(simplified.glosses('张')!.map(([pinyin]) => pinyin)).toEqual(['zhāng', 'Zhāng']);
    expect(simplified.glosses('里')!.map(([pinyin]) => pinyin)).toEqual(['lǐ', 'Lǐ']);
  });

  it('leaves out entries that only point at a variant, unless the word has nothing else', () => {
    expect(simplified.glosses('为')).toEqual([
      ['wéi', 'as (in the capacity of); to take sth as; to act as; to serve as'],
      ['wèi', 'because of; for; to'],
    ]);
    expect(simplified.glosses('女')).toEqual([['nǚ', 'female; woman; daughter']]);
    expect(traditional.glosses('夥伴')).toEqual([['huǒ bàn', 'variant of 伙伴[huo3 ban4]']]);
    expect(traditional.glosses('伙伴')).toEqual([['huǒ bàn', 'partner; companion; comrade']]);
  });

  it('holds only words of Han characters', () => {
    expect(fixtureDictionary.simplified['3C']).toBeUndefined();
    expect(compactDictionary([{ traditional: '3D打印', simplified: '3D打印', pinyin: 'san1 D da3 yin4', english: ['to 3D print'] }])).toEqual({
      simplified: {},
      traditional: {},
    });
  });
});
