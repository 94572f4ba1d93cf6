/** Lines of an editor's file, for messages that name them; lines count from 1. */

/**
 * The line on which an offset of a text falls.
 * @example lineAt('a\nb\nc', 2) // 2
 */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * The first line, from line `from` on, that passes a test; undefined when none does.
 * @example lineWhere('a\nb\na', (line) => line === 'a', 2) // 3
 */
export function lineWhere(text: string, test: (line: string) => boolean, from = 1): number | undefined {
  const at = text.split('\n').findIndex((line, i) => i + 1 >= from && test(line));
  return at < 0 ? undefined : at + 1;
}
