/**
 * Paired articles kept between builds, in Astro's cache folder: pairing an article, aligning its
 * sentences and converting its Traditional edition take milliseconds an article, every build,
 * and an article whose files did not change needs none of it again. An entry is named by a hash
 * of what made it: the article's files (their digests), the phrase overrides and the code (every
 * file of src/, astro.config.ts and the lockfile), so that a change to any of them makes the
 * article anew.
 *
 * An entry is two files: the article without its blocks, and its blocks. A build holds every
 * article but reads an article's blocks back when a page asks for them (the pages of an article
 * are rendered one after the other), so that it does not hold the text of every article at once:
 * at 10,000 articles, most of the build's memory.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../alignment/blocks.ts';
import { codeHash } from '../content/code-hash.ts';
import { sourceLocale, type Locale } from '../i18n/locales.ts';
import type { Article, ArticleVersion } from './article.ts';

/** A paired article, with the warnings its pairing gave, to give them again. */
export interface Kept {
  article: Article;
  warnings: string[];
}

/** An article's blocks, by language. */
type Blocks = Partial<Record<Locale, Block[]>>;

/** The dates JSON writes as text. */
const revive = (key: string, value: unknown) => (key === 'published' && typeof value === 'string' ? new Date(value) : value);

/** The blocks file read last: a page's article is most often the one before's. */
let last: { file: string; blocks: Blocks } | undefined;

/** An article's blocks, read from their file unless they were the last read. */
function blocksIn(file: string): Blocks {
  if (last?.file !== file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${file}: a paired article's blocks are missing from the cache folder, removed during the build. Build again.`);
    }
    last = { file, blocks: JSON.parse(text) as Blocks };
  }
  return last.blocks;
}

/** A hash of some blocks: their ids and HTML, and where each ends. */
export function blocksDigest(blocks: readonly Block[]): string {
  const hash = createHash('sha256');
  for (const block of blocks) hash.update(block.id).update('\0').update(block.html).update('\0');
  return hash.digest('hex');
}

/** An article without its versions' blocks, each with their digest. */
function withoutBlocks(article: Article): Article {
  const versions = Object.entries(article.versions).map(([locale, { blocks, ...version }]) => [locale, { ...version, blocksDigest: blocksDigest(blocks) }]);
  return { ...article, versions: Object.fromEntries(versions) as Article['versions'] };
}

/** An article without blocks given each version's blocks, read from their file when asked for. */
function readBack(article: Article, file: string): Article {
  for (const [locale, version] of Object.entries(article.versions) as [Locale, ArticleVersion][]) {
    Object.defineProperty(version, 'blocks', { enumerable: true, get: () => blocksIn(file)[locale] });
  }
  return { ...article, original: article.versions[sourceLocale]! };
}

/** The kept articles of one cache folder. */
export class KeptArticles {
  readonly #used = new Set<string>();
  readonly dir: string;

  // Not a parameter property: the learner's layers' thread loads this module with Node's type
  // stripping (through kept-layers.ts), which has none.
  constructor(dir: string) {
    this.dir = dir;
  }

  /** The files of a key's entry: the article without its blocks, and the blocks. */
  #files(key: string): { article: string; blocks: string } {
    const name = createHash('sha256').update(codeHash()).update(key).digest('hex').slice(0, 32);
    this.#used.add(`${name}.json`).add(`${name}.blocks.json`);
    return { article: join(this.dir, `${name}.json`), blocks: join(this.dir, `${name}.blocks.json`) };
  }

  /** The article kept under a key, its blocks read back when asked for; undefined when none is, or when its file does not read. */
  get(key: string): Kept | undefined {
    const files = this.#files(key);
    try {
      const kept = JSON.parse(readFileSync(files.article, 'utf8'), revive) as Kept;
      if (!existsSync(files.blocks)) return undefined;
      return { ...kept, article: readBack(kept.article, files.blocks) };
    } catch {
      return undefined;
    }
  }

  /** Keeps an article under a key, each file written whole or not at all, the blocks first; returns it as `get` would. */
  set(key: string, kept: Kept): Kept {
    const files = this.#files(key);
    mkdirSync(this.dir, { recursive: true });
    const write = (file: string, text: string) => {
      writeFileSync(`${file}.part`, text);
      renameSync(`${file}.part`, file);
    };
    const { versions } = kept.article;
    write(files.blocks, JSON.stringify(Object.fromEntries(Object.entries(versions).map(([locale, version]) => [locale, version.blocks]))));
    const article = withoutBlocks(kept.article);
    // The original is one of the versions: it is kept once.
    write(files.article, JSON.stringify({ ...kept, article: { ...article, original: undefined } }));
    return { ...kept, article: readBack(article, files.blocks) };
  }

  /** Removes every kept article that was not asked for since this folder was opened. */
  prune(): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) if (!this.#used.has(name)) rmSync(join(this.dir, name), { force: true });
  }
}
