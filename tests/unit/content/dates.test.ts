import { describe, expect, it } from 'vitest';
import { formatDate, isCalendarDate, isoDate } from '../../../src/content/dates.ts';

describe('formatDate', () => {
  const date = new Date('2025-08-22');
  it('returns the date in each language', () => {
    expect(formatDate(date, 'en')).toBe('August 22, 2025');
    expect(formatDate(date, 'zh')).toBe('2025年8月22日');
  });
  it('returns the calendar day whatever the time zone', () => {
    expect(formatDate(new Date('2025-08-22T23:30:00Z'), 'en')).toBe('August 22, 2025');
  });
});

describe('isoDate', () => {
  it('returns YYYY-MM-DD', () => {
    expect(isoDate(new Date('2025-08-22'))).toBe('2025-08-22');
  });
});

describe('isCalendarDate', () => {
  it('returns true only for real days written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-8-22')).toBe(false);
  });
});
