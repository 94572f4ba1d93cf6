import { describe, expect, it } from 'vitest';
import { lineAt, lineWhere } from '../../../src/content/lines.ts';

describe('lineAt', () => {
  it('returns 1 for the first line', () => {
    expect(lineAt('a\nb', 0)).toBe(1);
  });
  it('returns the line an offset falls on, a line break belonging to the line it ends', () => {
    expect(lineAt('a\nb\nc', 1)).toBe(1);
    expect(lineAt('a\nb\nc', 2)).toBe(2);
    expect(lineAt('a\nb\nc', 5)).toBe(3);
  });
});

describe('lineWhere', () => {
  it('returns the first line that passes the test', () => {
    expect(lineWhere('a\nb\na', (line) => line === 'a')).toBe(1);
  });
  it('returns the first from a line on', () => {
    expect(lineWhere('a\nb\na', (line) => line === 'a', 2)).toBe(3);
  });
  it('returns undefined when no line passes', () => {
    expect(lineWhere('a\nb', (line) => line === 'c')).toBeUndefined();
    expect(lineWhere('a\nb', (line) => line === 'a', 2)).toBeUndefined();
  });
});
