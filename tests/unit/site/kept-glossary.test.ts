import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { glossaryVersion } from '../../../src/learn/dictionary.ts';
import { GLOSSARY_PARTS, glossaryPart, readingsOf } from '../../../src/learn/glossary.ts';
import { glossaryFiles, keptGlossaryPart } from '../../../src/site/kept-glossary.ts';

describe('glossaryFiles', () => {
  it('gives every part of each spelling once, at its path in the site under the glossary’s version', () => {
    const files = glossaryFiles();
    expect(files).toHaveLength(2 * GLOSSARY_PARTS);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    expect(files.find((f) => f.characters === 'traditional' && f.part === 7)).toEqual({
      version: glossaryVersion(),
      characters: 'traditional',
      part: 7,
      path: `/glossary/${glossaryVersion()}/traditional/7.json`,
    });
  });
});

describe('keptGlossaryPart', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kept-glossary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fileOf = (characters: 'simplified' | 'traditional', word: string) =>
    glossaryFiles().find((f) => f.characters === characters && f.part === glossaryPart(word))!;

  it('makes a part of a spelling from the dictionary: the words whose hash gives that part, with their readings', () => {
    const words = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    const simplified = words(keptGlossaryPart(dir, fileOf('simplified', '银行')));
    expect(readingsOf(simplified['银行']!)).toContainEqual(['yín háng', 'bank']);
    expect(Object.keys(simplified).every((word) => glossaryPart(word) === glossaryPart('银行'))).toBe(true);
    expect(readingsOf(words(keptGlossaryPart(dir, fileOf('traditional', '銀行')))['銀行']!)).toContainEqual(['yín háng', 'bank']);
  });

  it('gives back the kept file without making it again', () => {
    const file = keptGlossaryPart(dir, fileOf('simplified', '银行'));
    expect(file).toBe(join(dir, fileOf('simplified', '银行').path));
    writeFileSync(file, '{"kept":"yes"}');
    expect(readFileSync(keptGlossaryPart(dir, fileOf('simplified', '银行')), 'utf8')).toBe('{"kept":"yes"}');
  });
});
