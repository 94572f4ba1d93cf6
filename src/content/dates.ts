import { langTag, type Locale } from '../i18n/locales.ts';

/**
 * A date formatted for a language, read as a calendar day (UTC), not a moment.
 * @example formatDate(new Date('2025-08-22'), 'zh') // '2025年8月22日'
 */
export function formatDate(date: Date, locale: Locale): string {
  return formatter(locale).format(date);
}

/** Formatters are costly to make: one per language, made on first use. */
const formatters = new Map<Locale, Intl.DateTimeFormat>();
function formatter(locale: Locale): Intl.DateTimeFormat {
  let f = formatters.get(locale);
  if (!f) formatters.set(locale, (f = new Intl.DateTimeFormat(langTag(locale), { dateStyle: 'long', timeZone: 'UTC' })));
  return f;
}

/** The date as YYYY-MM-DD, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Whether a text is a real day written YYYY-MM-DD (2025-02-30 is not).
 * @example isCalendarDate('2024-02-29') // true
 */
export function isCalendarDate(text: string): boolean {
  const date = new Date(text);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
