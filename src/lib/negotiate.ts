import { isLocale, sourceLocale, type Locale } from '../i18n/locales.ts';

/** Regions whose Chinese is written in Traditional characters, when a tag names no script. */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The site languages a browser language can be, most precise first: its language and script
 * (stated, as in `zh-Hant-TW`, or implied by the region, as in `zh-TW`), then its language alone.
 * @example candidates('zh-HK') // ['zh-hant', 'zh']
 */
function candidates(tag: string): string[] {
  const [language = '', ...subtags] = tag.toLowerCase().split('-');
  const script =
    subtags.find((s) => s.length === 4) ?? (language === 'zh' && subtags.some((s) => TRADITIONAL_REGIONS.has(s)) ? 'hant' : undefined);
  return script ? [`${language}-${script}`, language] : [language];
}

/**
 * The language to send a reader to: a remembered choice first, then the first browser language
 * the site has, in its script where the site has that (`zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant`
 * go to Traditional Chinese, `zh-CN` and `zh-Hans-HK` to Simplified), else the original's.
 * @example pickLocale(null, ['fr-FR', 'zh-TW']) // 'zh-hant'
 */
export function pickLocale(remembered: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(remembered ?? undefined)) return remembered as Locale;
  for (const tag of browserLanguages) {
    const match = candidates(tag).find((c) => isLocale(c));
    if (match) return match;
  }
  return sourceLocale;
}
