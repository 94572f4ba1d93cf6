/**
 * Learner's layers (`learn.json`, one an article and Chinese edition: learn/layer.ts) kept between
 * builds, in Astro's cache folder: reading an article's Chinese text for its words and pinyin takes
 * milliseconds an edition, every build, and an edition whose text did not change needs none of it
 * again. A layer is a file named by a hash of what made it (`layerFile`), which a build links into
 * the site as it is (integrations/learner-layers.ts) and the dev server serves
 * (pages/[lang]/[slug]/learn.json.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Block } from '../alignment/blocks.ts';
import { codeHash } from '../content/code-hash.ts';
import { siteCacheDir } from '../content/folders.ts';
import type { Locale } from '../i18n/locales.ts';
import { glossaryPath, learnerLayerPath, withBase } from '../i18n/urls.ts';
import { dictionaryName, glossaryVersion, loadDictionary, lookup } from '../learn/dictionary.ts';
import { chineseCharacters, learnerLayer, learnerLocales } from '../learn/layer.ts';
import type { Article } from './article.ts';
import { blocksDigest } from './kept-articles.ts';

/** The folder of Astro's cache that holds the layers. */
export const LAYERS = 'layers';

/**
 * One article's layer in one Chinese edition: its site path, its blocks, those of the edition
 * they were converted from (Traditional from Simplified: the pinyin is read through them), a
 * hash of both, and the address of the glossary its words are looked up in.
 */
export interface LayerTask {
  slug: string;
  locale: Locale;
  path: string;
  glossary: string;
  digest: string;
  blocks: Block[];
  source: Block[] | undefined;
}

/** The layer of an article in one of its Chinese editions. */
export function layerTask(article: Article, locale: Locale, base: string): LayerTask {
  const version = article.versions[locale]!;
  const source = version.convertedFrom ? article.versions[version.convertedFrom] : undefined;
  return {
    slug: article.slug,
    locale,
    path: learnerLayerPath(locale, article.slug),
    glossary: withBase(base, glossaryPath(glossaryVersion(), chineseCharacters(locale)!)),
    digest: [version, source].map((v) => (v ? (v.blocksDigest ?? blocksDigest(v.blocks)) : '')).join('\0'),
    // Read when the layer is made, as the article's blocks are read back (kept-articles.ts).
    get blocks() {
      return version.blocks;
    },
    get source() {
      return source?.blocks;
    },
  };
}

/** The layers of some articles: one an article and Chinese edition it has. */
export function layerTasks(articles: readonly Article[], base: string): LayerTask[] {
  return articles.flatMap((article) => learnerLocales.filter((l) => article.versions[l]).map((locale) => layerTask(article, locale, base)));
}

/** A file, made now by `make` (written whole or not at all) unless it was made before. */
export function keptFile(file: string, make: () => string): string {
  if (existsSync(file)) return file;
  const text = make();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.part`, text);
  renameSync(`${file}.${process.pid}.part`, file);
  return file;
}

/**
 * The file a layer is kept in, in a folder: named by its article, its edition and a hash of what
 * makes it (its text, the dictionary, the glossary's address and the code), so that the file never
 * changes once written (the site links to it): what changed makes a file of its own, and a build
 * removes those it did not use. The text's part is the digest its article's versions were kept
 * with (kept-articles.ts), so that a build reads the text back only for the layers it makes.
 */
export function layerFile(dir: string, { slug, locale, glossary, digest }: LayerTask): string {
  const hash = createHash('sha256');
  for (const input of [codeHash(), dictionaryName(), locale, glossary, digest]) hash.update(input).update('\0');
  return join(dir, `${slug}.${locale}.${hash.digest('hex').slice(0, 32)}.json`);
}

/**
 * A layer's kept file (named by `layerFile`), made now unless it was made before. The name is given
 * rather than found again here: a build's worker thread makes the files its main thread named and
 * links, and the two would name them apart were the code changed in between.
 */
export function keptLayer(file: string, task: LayerTask): string {
  return keptFile(file, () => {
    const dictionary = lookup(loadDictionary(siteCacheDir), chineseCharacters(task.locale)!);
    return JSON.stringify({ glossary: task.glossary, ...learnerLayer(task.blocks, task.locale, dictionary, task.source) });
  });
}
