/** A range of code points, both ends included. */
export type CodePointRange = readonly [number, number];

/**
 * Parses a CSS `unicode-range` list.
 * @example parseUnicodeRange('U+0000-00FF,U+0131') // [[0, 255], [305, 305]]
 */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

/**
 * The subsets of a font sliced by `unicode-range` (as Fontsource ships large fonts) that hold the
 * characters of a text, in the order the subsets are given; characters in no subset are skipped.
 * @example subsetsFor('Hi 你', { latin: [[0, 255]], '[62]': [[0x4f60, 0x4f60]] }) // ['latin', '[62]']
 */
export function subsetsFor(text: string, subsets: Record<string, readonly CodePointRange[]>): string[] {
  const needed = new Set<string>();
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!;
    const name = Object.keys(subsets).find((key) => subsets[key]!.some(([from, to]) => code >= from && code <= to));
    if (name) needed.add(name);
  }
  return Object.keys(subsets).filter((key) => needed.has(key));
}
