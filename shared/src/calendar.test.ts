import { describe, expect, it } from 'vitest';
import { fiscalQuarter, fiscalQuarterStart, isoWeek, isoWeekday, quarterLabel, weekLabel } from './calendar.js';

describe('ISO weeks around year ends', () => {
  it.each([
    ['2026-01-01', 2026, 1],
    ['2024-12-30', 2025, 1],
    ['2021-01-03', 2020, 53],
    ['2026-12-31', 2026, 53],
    ['2027-01-01', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2026-11-22', 2026, 47],
    ['2020-12-31', 2020, 53],
    ['2016-01-03', 2015, 53],
    ['1969-12-29', 1970, 1],
  ])('%s is week %i-W%i', (date, year, week) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });

  it('numbers weekdays from Monday', () => {
    expect(isoWeekday('2026-11-23')).toBe(0);
    expect(isoWeekday('2026-11-22')).toBe(6);
    expect(isoWeekday('1969-12-31')).toBe(2);
  });

  it('labels weeks the way Swedes, Danes and English speakers say them', () => {
    expect(weekLabel(47, 'sv')).toBe('v. 47');
    expect(weekLabel(47, 'da')).toBe('uge 47');
    expect(weekLabel(47)).toBe('W47');
  });
});

describe('fiscal quarters', () => {
  it.each([
    ['2026-01-01', 1, 2026, 1],
    ['2026-12-31', 1, 2026, 4],
    ['2026-06-30', 7, 2026, 4],
    ['2026-07-01', 7, 2027, 1],
    ['2027-01-15', 7, 2027, 3],
    ['2026-03-31', 4, 2026, 4],
    ['2026-04-01', 4, 2027, 1],
    ['2026-12-01', 10, 2027, 1],
    ['2026-09-30', 10, 2026, 4],
  ])('%s with a year starting in month %i is FY%i Q%i', (date, start, fiscalYear, quarter) => {
    expect(fiscalQuarter(date, start)).toEqual({ fiscalYear, quarter });
  });

  it.each([
    ['2026-11-22', 1, '2026-10-01', 'Q4 2026'],
    ['2026-11-22', 7, '2026-10-01', 'FY27 Q2'],
    ['2026-01-10', 2, '2025-11-01', 'FY26 Q4'],
    ['2026-02-10', 2, '2026-02-01', 'FY27 Q1'],
  ])('%s (start month %i) is in the quarter from %s, %s', (date, start, quarterStart, label) => {
    expect(fiscalQuarterStart(date, start)).toBe(quarterStart);
    expect(quarterLabel(date, start)).toBe(label);
  });
});
