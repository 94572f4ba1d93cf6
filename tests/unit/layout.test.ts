import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The direction of imports between the folders of `src/` (README's "Code layout"): a folder may
 * import its own files and the folders of the layers below it, never a folder of its own layer
 * or of a layer above. The stages read from the bottom up: languages and URLs, content files,
 * Markdown, pairing and sentences, derived editions, what a page's head says, what search sees
 * and the learner's layer (pinyin and dictionary), the site's model of its pages, the build's
 * integrations and the middleware every page passes through as it renders, and what runs them
 * (editors' commands and styles, browser scripts, which may load a style sheet, components, pages).
 */
const layers = [
  ['i18n'],
  ['content'],
  ['markdown'],
  ['alignment'],
  ['editions'],
  ['meta', 'search', 'learn'],
  ['site'],
  ['integrations', 'middleware.ts'],
  ['cli', 'styles'],
  ['scripts'],
  ['components'],
  ['layouts', 'content.config.ts'],
  ['pages'],
];

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');

/** The folder of `src/` a file belongs to (a file at the top of `src/` is its own). */
const folderOf = (file: string) => relative(src, file).split('/')[0]!;
const layerOf = (folder: string) => layers.findIndex((layer) => layer.includes(folder));

/** An import from one file of `src/` to another, as paths from the project's root. */
interface Import {
  from: string;
  to: string;
}

/** The imports that break the direction: each named `from -> to`. */
function backEdges(imports: readonly Import[]): string[] {
  return imports
    .filter(({ from, to }) => {
      const [a, b] = [folderOf(join(root, from)), folderOf(join(root, to))];
      return a !== b && !(layerOf(a) > layerOf(b));
    })
    .map(({ from, to }) => `${from} -> ${to}`);
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)['"](\.{1,2}\/[^'"?]+)/g;

/** Every relative import (static, dynamic, side effect, `new URL`) of every file in `src/`. */
function sourceImports(): Import[] {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:ts|astro)$/.test(f));
  return files.flatMap((file) =>
    [...readFileSync(join(src, file), 'utf8').matchAll(SPECIFIER)].map((m) => ({
      from: join('src', file),
      to: relative(root, normalize(join(src, dirname(file), m[1]!))),
    })),
  );
}

describe('the layout of src/', () => {
  it('places every folder of src/ in a layer', () => {
    const folders = readdirSync(src).filter((f) => !f.endsWith('.d.ts'));
    expect(folders.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no import that runs back up a layer or across one', () => {
    const imports = sourceImports();
    expect(imports.length).toBeGreaterThan(100);
    expect(backEdges(imports)).toEqual([]);
  });

  it('reports a planted back edge and an import between folders of one layer', () => {
    expect(
      backEdges([
        { from: 'src/markdown/pipeline.ts', to: 'src/site/articles.ts' },
        { from: 'src/meta/head.ts', to: 'src/search/text.ts' },
        { from: 'src/site/views.ts', to: 'src/site/articles.ts' },
        { from: 'src/site/views.ts', to: 'src/meta/head.ts' },
      ]),
    ).toEqual(['src/markdown/pipeline.ts -> src/site/articles.ts', 'src/meta/head.ts -> src/search/text.ts']);
  });
});
