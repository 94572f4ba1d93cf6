import { describe, expect, it } from 'vitest';
import { alignLengths, deviation, lengthRatio, sentenceLength } from '../../../src/alignment/lengths.ts';

const pairs = (groups: { original: number[]; translation: number[] }[]) => groups.map((g) => [g.original, g.translation]);

describe('sentenceLength', () => {
  it('returns the characters other than white space, each Chinese character weighing the ratio', () => {
    expect(sentenceLength('巴基斯坦 FATF。', 2.5)).toBe(15);
    expect(sentenceLength('The U.S. agreed.', 3)).toBe(14);
  });
});

describe('lengthRatio', () => {
  it('returns how many Latin characters a Chinese character stands for, Latin text in the translation counted as such', () => {
    expect(lengthRatio([['The United States.', '美国。']])).toBe(7.5);
    expect(lengthRatio([['The FATF met.', 'FATF开会了。'], ['It agreed.', '它同意了。']])).toBe((11 - 5 + 9 - 1) / (3 + 4));
  });
  it('returns 1 when the translation has no Chinese', () => {
    expect(lengthRatio([['Peace.', 'Paix.']])).toBe(1);
  });
});

describe('deviation', () => {
  it('returns 0 for equal lengths, and more the more they differ, with the sign of the difference', () => {
    expect(deviation(100, 100)).toBe(0);
    expect(deviation(0, 0)).toBe(0);
    expect(deviation(100, 120)).toBeCloseTo(20 / Math.sqrt(6.8 * 110));
    expect(deviation(100, 80)).toBeLessThan(0);
    expect(Math.abs(deviation(100, 40))).toBeGreaterThan(Math.abs(deviation(100, 80)));
  });
});

describe('alignLengths', () => {
  it('returns 1–1 groups for sentences of matching lengths', () => {
    expect(pairs(alignLengths([100, 60, 140], [96, 63, 150]))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });
  it('returns a 1–2 group where the translator split a sentence', () => {
    expect(pairs(alignLengths([100, 250, 80], [104, 110, 130, 77]))).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
    ]);
  });
  it('returns a 2–1 group where the translator joined two sentences', () => {
    expect(pairs(alignLengths([90, 70, 60, 120], [95, 125, 118]))).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
    ]);
  });
  it('returns a 2–2 group where two sentences are cut elsewhere', () => {
    expect(pairs(alignLengths([100, 40, 160, 90], [100, 150, 50, 88]))).toEqual([
      [[0], [0]],
      [[1, 2], [1, 2]],
      [[3], [3]],
    ]);
  });
  it('returns 1–0 and 0–1 groups for sentences with nothing to pair with', () => {
    expect(pairs(alignLengths([80], []))).toEqual([[[0], []]]);
    expect(pairs(alignLengths([], [80, 20]))).toEqual([
      [[], [0]],
      [[], [1]],
    ]);
    expect(alignLengths([], [])).toEqual([]);
  });
  it('returns groups that end at each anchor, whatever the lengths', () => {
    expect(pairs(alignLengths([40, 160], [160, 40]))).toEqual([[[0, 1], [0, 1]]]);
    expect(pairs(alignLengths([40, 160], [160, 40], [[1, 1]]))).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
    expect(pairs(alignLengths([50], [30, 50], [[0, 1]]))).toEqual([
      [[], [0]],
      [[0], [1]],
    ]);
  });
  it('returns the same groups every time', () => {
    const a = [120, 45, 45, 200, 80, 80, 10];
    const b = [60, 60, 90, 190, 160, 12];
    expect(alignLengths(a, b)).toEqual(alignLengths(a, b));
  });
});
