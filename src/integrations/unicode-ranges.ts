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

type Subsets = Record<string, readonly CodePointRange[]>;

/** For each set of subsets, the subset of each character looked up so far. */
const lookups = new WeakMap<Subsets, Map<number, string | undefined>>();

function subsetOf(code: number, subsets: Subsets): string | undefined {
  let lookup = lookups.get(subsets);
  if (!lookup) lookups.set(subsets, (lookup = new Map()));
  if (!lookup.has(code)) {
    lookup.set(code, Object.keys(subsets).find((key) => subsets[key]!.some(([from, to]) => code >= from && code <= to)));
  }
  return lookup.get(code);
}

/**
 * The subsets of a font sliced by `unicode-range` (as Fontsource ships large fonts) that hold the
 * characters of a text, in the order the subsets are given; characters in no subset are skipped.
 * Each character's subset is looked up once per set of subsets.
 * @example subsetsFor('Hi 你', { latin: [[0, 255]], '[62]': [[0x4f60, 0x4f60]] }) // ['latin', '[62]']
 */
export function subsetsFor(text: string, subsets: Subsets): string[] {
  const needed = new Set<string | undefined>();
  for (const char of new Set(text)) needed.add(subsetOf(char.codePointAt(0)!, subsets));
  return Object.keys(subsets).filter((key) => needed.has(key));
}
