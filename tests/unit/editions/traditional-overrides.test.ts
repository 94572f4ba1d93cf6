import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTraditional, parseOverrides, unusedOverrides } from '../../../src/editions/traditional-overrides.ts';
import { contentFixture, removeTemporaryFolders } from '../../helpers.ts';

afterAll(removeTemporaryFolders);

const file = 'content/traditional-overrides.txt';

describe('parseOverrides', () => {
  it('returns each override with its line, skipping notes and empty lines', () => {
    const parsed = parseOverrides('# Kabul\n\n喀布尔 = 喀布爾\n  特朗普＝川普  \n', file);
    expect([...parsed.overrides]).toEqual([
      ['喀布尔', '喀布爾'],
      ['特朗普', '川普'],
    ]);
    expect(parsed.lines.map((o) => o.line)).toEqual([3, 4]);
    expect(parsed.problems).toEqual([]);
  });

  it('returns a problem naming the file and line of a line that is not an override', () => {
    expect(parseOverrides('喀布尔 喀布爾\n= 川普\n', file).problems).toEqual([
      `${file}:1: “喀布尔 喀布爾” is not an override. Write the Simplified phrase, “=” and the Traditional text to put for it, e.g. 喀布尔 = 喀布爾.`,
      `${file}:2: “= 川普” is not an override. Write the Simplified phrase, “=” and the Traditional text to put for it, e.g. 喀布尔 = 喀布爾.`,
    ]);
  });

  it('returns a problem for a phrase overridden twice', () => {
    expect(parseOverrides('喀布尔 = 喀布爾\n喀布尔 = 喀布林\n', file).problems).toEqual([
      `${file}:2: “喀布尔” is overridden on line 1 already. Keep one of the two lines.`,
    ]);
  });
});

describe('unusedOverrides', () => {
  it('returns the overrides whose phrase no text has', () => {
    const { lines } = parseOverrides('喀布尔 = 喀布爾\n特朗普 = 川普\n', file);
    expect(unusedOverrides(lines, ['与喀布尔有关'], file)).toEqual([
      `${file}:2: “特朗普” is in no Simplified translation that is converted, so this override changes nothing. Remove the line, or correct its Simplified text.`,
    ]);
  });
});

describe('checkTraditional', () => {
  const folder = (name: string, files: Record<string, string>) => ({ path: `content/articles/${name}`, name, files });
  it('returns a zh-hant.md without zh.md as a problem', () => {
    const { problems } = checkTraditional([folder('a', { 'en.md': 'x', 'zh-hant.md': '喀布爾' })], 'missing/traditional-overrides.txt');
    expect(problems).toEqual([
      'content/articles/a/zh-hant.md: replaces the text converted from zh.md, which the folder does not have. Add zh.md, or remove zh-hant.md.',
    ]);
  });
  it('returns as warnings the overrides found only in translations that are not converted', () => {
    const file = join(contentFixture({}), 'traditional-overrides.txt');
    writeFileSync(file, '喀布尔 = 喀布爾\n特朗普 = 川普\n');
    const { problems, warnings } = checkTraditional(
      [folder('a', { 'en.md': 'x', 'zh.md': '喀布尔' }), folder('b', { 'en.md': 'x', 'zh.md': '特朗普', 'zh-hant.md': '川普' })],
      file,
    );
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      `${file}:2: “特朗普” is in no Simplified translation that is converted, so this override changes nothing. Remove the line, or correct its Simplified text.`,
    ]);
  });
});
