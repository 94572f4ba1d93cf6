import { describe, expect, it } from 'vitest';
import { keyAt } from '../../../src/content/frontmatter.ts';

describe('keyAt', () => {
  const raw = '\ntitle: x\nsource:\n  url: y\n  publisher: "z" # a note\n';
  it('returns the file line of a key, nested keys under their parent, with the key and value as written', () => {
    expect(keyAt(raw, ['title'])).toEqual({ line: 2, name: 'title', value: 'x' });
    expect(keyAt(raw, ['source', 'publisher'])).toEqual({ line: 5, name: 'source.publisher', value: 'z' });
  });
  it('returns the first line and no value for a key that is not there', () => {
    expect(keyAt(raw, ['description'])).toEqual({ line: 1, name: 'description' });
  });
  it('returns the parent’s line for a nested key that is not there', () => {
    expect(keyAt(raw, ['source', 'author'])).toEqual({ line: 3, name: 'source.author' });
  });
  it('returns keys with any characters, as written', () => {
    const keys = '\nc++: 1\n(: 2\n[x]: 3\n"a\\nb": 4\n? [c, d]\n: 5\n';
    expect(['c++', '(', 'x', 'a\nb', 'c,d'].map((key) => keyAt(keys, [key]))).toEqual([
      { line: 2, name: 'c++', value: '1' },
      { line: 3, name: '(', value: '2' },
      { line: 4, name: '[x]', value: '3' },
      { line: 5, name: '"a\\nb"', value: '4' },
      { line: 6, name: '[c, d]', value: '5' },
    ]);
  });
  it('returns an empty value for a key without one', () => {
    expect(keyAt('\npublished:\n', ['published'])).toEqual({ line: 2, name: 'published', value: '' });
  });
});
