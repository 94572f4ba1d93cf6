import { describe, expect, it } from 'vitest';
import { parseUnicodeRange, subsetsFor } from '../../../src/integrations/unicode-ranges.ts';

describe('parseUnicodeRange', () => {
  it('returns ranges and single code points as pairs', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131,U+1f1e9-1f1f5')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x1f1e9, 0x1f1f5],
    ]);
  });
  it('returns the same with spaces after the commas', () => {
    expect(parseUnicodeRange('U+4e00, U+4e8c-4e8d')).toEqual([
      [0x4e00, 0x4e00],
      [0x4e8c, 0x4e8d],
    ]);
  });
});

describe('subsetsFor', () => {
  const subsets = {
    '[62]': parseUnicodeRange('U+4f60,U+597d'),
    '[5]': parseUnicodeRange('U+ff1a'),
    latin: parseUnicodeRange('U+0000-00FF,U+2000-206F'),
  };
  it('returns the subsets that hold the text, in the given order', () => {
    expect(subsetsFor('来源：thinktank.pk 你好', subsets)).toEqual(['[62]', '[5]', 'latin']);
  });
  it('returns one subset for a text in one script', () => {
    expect(subsetsFor('Counterterrorism Champions – 2025', subsets)).toEqual(['latin']);
  });
  it('returns no subset for characters that none holds', () => {
    expect(subsetsFor('未', subsets)).toEqual([]);
  });
  it('returns a subset for a character outside the Basic Multilingual Plane', () => {
    expect(subsetsFor('🇩', { '[4]': parseUnicodeRange('U+1f1e9-1f1f5') })).toEqual(['[4]']);
  });
});
