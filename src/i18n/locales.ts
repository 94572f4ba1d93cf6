/**
 * The site's languages, listed once. Everything else (routes, `<html lang>`,
 * hreflang, Astro's i18n config, the sitemap) is derived from this list.
 */
export const locales = {
  en: { tag: 'en', label: 'English', short: 'EN', ogLocale: 'en_US' },
  zh: { tag: 'zh-CN', label: '中文', short: '中', ogLocale: 'zh_CN' },
} as const satisfies Record<string, { tag: string; label: string; short: string; ogLocale: string }>;

export type Locale = keyof typeof locales;

// Pure: a script that imports nothing else from this file does not load it.
export const localeKeys = /* @__PURE__ */ Object.keys(locales) as Locale[];

/** The language articles are written in; the other languages hold translations. */
export const sourceLocale: Locale = 'en';

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && Object.hasOwn(locales, value);
}

/** The BCP 47 tag for `<html lang>`, `lang` and `hreflang`, e.g. `zh-CN`. */
export function langTag(locale: Locale): string {
  return locales[locale].tag;
}

/** The other language of a two-language site. */
export function otherLocale(locale: Locale): Locale {
  return localeKeys.find((l) => l !== locale) ?? locale;
}
