/**
 * Paired articles kept between builds, in Astro's cache folder: pairing an article, aligning its
 * sentences and converting its Traditional edition take milliseconds an article, every build,
 * and an article whose files did not change needs none of it again. An entry is named by a hash
 * of what made it: the article's files (their digests), the phrase overrides and the code (every
 * file of src/, astro.config.ts and the lockfile), so that a change to any of them makes the
 * article anew.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeHash } from '../content/code-hash.ts';
import { sourceLocale } from '../i18n/locales.ts';
import type { Article } from './article.ts';

/** A paired article, with the warnings its pairing gave, to give them again. */
export interface Kept {
  article: Article;
  warnings: string[];
}

/** The dates JSON writes as text. */
const revive = (key: string, value: unknown) => (key === 'published' && typeof value === 'string' ? new Date(value) : value);

/** The kept articles of one cache folder. */
export class KeptArticles {
  readonly #used = new Set<string>();

  constructor(readonly dir: string) {}

  #file(key: string): string {
    const name = createHash('sha256').update(codeHash()).update(key).digest('hex').slice(0, 32);
    this.#used.add(`${name}.json`);
    return join(this.dir, `${name}.json`);
  }

  /** The article kept under a key; undefined when none is, or when its file does not read. */
  get(key: string): Kept | undefined {
    try {
      const kept = JSON.parse(readFileSync(this.#file(key), 'utf8'), revive) as Kept;
      kept.article.original = kept.article.versions[sourceLocale]!;
      return kept;
    } catch {
      return undefined;
    }
  }

  /** Keeps an article under a key, written whole or not at all. */
  set(key: string, kept: Kept): void {
    const file = this.#file(key);
    mkdirSync(this.dir, { recursive: true });
    // The original is one of the versions: it is kept once.
    writeFileSync(`${file}.part`, JSON.stringify({ ...kept, article: { ...kept.article, original: undefined } }));
    renameSync(`${file}.part`, file);
  }

  /** Removes every kept article that was not asked for since this folder was opened. */
  prune(): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) if (!this.#used.has(name)) rmSync(join(this.dir, name), { force: true });
  }
}
