import { langTag, type Locale } from '../i18n/locales.ts';

/** Reading speeds: words a minute for Latin text, characters a minute for Chinese. */
const WORDS_PER_MINUTE = 230;
const HAN_PER_MINUTE = 300;
const HAN = /\p{Script=Han}/gu;

/** Segmenters are costly to make: one per language, made on first use. */
const segmenters = new Map<Locale, Intl.Segmenter>();
function segmenter(locale: Locale): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(langTag(locale), { granularity: 'word' })));
  return s;
}

/**
 * Counts what a reader reads: Chinese by characters, everything else by words, using
 * Intl.Segmenter so mixed text (Chinese with Latin names and numbers) is counted correctly.
 * @example countText('巴基斯坦和 FATF 合作', 'zh') // { han: 7, words: 1 }
 */
export function countText(text: string, locale: Locale): { han: number; words: number } {
  const han = text.match(HAN)?.length ?? 0;
  let words = 0;
  // Chinese is counted by character above; the rest (Latin words, numbers) by the segmenter.
  for (const s of segmenter(locale).segment(han ? text.replace(HAN, ' ') : text)) if (s.isWordLike) words += 1;
  return { han, words };
}

/** Minutes to read a text, at least 1. */
export function readingMinutes(text: string, locale: Locale): number {
  const { han, words } = countText(text, locale);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + han / HAN_PER_MINUTE));
}
