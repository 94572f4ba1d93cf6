import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/alignment/blocks.ts';
import { lookup } from '../../../src/learn/dictionary.ts';
import { chineseCharacters, learnerLayer, learnerLocales, type Segment } from '../../../src/learn/layer.ts';
import { fixtureDictionary } from './cedict.ts';

const block = (id: string, html: string): Block => ({ id, tag: 'p', attributes: '', html, text: '', links: [], ids: [] });
const joined = (segments: Segment[]) => segments.map((s) => (typeof s === 'string' ? s : s[0])).join('');
const simplified = lookup(fixtureDictionary, 'simplified');
const traditional = lookup(fixtureDictionary, 'traditional');

/** Blocks of odd content, each with the text its element shows. */
const odd: [string, string][] = [
  ['<code>const 长 = 1;</code> 银行<a href="/zh/x/">行长</a>', 'const 长 = 1; 银行行长'],
  ['重要<sup id="fnref:1"><a href="#fn:1">1</a></sup>。', '重要1。'],
  ['<strong>ISIS-K</strong> 在 2021 年 🙂👍🏽 &amp; &lt;了&gt;', 'ISIS-K 在 2021 年 🙂👍🏽 & <了>'],
  ['<ul>\n<li>长期</li>\n<li>𠮷</li>\n</ul>', '\n长期\n𠮷\n'],
  ['<ruby>长<rt>cháng</rt></ruby>期', '长cháng期'],
];

describe('learnerLayer', () => {
  const layer = learnerLayer(
    [...odd.map(([html], i) => block(`b${i}`, html)), block('empty', ''), block('latin', '<em>Pakistan</em> 2025'), block('space', ' ')],
    'zh',
    simplified,
  );

  it('splits each block’s text, as its element shows it, into segments that join back to it exactly', () => {
    odd.forEach(([, text], i) => expect(joined(layer.blocks[`b${i}`]!)).toBe(text));
  });

  it('leaves out blocks without a Han character', () => {
    expect(Object.keys(layer.blocks)).toEqual(odd.map((_, i) => `b${i}`));
  });

  it('merges adjacent plain text into one string', () => {
    for (const segments of Object.values(layer.blocks)) {
      segments.forEach((s, i) => expect(typeof s === 'string' && typeof segments[i + 1] === 'string').toBe(false));
    }
  });

  it('gives each word of Han characters its pinyin, a syllable a character', () => {
    expect(layer.blocks['b0']).toEqual(['const ', ['长', 'cháng'], ' = 1; ', ['银行', 'yín háng'], ['行长', 'háng zhǎng']]);
    expect(layer.blocks['b3']).toEqual(['\n', ['长期', 'cháng qī'], '\n𠮷\n']);
    for (const segments of Object.values(layer.blocks)) {
      for (const s of segments) if (typeof s !== 'string') expect(s[1].split(' ')).toHaveLength([...s[0]].length);
    }
  });

  it('reads a converted Traditional edition through its Simplified source, and cuts its words as Traditional ones', () => {
    const hant = learnerLayer([block('p', '由於恐怖主義，<em>人們</em>認為長期重要。')], 'zh-hant', traditional, [block('p', '由于恐怖主义，<em>人们</em>认为长期重要。')]);
    expect(hant.blocks['p']).toEqual([
      ['由', 'yóu'],
      ['於', 'yú'],
      ['恐怖主義', 'kǒng bù zhǔ yì'],
      '，',
      // The fixture's dictionary lacks 人們: one word a character.
      ['人', 'rén'],
      ['們', 'men'],
      ['認為', 'rèn wéi'],
      ['長期', 'cháng qī'],
      ['重要', 'zhòng yào'],
      '。',
    ]);
  });
});

describe('the learner’s languages', () => {
  it('are those written in Chinese characters, with their script', () => {
    expect(learnerLocales).toEqual(['zh', 'zh-hant']);
    expect(learnerLocales.map(chineseCharacters)).toEqual(['simplified', 'traditional']);
    expect(chineseCharacters('en')).toBeUndefined();
  });
});
