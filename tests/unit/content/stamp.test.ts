import { describe, expect, it } from 'vitest';
import { changedSections, markdownSections, setField, textHash } from '../../../src/content/stamp.ts';

describe('textHash', () => {
  it('returns ten hex digits', () => {
    expect(textHash('Title', 'Body.')).toMatch(/^[0-9a-f]{10}$/);
  });
  it('returns another hash when the title or the body changes', () => {
    const base = textHash('Title', 'Body.');
    expect(textHash('Title!', 'Body.')).not.toBe(base);
    expect(textHash('Title', 'Body!')).not.toBe(base);
  });
  it('returns the same hash whatever the line endings and the space around the text', () => {
    expect(textHash('T', '\na  \r\nb\r\n')).toBe(textHash('T ', 'a\nb'));
  });
  it('returns the same hash with or without sentence marks', () => {
    expect(textHash('T', 'One. <!-- s -->Two. <!--s-->Three.')).toBe(textHash('T', 'One. Two. Three.'));
    expect(textHash('T', 'One. <!-- note -->Two.')).not.toBe(textHash('T', 'One. Two.'));
  });
});

describe('markdownSections', () => {
  it('returns the text before the first heading and each section by heading', () => {
    expect([...markdownSections('Intro.\n\n## One\n\nA.\n\n### Two\n\nB.\n')]).toEqual([
      ['', 'Intro.'],
      ['One', 'A.'],
      ['Two', 'B.'],
    ]);
  });
});

describe('changedSections', () => {
  it('returns the sections whose text changed, was added or removed', () => {
    const before = 'Intro.\n\n## One\n\nA.\n\n## Two\n\nB.\n\n## Gone\n\nC.';
    const after = 'Intro.\n\n## One\n\nA, changed.\n\n## Two\n\nB.\n\n## New\n\nD.';
    expect(changedSections(before, after)).toEqual(['One', 'New', 'Gone']);
  });
  it('returns the introduction by name', () => {
    expect(changedSections('Old.\n## A\nx', 'New.\n## A\nx')).toEqual(['(introduction)']);
  });
  it('returns nothing for the same text', () => {
    expect(changedSections('a\n## B\nc', 'a\n## B\nc')).toEqual([]);
  });
});

describe('setField', () => {
  it('returns the file with the field added at the end of the frontmatter', () => {
    expect(setField('---\ntitle: x\n---\n\nBody.\n', 'originalHash', '"abc"')).toBe('---\ntitle: x\noriginalHash: "abc"\n---\n\nBody.\n');
  });
  it('returns the file with the field replaced where it is', () => {
    expect(setField('---\noriginalHash: "old"\ntitle: x\n---\nB', 'originalHash', '"new"')).toBe('---\noriginalHash: "new"\ntitle: x\n---\nB');
  });
  it('throws for a file without frontmatter', () => {
    expect(() => setField('Body only', 'a', 'b')).toThrow(/no frontmatter/);
  });
});
