/**
 * The learner's layer of one article in one Chinese edition, served as `learn.json` beside the
 * article's page: each block's text cut into words with their pinyin. The page's script puts the
 * pinyin over each word and shows the readings of a word the reader taps, from the glossary
 * (glossary.ts), which every article shares.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Block } from '../alignment/blocks.ts';
import { langTag, localeKeys, type Locale } from '../i18n/locales.ts';
import type { Characters, Lookup } from './dictionary.ts';
import { readings, readingsThrough, wordPinyin } from './pinyin.ts';
import { words } from './words.ts';

/** Text that is not a Chinese word, or a word of Han characters with its pinyin (a syllable a character, separated by spaces). */
export type Segment = string | [word: string, pinyin: string];

/** The learner's layer of one article in one Chinese edition. */
export interface LearnerLayer {
  /** Each block of the article (by its id) with Chinese text: its text split into segments, in order. */
  blocks: Record<string, Segment[]>;
}

/**
 * The characters a language's pages are written in, for the Chinese languages: `simplified` for
 * `zh-CN`, `traditional` for `zh-Hant` (from the script its tag implies), else undefined.
 */
export function chineseCharacters(locale: Locale): Characters | undefined {
  const { language, script } = new Intl.Locale(langTag(locale)).maximize();
  if (language !== 'zh') return undefined;
  return script === 'Hant' ? 'traditional' : 'simplified';
}

/** The languages that have a learner's layer: those written in Chinese characters. */
export const learnerLocales = /* @__PURE__ */ localeKeys.filter((l) => chineseCharacters(l));

/** A block's text as the page shows it: its element's text content. */
const textOf = (block: Block) => toString(fromHtml(block.html, { fragment: true }));

const HAN = /\p{Script=Han}/u;

/**
 * An article's learner's layer in one language: `blocks` are its version's blocks; `source`,
 * those of the version they were converted from (Traditional from Simplified), which give the
 * pinyin where the texts line up (pinyin.ts).
 */
export function learnerLayer(blocks: readonly Block[], locale: Locale, dictionary: Lookup, source: readonly Block[] = []): LearnerLayer {
  const sourceText = new Map(source.map((b) => [b.id, textOf(b)]));
  const layer: LearnerLayer = { blocks: {} };
  for (const block of blocks) {
    const text = textOf(block);
    if (!HAN.test(text)) continue;
    const pieces = words(text, langTag(locale), dictionary.has);
    const cut = pieces.map((piece) => piece.text);
    const from = sourceText.get(block.id);
    const pinyin = from === undefined ? readings(text, cut) : readingsThrough(text, from, cut);
    const segments: Segment[] = [];
    const push = (plain: string) => {
      if (typeof segments.at(-1) === 'string') segments[segments.length - 1] += plain;
      else segments.push(plain);
    };
    let at = 0;
    for (const piece of pieces) {
      const context = pinyin.slice(at, (at += [...piece.text].length));
      const glosses = piece.word ? dictionary.glosses(piece.text) : undefined;
      const reading = piece.word ? wordPinyin(context, glosses) : undefined;
      if (reading === undefined) {
        push(piece.text);
        continue;
      }
      segments.push([piece.text, reading]);
    }
    layer.blocks[block.id] = segments;
  }
  return layer;
}
