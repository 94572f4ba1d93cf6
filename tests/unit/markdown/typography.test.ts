import { describe, expect, it } from 'vitest';
import { freshState, fullWidthPunctuation } from '../../../src/markdown/typography.ts';

describe('fullWidthPunctuation', () => {
  it.each([
    ['威胁,威胁着', '威胁，威胁着'],
    ['影响;由于', '影响；由于'],
    ['三个关键支柱:', '三个关键支柱：'],
    ['真的吗?是的!', '真的吗？是的！'],
    ['解放军(BLA)、伊斯兰国', '解放军（BLA）、伊斯兰国'],
    ['工作组(FATF)等平台', '工作组（FATF）等平台'],
    ['( 注意: 本文是用AI翻译的,或有误差。)', '（ 注意： 本文是用AI翻译的，或有误差。）'],
  ])('returns full-width marks after Chinese: %s', (input, expected) => {
    expect(fullWidthPunctuation(input)).toBe(expected);
  });

  it.each([
    'Peace, stability, and development: (2014) yes; no? yes!',
    'Operation Zarb-e-Azb (2014)',
    '1,000 and 3:45 and 9/11',
  ])('returns Latin text unchanged: %s', (text) => {
    expect(fullWidthPunctuation(text)).toBe(text);
  });

  it('keeps ASCII inside numbers and Latin runs within Chinese text', () => {
    expect(fullWidthPunctuation('时间:10:30,约1,000人')).toBe('时间：10:30，约1,000人');
    expect(fullWidthPunctuation('Pakistan-U.S。反恐')).toBe('Pakistan-U.S。反恐');
    expect(fullWidthPunctuation('在2014年的Zarb-e-Azb行动,')).toBe('在2014年的Zarb-e-Azb行动，');
  });

  it('returns full-width marks between a number or Latin word and Chinese', () => {
    expect(fullWidthPunctuation('于2025年,约3,000人在UN,联合国')).toBe('于2025年，约3,000人在UN，联合国');
  });

  it('keeps ASCII after a Latin word followed by a space', () => {
    expect(fullWidthPunctuation('包括ISIS-K, 以及')).toBe('包括ISIS-K, 以及');
  });

  it('keeps a bracket around Latin text in Latin context', () => {
    expect(fullWidthPunctuation('the Army (BLA) 与')).toBe('the Army (BLA) 与');
  });

  it('keeps URLs unchanged', () => {
    expect(fullWidthPunctuation('见https://example.org/a,b?c=1:2 。')).toBe('见https://example.org/a,b?c=1:2 。');
  });

  it('carries the context across text nodes', () => {
    const state = freshState();
    expect(fullWidthPunctuation('强调', state)).toBe('强调');
    expect(fullWidthPunctuation(',然后(', state)).toBe('，然后（');
    expect(fullWidthPunctuation('x)', state)).toBe('x）');
  });
});
