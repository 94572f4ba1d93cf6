/** What the site says of one language. */
export interface LocaleInfo {
  /** BCP 47 tag. */
  tag: string;
  /** The language's name in itself, as the toggle offers it. */
  label: string;
  /** Its shortest name, on peek controls. */
  short: string;
  ogLocale: string;
  /** For a language written in several scripts: the script's one-character name, on the 简/繁 switch. */
  script?: string;
  /** For a language written in several scripts: the name of this script's edition. */
  name?: string;
  /** The language whose translation this one's pages are converted from when an article has no file in it. */
  convertedFrom?: string;
  /** For a converted language: OpenCC's conversion to it. */
  conversion?: 'tw' | 'twp' | 'hk' | 'hkp';
}

/**
 * The site's languages, listed once. Everything else (routes, `<html lang>`,
 * hreflang, Astro's i18n config, the sitemap) is derived from this list.
 *
 * Chinese comes in two scripts, each with its own pages: Simplified (`zh`), translated by hand,
 * and Traditional (`zh-hant`), converted at build time from the Simplified translation unless an
 * article has its own `zh-hant.md` (see editions/traditional.ts). `conversion` is OpenCC's target:
 * `twp` (Taiwan characters and phrases), `tw` (Taiwan characters only), `hkp` or `hk` (Hong Kong);
 * README ("Traditional Chinese") says why the default is `twp`. `ogLocale` names the region it suits.
 */
export const locales = {
  en: { tag: 'en', label: 'English', short: 'EN', ogLocale: 'en_US' },
  zh: { tag: 'zh-CN', label: '中文', short: '中', ogLocale: 'zh_CN', script: '简', name: '简体中文' },
  'zh-hant': {
    tag: 'zh-Hant',
    label: '中文',
    short: '中',
    ogLocale: 'zh_TW',
    script: '繁',
    name: '繁體中文',
    convertedFrom: 'zh',
    conversion: 'twp',
  },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof locales;

// Pure: a script that imports nothing else from this file does not load it.
export const localeKeys = /* @__PURE__ */ Object.keys(locales) as Locale[];

/** The languages an editor writes from a template: all but those converted from another. */
export type WrittenLocale = { [L in Locale]: (typeof locales)[L] extends { convertedFrom: string } ? never : L }[Locale];

/** What the site says of a language, with the fields only some languages have. */
export function localeInfo(locale: Locale): LocaleInfo {
  return locales[locale];
}

/** The language articles are written in; the other languages hold translations. */
export const sourceLocale: WrittenLocale = 'en';

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && Object.hasOwn(locales, value);
}

/** The BCP 47 tag for `<html lang>`, `lang` and `hreflang`, e.g. `zh-CN`. */
export function langTag(locale: Locale): string {
  return locales[locale].tag;
}

/**
 * The language whose translation a language's pages are converted from when an article has no
 * file in it; undefined for the languages that are only written.
 * @example convertedFrom('zh-hant') // 'zh'
 */
export function convertedFrom(locale: Locale): Locale | undefined {
  const from = localeInfo(locale).convertedFrom;
  return isLocale(from) ? from : undefined;
}

/**
 * The name of a language's edition, where one language has several (`简体中文`), else its name.
 * @example editionName('zh-hant') // '繁體中文'
 */
export function editionName(locale: Locale): string {
  const { name, label } = localeInfo(locale);
  return name ?? label;
}

/**
 * The site's languages written in the same language as this one, in another script or not:
 * `zh` and `zh-hant` share Chinese.
 * @example sameLanguage('zh-hant') // ['zh', 'zh-hant']
 */
export function sameLanguage(locale: Locale): Locale[] {
  const language = (l: Locale) => langTag(l).split('-')[0];
  return localeKeys.filter((l) => language(l) === language(locale));
}

/**
 * The language the bilingual view and the peek controls pair with a language, among those an
 * article has: a translation's original, and for the original its first translation; undefined
 * when the article has no such pair.
 * @example partnerLocale('en', ['en', 'zh', 'zh-hant']) // 'zh'
 */
export function partnerLocale(locale: Locale, available: readonly Locale[]): Locale | undefined {
  if (!available.includes(locale) || !available.includes(sourceLocale)) return undefined;
  return locale === sourceLocale ? available.find((l) => l !== sourceLocale) : sourceLocale;
}
