/**
 * The learner's glossary (learn/glossary.ts) kept in the site's cache folder, a file a part and
 * spelling at its path in the site: its version names the dictionary and the parts' layout, so a
 * kept part never changes. A build links the parts into the site as it does the learner's layers
 * (integrations/learner-layers.ts), and makes them only when no build made them before, of any
 * content folder; the dev server serves each from its route (pages/glossary/…).
 */
import { join } from 'node:path';
import { siteCacheDir } from '../content/folders.ts';
import { glossaryPath } from '../i18n/urls.ts';
import { glossaryVersion, loadDictionary, type Characters } from '../learn/dictionary.ts';
import { GLOSSARY_PARTS, glossaryParts } from '../learn/glossary.ts';
import { chineseCharacters, learnerLocales } from '../learn/layer.ts';
import { keptFile } from './kept-layers.ts';

/**
 * Where the glossary is kept: beside the dictionary's compact lookup (learn/dictionary.ts), in the
 * site's cache folder whatever the content folder, as the parts are the dictionary's alone.
 */
export const glossaryCache = join(siteCacheDir, 'learn');

/** One part of the glossary in one spelling, and its path in the site (without the base path). */
export interface GlossaryFile {
  version: string;
  characters: Characters;
  part: number;
  path: string;
}

/** Every part of the glossary, in each spelling the Chinese editions are written in: the dictionary's alone, whatever the articles. */
export function glossaryFiles(): GlossaryFile[] {
  const version = glossaryVersion();
  const spellings = new Set(learnerLocales.map((locale) => chineseCharacters(locale)!));
  return [...spellings].flatMap((characters) =>
    Array.from({ length: GLOSSARY_PARTS }, (_, part) => ({ version, characters, part, path: `${glossaryPath(version, characters)}${part}.json` })),
  );
}

/** The glossary's parts of each spelling, split once a process from the dictionary. */
const split = new Map<Characters, Record<string, string>[]>();

/** The kept file of a part of the glossary, in a folder at its path: made now from the dictionary unless it was made before. */
export function keptGlossaryPart(dir: string, file: GlossaryFile): string {
  return keptFile(join(dir, file.path), () => {
    let parts = split.get(file.characters);
    if (!parts) split.set(file.characters, (parts = glossaryParts(loadDictionary(siteCacheDir)[file.characters])));
    return JSON.stringify(parts[file.part]);
  });
}
