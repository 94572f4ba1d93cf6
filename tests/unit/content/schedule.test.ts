import { describe, expect, it } from 'vitest';
import { buildDay, scheduledFor } from '../../../src/content/schedule.ts';

describe('buildDay', () => {
  it('returns the day in the machine’s time zone as YYYY-MM-DD', () => {
    expect(buildDay(new Date(2025, 7, 22, 23, 30))).toBe('2025-08-22');
    expect(buildDay(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});

describe('scheduledFor', () => {
  const day = '2026-12-01';
  it('returns undefined for dates up to the day of the build, that day included', () => {
    expect(scheduledFor([new Date('2025-08-22')], day)).toBeUndefined();
    expect(scheduledFor([new Date('2026-12-01')], day)).toBeUndefined();
  });
  it('returns the latest date of the files when it is after the day of the build', () => {
    expect(scheduledFor([new Date('2026-12-02')], day)).toBe('2026-12-02');
    expect(scheduledFor([new Date('2025-08-22'), new Date('2999-01-01')], day)).toBe('2999-01-01');
  });
});
