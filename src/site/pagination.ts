import type { Locale } from '../i18n/locales.ts';
import { indexPath } from '../i18n/urls.ts';

/** Articles on one page of a language's list. */
export const PAGE_SIZE = 20;

/** One page of a list. */
export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
}

/**
 * Splits a list into pages of `size`; an empty list still has its first page.
 * @example paginate([1, 2, 3], 2) // [{ number: 1, count: 2, items: [1, 2] }, { number: 2, count: 2, items: [3] }]
 */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size) }));
}

/**
 * The site path of a page of a language's list: the first is the list itself.
 * @example pagePath('zh', 3) // '/zh/page/3/'
 */
export function pagePath(locale: Locale, number: number): string {
  return number === 1 ? indexPath(locale) : `${indexPath(locale)}page/${number}/`;
}
