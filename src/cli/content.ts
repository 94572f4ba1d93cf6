import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleFolder } from '../content/check.ts';
import { contentDir } from '../content/folders.ts';
import { decodeUtf8 } from '../content/utf8.ts';

/**
 * Reads every article folder of the content folder, with the text of its Markdown files, and the
 * problems of the files that are not UTF-8 (each named with its line; its text is then decoded as
 * well as it can be, so that its other problems can be found too).
 */
export function readContent(dir = contentDir): { folders: ArticleFolder[]; problems: string[] } {
  const problems: string[] = [];
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const path = join(dir, d.name);
      const names = readdirSync(path).filter((f) => f.endsWith('.md'));
      const text = (name: string) => {
        const bytes = readFileSync(join(path, name));
        const decoded = decodeUtf8(bytes);
        if (typeof decoded === 'string') return decoded;
        problems.push(`${join(path, name)}:${decoded.line}: ${decoded.message}`);
        return new TextDecoder().decode(bytes);
      };
      return { path, name: d.name, files: Object.fromEntries(names.map((f) => [f, text(f)])) };
    });
  return { folders, problems };
}
