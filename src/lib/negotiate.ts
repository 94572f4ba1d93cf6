import { isLocale, localeKeys, sourceLocale, type Locale } from '../i18n/locales.ts';

/**
 * The language to send a reader to: a remembered choice first, then the first browser language
 * whose primary subtag the site has (`zh-TW` and `zh-Hans-CN` both match `zh`), else the original's.
 * @example pickLocale(null, ['fr-FR', 'zh-CN']) // 'zh'
 */
export function pickLocale(remembered: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(remembered ?? undefined)) return remembered as Locale;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = localeKeys.find((l) => l === primary);
    if (match) return match;
  }
  return sourceLocale;
}
