import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/dates.ts';

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
