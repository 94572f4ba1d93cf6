import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/alignment/sentences.ts';
import type { Locale } from '../../../src/i18n/locales.ts';

const split = (text: string, locale: Locale, breaks?: number[]) => splitSentences(text, locale, breaks).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('returns ranges without the white space between sentences', () => {
    expect(splitSentences('  One.   Two.\n', 'en')).toEqual([
      { start: 2, end: 6 },
      { start: 9, end: 13 },
    ]);
  });

  it('returns one sentence for a title with its abbreviations, initials and “U.S.” before capitals', () => {
    const text =
      'Pakistan and the United States held the latest round of the Pakistan–U.S. Counterterrorism Dialogue, co-chaired by ' +
      'Special Secretary for the United Nations Ambassador Nabeel Munir and U.S. Department of State Acting Coordinator for ' +
      'Counterterrorism Gregory D. LoGerfo. The next one.';
    expect(split(text, 'en')).toEqual([text.slice(0, -' The next one.'.length), 'The next one.']);
  });

  it.each([
    ['Mr. Smith met Dr. Jones. They spoke.', ['Mr. Smith met Dr. Jones.', 'They spoke.']],
    ['Trade, e.g. Textiles, grew. It paid.', ['Trade, e.g. Textiles, grew.', 'It paid.']],
    ['J. R. R. Tolkien wrote it. Then he slept.', ['J. R. R. Tolkien wrote it.', 'Then he slept.']],
    ['It cost $2.50, up 1.5 per cent. Prices rose.', ['It cost $2.50, up 1.5 per cent.', 'Prices rose.']],
    ['See No. 5 Squadron. It flew.', ['See No. 5 Squadron.', 'It flew.']],
  ])('returns abbreviations, initials and decimals inside their sentence: %s', (text, sentences) => {
    expect(split(text, 'en')).toEqual(sentences);
  });

  it('returns a break after an abbreviation when the next word starts a sentence', () => {
    expect(split('Talks were held in the U.S. The next round is in Islamabad.', 'en')).toEqual([
      'Talks were held in the U.S.',
      'The next round is in Islamabad.',
    ]);
  });

  it('returns “?” and “!” before a lower-case word inside their sentence', () => {
    expect(split('He asked “why?” and left. Yahoo! is a name.', 'en')).toEqual(['He asked “why?” and left.', 'Yahoo! is a name.']);
  });

  it.each([
    ['They waited... What then? Nothing.', ['They waited...', 'What then?', 'Nothing.']],
    ['They waited… The talks resumed.', ['They waited…', 'The talks resumed.']],
    ['The Pakistan … Dialogue met. It ended.', ['The Pakistan … Dialogue met.', 'It ended.']],
    ['They waited... and waited.', ['They waited... and waited.']],
  ])('returns an ellipsis as the end of a sentence only before a word that starts one: %s', (text, sentences) => {
    expect(split(text, 'en')).toEqual(sentences);
  });

  it('returns a sentence across a line break', () => {
    expect(split('Counterterrorism cooperation comes with human\nand material costs. Pakistan has paid.', 'en')).toEqual([
      'Counterterrorism cooperation comes with human\nand material costs.',
      'Pakistan has paid.',
    ]);
  });

  it('returns the two Chinese sentences a translator made of one English sentence', () => {
    expect(split('巴基斯坦和美国举行了最新一轮的巴美战略对话。反恐对话由联合国特别秘书纳比尔·穆尼尔大使和美国国务院反恐代理协调员格里高利·洛格福共同主持。', 'zh')).toEqual([
      '巴基斯坦和美国举行了最新一轮的巴美战略对话。',
      '反恐对话由联合国特别秘书纳比尔·穆尼尔大使和美国国务院反恐代理协调员格里高利·洛格福共同主持。',
    ]);
  });

  it('returns a break at a stray “。” after Latin letters', () => {
    expect(split('Pakistan-U.S。反恐伙伴关系有着深厚的历史渊源，受到地区和全球事件的影响。冷战期间，两国进行了合作。', 'zh')).toEqual([
      'Pakistan-U.S。',
      '反恐伙伴关系有着深厚的历史渊源，受到地区和全球事件的影响。',
      '冷战期间，两国进行了合作。',
    ]);
  });

  it.each([
    ['真的吗？是的！好。', ['真的吗？', '是的！', '好。']],
    ['真的吗?是的!好。', ['真的吗?', '是的!', '好。']],
    ['他说：“走吧。”她笑了。', ['他说：“走吧。”', '她笑了。']],
    ['他说：‘走吧！’她笑了。', ['他说：‘走吧！’', '她笑了。']],
    ['他说「好。」『走吧？』她笑了。', ['他说「好。」', '『走吧？』', '她笑了。']],
    ['（详见下文。）下一句。', ['（详见下文。）', '下一句。']],
  ])('returns Chinese sentences ending in 。！？ with their closing quotes and brackets: %s', (text, sentences) => {
    expect(split(text, 'zh')).toEqual(sentences);
  });

  it('returns an opening quote or bracket after 。 with the sentence it opens', () => {
    expect(split('然后走了。“真的？”她问。（注意。）', 'zh')).toEqual(['然后走了。', '“真的？”', '她问。', '（注意。）']);
  });

  it('returns Latin abbreviations and decimals inside a Chinese sentence', () => {
    expect(split('他在U.S.工作了1.5年。此后回国。', 'zh')).toEqual(['他在U.S.工作了1.5年。', '此后回国。']);
  });

  it('returns a Chinese ellipsis inside its sentence', () => {
    expect(split('他沉默了……然后离开。', 'zh')).toEqual(['他沉默了……然后离开。']);
  });

  it.each<[string, Locale, string[]]>([
    ['The word 反恐 means counterterrorism. 它很重要。', 'en', ['The word 反恐 means counterterrorism.', '它很重要。']],
    ['包括ISIS-K策划者。The U.S. Department agreed. 对话结束。', 'zh', ['包括ISIS-K策划者。', 'The U.S. Department agreed.', '对话结束。']],
  ])('returns the sentences of mixed text: %s', (text, locale, sentences) => {
    expect(split(text, locale)).toEqual(sentences);
  });

  it('returns a break at every offset given, even inside a sentence', () => {
    const text = 'The partnership, shaped by events, has roots. It grew.';
    expect(split(text, 'en', [text.indexOf(' shaped')])).toEqual(['The partnership,', 'shaped by events, has roots.', 'It grew.']);
  });

  it('returns a break at a given offset that Unicode’s rules or the fixes would join', () => {
    const text = 'Gregory D. LoGerfo spoke.';
    expect(split(text, 'en', [text.indexOf(' LoGerfo')])).toEqual(['Gregory D.', 'LoGerfo spoke.']);
  });

  it('returns the same sentences for breaks at either end or between sentences', () => {
    const text = 'One. Two.';
    expect(split(text, 'en', [0, 4, 5, text.length])).toEqual(['One.', 'Two.']);
  });

  it('returns no sentence for white space', () => {
    expect(splitSentences(' \n ', 'zh')).toEqual([]);
  });
});
