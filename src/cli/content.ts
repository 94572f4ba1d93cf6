import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../lib/folders.ts';
import type { ArticleFolder } from '../lib/content-check.ts';

/** Reads every article folder of the content folder, with the text of its Markdown files. */
export function readContent(dir = contentDir): ArticleFolder[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const path = join(dir, d.name);
      const names = readdirSync(path).filter((f) => f.endsWith('.md'));
      return { path, name: d.name, files: Object.fromEntries(names.map((f) => [f, readFileSync(join(path, f), 'utf8')])) };
    });
}
