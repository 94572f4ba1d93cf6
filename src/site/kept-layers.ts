/**
 * Learner's layers kept between builds, in Astro's cache folder: reading an article's Chinese
 * text for its words and pinyin takes milliseconds an edition, every build, and an edition whose
 * text did not change needs none of it again. One file an article and edition (a changed article
 * overwrites its own) holds the layer after the hash of what made it: the text, the dictionary
 * and the code.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The text kept in a folder under a name, when it was made from the same inputs; else made now by
 * `make`, kept (written whole or not at all) and returned.
 */
export function keptText(dir: string, name: string, inputs: readonly string[], make: () => string): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0');
  const key = hash.digest('hex');
  const file = join(dir, `${name}.json`);
  try {
    const kept = readFileSync(file, 'utf8');
    if (kept.startsWith(`${key}\n`)) return kept.slice(key.length + 1);
  } catch {
    // Not kept yet.
  }
  const text = make();
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${file}.part`, `${key}\n${text}`);
  renameSync(`${file}.part`, file);
  return text;
}
