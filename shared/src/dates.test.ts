import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isIsoDate, localIsoDate, toDayNumber } from './dates.js';

/**
 * Days since 1970-01-01 by integer arithmetic alone (H. Hinnant's days_from_civil): an
 * oracle that no Date object, and so no time zone, can influence.
 */
function civilDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

describe('isIsoDate', () => {
  it.each([
    ['2026-01-01', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2026-12-31', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-1', false],
    [' 2026-01-01', false],
    ['2026-01-01T00:00:00Z', false],
    ['01/02/2026', false],
    [20260101, false],
    [null, false],
  ])('%j -> %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-28', 1, '2026-03-29'], // EU clocks go forward overnight
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-03-08', 1, '2026-03-09'], // US spring forward
    ['2026-10-25', 1, '2026-10-26'], // EU clocks go back
    ['2026-11-01', -7, '2026-10-25'],
    ['2026-01-05', 0, '2026-01-05'],
    ['2026-01-05', 365, '2027-01-05'],
    ['2024-01-01', 366, '2025-01-01'],
    ['1970-01-01', -1, '1969-12-31'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('agrees with integer calendar arithmetic on every day from 1990 to 2060', () => {
    const wrong: string[] = [];
    for (let y = 1990; y <= 2060; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const real = civilDays(y, m, d);
          // an impossible date (2026-02-30) must be refused, and no real day prints as it
          const ok = isIsoDate(iso)
            ? toDayNumber(iso) === real && fromDayNumber(real) === iso
            : fromDayNumber(real) !== iso && d > 28;
          if (!ok) wrong.push(iso);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('localIsoDate', () => {
  it('is the day on the local clock at every hour of a day, DST changes included', () => {
    for (const [y, m, d] of [
      [2026, 2, 29],
      [2026, 9, 25],
      [2026, 2, 8],
      [2026, 11, 31],
    ] as const) {
      const expected = `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      for (let h = 0; h < 24; h++) expect(localIsoDate(new Date(y, m, d, h, 59))).toBe(expected);
    }
  });

  it('is a valid date that day arithmetic accepts', () => {
    const today = localIsoDate(new Date());
    expect(isIsoDate(today)).toBe(true);
    expect(daysBetween(today, addDays(today, 30))).toBe(30);
  });
});
