/**
 * The hash of the code, which names what builds and checks keep between runs (paired articles,
 * learner's layers, pages, the sanitiser's findings): a change to the code makes them anew.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let code: string | undefined;

/**
 * A hash of the code that makes an article, a learner's layer, a page or a check's finding: every
 * file of src/, the site's settings (astro.config.ts) and the locked dependencies, read from the
 * project's folder, where builds, the dev server and the editors' commands run.
 */
export function codeHash(): string {
  if (code !== undefined) return code;
  const hash = createHash('sha256');
  const files = readdirSync('src', { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name));
  for (const file of [...files.sort(), 'astro.config.ts', 'package-lock.json']) if (existsSync(file)) hash.update(`${file}\0`).update(readFileSync(file));
  return (code = hash.digest('hex'));
}
