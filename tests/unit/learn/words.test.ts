import { describe, expect, it } from 'vitest';
import { lookup } from '../../../src/learn/dictionary.ts';
import { longestWords, words } from '../../../src/learn/words.ts';
import { fixtureDictionary } from './cedict.ts';

const simplified = lookup(fixtureDictionary, 'simplified');
const traditional = lookup(fixtureDictionary, 'traditional');
const cut = (text: string, lang: string, has: (word: string) => boolean) => words(text, lang, has).map((p) => (p.word ? `[${p.text}]` : p.text)).join('');

describe('longestWords', () => {
  it('cuts a run into the longest words the dictionary has, from the left, down to single characters', () => {
    expect(longestWords('银行行长', simplified.has)).toEqual(['银行', '行长']);
    expect(longestWords('洛格福', simplified.has)).toEqual(['洛', '格', '福']);
    expect(longestWords('恐怖主义反恐', simplified.has)).toEqual(['恐怖主义', '反恐']);
  });
});

describe('words', () => {
  it('takes the segmenter’s words that the dictionary has', () => {
    expect(cut('银行行长在银行里', 'zh-CN', simplified.has)).toBe('[银行][行长][在][银行][里]');
  });

  it('cuts a segment the dictionary lacks by its longest words', () => {
    // The segmenter gives 慢慢地 as one word, which the dictionary lacks.
    expect(cut('他慢慢地走', 'zh-CN', (w) => ['他', '慢慢', '地', '走'].includes(w))).toBe('[他][慢慢][地][走]');
    expect(cut('他慢慢地走', 'zh-CN', simplified.has)).toBe('[他][慢慢][地][走]');
  });

  it('leaves Latin, digits, spaces and punctuation out of words, even inside a segment', () => {
    expect(cut('2025年的ISIS-K策划者 OK，3D打印', 'zh-CN', (w) => w !== '年的' && w !== '策划者')).toBe('2025[年][的]ISIS-K[策划][者] OK，3D[打印]');
  });

  it('joins words the segmenter split that the dictionary has whole, never across other text', () => {
    expect(cut('恐怖主义是', 'zh-CN', simplified.has)).toBe('[恐怖主义][是]');
    expect(cut('反恐对话', 'zh-CN', simplified.has)).toMatch(/^\[反恐\]/);
    expect(cut('恐怖主义 恐怖主义', 'zh-CN', simplified.has)).toBe('[恐怖主义] [恐怖主义]');
  });

  it('cuts a Traditional sentence against the Traditional spellings', () => {
    expect(cut('銀行行長認為長期重要。', 'zh-Hant', traditional.has)).toBe('[銀行][行長][認為][長期][重要]。');
  });

  it('joins back to the text', () => {
    for (const text of ['', '🙂👍🏽 a b', '中文\u200d。\n\t𠮷', 'abc']) expect(words(text, 'zh-CN', () => false).map((p) => p.text).join('')).toBe(text);
  });
});
