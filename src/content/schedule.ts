import { isoDate } from './dates.ts';

/**
 * An article whose date is after the day of the build is scheduled: builds leave it out (its
 * pages, its entries in the lists, feeds and sitemap, its cards) until one on or after that day;
 * the dev server shows it.
 */

/**
 * The day of the build, YYYY-MM-DD, in the machine's time zone.
 * @example buildDay(new Date(2025, 7, 22, 23, 30)) // '2025-08-22'
 */
export function buildDay(now = new Date()): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/**
 * The day an article is scheduled for, YYYY-MM-DD: the latest of its files' dates, when that is
 * after the day of the build; undefined for an article to publish now.
 * @example scheduledFor([new Date('2999-01-01'), new Date('2025-08-22')], '2026-12-01') // '2999-01-01'
 */
export function scheduledFor(dates: readonly Date[], day: string): string | undefined {
  const latest = dates.map(isoDate).sort().at(-1);
  return latest !== undefined && latest > day ? latest : undefined;
}
