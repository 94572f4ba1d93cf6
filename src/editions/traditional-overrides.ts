import { existsSync, readFileSync } from 'node:fs';
import type { ArticleFolder } from '../content/check.ts';
import { convertedFrom, localeKeys } from '../i18n/locales.ts';
import type { Overrides } from './traditional.ts';

/**
 * The editors' corrections of the Traditional Chinese conversion: a text file beside the article
 * folders (`content/traditional-overrides.txt`), one phrase a line, the Simplified text, `=`, and
 * the Traditional text to put for it wherever a converted translation has it:
 *
 *   # Kabul, as Taiwan writes it
 *   喀布尔 = 喀布爾
 *
 * Lines starting with `#` and empty lines are notes.
 */

/** One override and the line it is on. */
export interface OverrideLine {
  simplified: string;
  traditional: string;
  line: number;
}

/** What an overrides file holds: its overrides, each with its line, and the problems of the lines that are not. */
export interface ParsedOverrides {
  overrides: Overrides;
  lines: OverrideLine[];
  problems: string[];
}

/** `=`, or the full-width `＝` a Chinese input method types. */
const LINE = /^([^=＝]+)[=＝]([^=＝]+)$/;

/**
 * Reads the overrides in a file's text; the problems name the file, the line and the fix.
 * @example parseOverrides('喀布尔 = 喀布爾\n', 'o.txt').overrides // Map { '喀布尔' => '喀布爾' }
 */
export function parseOverrides(text: string, file: string): ParsedOverrides {
  const overrides = new Map<string, string>();
  const lines: OverrideLine[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const [, simplified = '', traditional = ''] = (LINE.exec(trimmed) ?? []).map((part) => part.trim());
    if (!simplified || !traditional) {
      problems.push(
        `${file}:${line}: “${trimmed}” is not an override. Write the Simplified phrase, “=” and the Traditional text to put for it, e.g. 喀布尔 = 喀布爾.`,
      );
      return;
    }
    const before = lines.find((o) => o.simplified === simplified);
    if (before) {
      problems.push(`${file}:${line}: “${simplified}” is overridden on line ${before.line} already. Keep one of the two lines.`);
      return;
    }
    overrides.set(simplified, traditional);
    lines.push({ simplified, traditional, line });
  });
  return { overrides, lines, problems };
}

/** Reads an overrides file; a file that does not exist holds none. */
export function readOverrides(file: string): ParsedOverrides & { text: string } {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return { text, ...parseOverrides(text, file) };
}

/**
 * The overrides whose Simplified phrase is in none of the given texts (the translations that are
 * converted), as messages naming the file, the line and the fix.
 * @example unusedOverrides([{ simplified: '喀布尔', traditional: '喀布爾', line: 2 }], ['…'], 'o.txt') // ['o.txt:2: “喀布尔” …']
 */
export function unusedOverrides(lines: OverrideLine[], texts: string[], file: string): string[] {
  return lines
    .filter(({ simplified }) => !texts.some((text) => text.includes(simplified)))
    .map(
      ({ simplified, line }) =>
        `${file}:${line}: “${simplified}” is in no Simplified translation that is converted, so this override changes nothing. ` +
        'Remove the line, or correct its Simplified text.',
    );
}

/**
 * The content check's part for converted languages (Traditional Chinese): `problems`, a
 * hand-written `zh-hant.md` without the `zh.md` it replaces the conversion of, and the overrides
 * file's lines that are not overrides; `warnings`, the overrides that match no converted translation.
 */
export function checkTraditional(folders: ArticleFolder[], overridesFile: string): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const converted: string[] = [];
  for (const folder of folders) {
    for (const locale of localeKeys) {
      const from = convertedFrom(locale);
      if (!from) continue;
      const own = folder.files[`${locale}.md`];
      const source = folder.files[`${from}.md`];
      if (own !== undefined && source === undefined) {
        problems.push(
          `${folder.path}/${locale}.md: replaces the text converted from ${from}.md, which the folder does not have. ` +
            `Add ${from}.md, or remove ${locale}.md.`,
        );
      }
      if (own === undefined && source !== undefined) converted.push(source);
    }
  }
  const parsed = readOverrides(overridesFile);
  return { problems: [...problems, ...parsed.problems], warnings: unusedOverrides(parsed.lines, converted, overridesFile) };
}
