import { isMap, isNode, isScalar, parseDocument } from 'yaml';
import { lineAt } from './lines.ts';

/** A frontmatter key's place and how it is written (see `keyAt`). */
export interface KeyPlace {
  /** Its line, counting the file's first line as 1; 1 when the key is not there. */
  line: number;
  /** The path of keys as written in the file, joined by dots (`source.url`, `[x]`). */
  name: string;
  /** Its value as written, without quotes; undefined when the key is not there. */
  value?: string;
}

/**
 * Where a frontmatter key is (`source.url` looks for `url:` under `source:`), read from the YAML
 * itself: a key may hold any character (`c++`, `(`, `[x]`, a quoted line break).
 * @example keyAt('\ntitle: x\n[y]: 1\n', ['y']) // { line: 3, name: '[y]', value: '1' }
 */
export function keyAt(rawFrontmatter: string, path: readonly PropertyKey[]): KeyPlace {
  const doc = parseDocument(rawFrontmatter);
  // The frontmatter's parser (js-yaml) makes every key a string, a sequence `[a, b]` becomes `a,b`.
  const keyText = (node: unknown): string => {
    try {
      return String(isNode(node) ? node.toJS(doc) : node);
    } catch {
      return '';
    }
  };
  let node: unknown = doc.contents;
  let start: number | undefined;
  const names: string[] = [];
  for (const key of path) {
    const pair = isMap(node) ? node.items.find((p) => keyText(p.key) === String(key)) : undefined;
    if (!pair || !isNode(pair.key) || !pair.key.range) {
      names.push(...path.slice(names.length).map(String));
      return { line: start === undefined ? 1 : lineAt(rawFrontmatter, start), name: names.join('.') };
    }
    start = pair.key.range[0];
    names.push(rawFrontmatter.slice(start, pair.key.range[1]));
    node = pair.value;
  }
  const written = isScalar(node) ? node.source : isNode(node) && node.range ? rawFrontmatter.slice(node.range[0], node.range[1]) : '';
  return { line: start === undefined ? 1 : lineAt(rawFrontmatter, start), name: names.join('.'), value: String(written ?? '').trim() };
}
