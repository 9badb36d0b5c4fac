import { describe, expect, it } from 'vitest';
import { inQuarter, overlapsQuarter, parseQuarterKey, quarterOf, shiftQuarter } from './quarter.js';

describe('quarters by key', () => {
  it.each([
    ['2027-Q1', 1, '2027-01-01', '2027-03-31', 'Q1 2027'],
    ['2026-Q4', 1, '2026-10-01', '2026-12-31', 'Q4 2026'],
    ['2027-Q1', 7, '2026-07-01', '2026-09-30', 'FY27 Q1'],
    ['2027-Q3', 7, '2027-01-01', '2027-03-31', 'FY27 Q3'],
    ['2027-Q4', 4, '2027-01-01', '2027-03-31', 'FY27 Q4'],
    ['2026-Q1', 11, '2025-11-01', '2026-01-31', 'FY26 Q1'],
    ['2024-Q1', 1, '2024-01-01', '2024-03-31', 'Q1 2024'],
  ])('%s with the year starting in month %i runs %s to %s (%s)', (key, month, start, end, label) => {
    const q = parseQuarterKey(key, month);
    expect(q).toMatchObject({ key, start, end, label });
  });

  it.each(['', '2027', '2027-Q5', '2027-q1x', 'Q1-2027', null, undefined])('refuses %j', (key) => {
    expect(parseQuarterKey(key)).toBeNull();
  });

  it.each([
    ['2026-12-02', 1, '2026-Q4'],
    ['2026-12-02', 7, '2027-Q2'],
    ['2026-06-30', 7, '2026-Q4'],
    ['2026-02-28', 2, '2027-Q1'],
    ['2026-01-31', 2, '2026-Q4'],
  ])('%s (year from month %i) is in %s, and that key reads back to the same quarter', (date, month, key) => {
    const q = quarterOf(date, month);
    expect(q.key).toBe(key);
    expect(parseQuarterKey(key, month)).toEqual(q);
    expect(inQuarter(q, date)).toBe(true);
  });
});

describe('moving between quarters', () => {
  it.each([
    ['2026-Q4', 1, '2027-Q1'],
    ['2027-Q1', -1, '2026-Q4'],
    ['2026-Q2', 8, '2028-Q2'],
    ['2026-Q1', -5, '2024-Q4'],
  ])('%s shifted by %i is %s', (from, by, to) => {
    const q = parseQuarterKey(from, 7);
    expect(q && shiftQuarter(q, by, 7).key).toBe(to);
  });

  it('tells days in, before and after a quarter and spans that overlap it', () => {
    const q = parseQuarterKey('2027-Q1') ?? quarterOf('2027-01-01');
    expect([inQuarter(q, '2026-12-31'), inQuarter(q, '2027-01-01'), inQuarter(q, '2027-03-31')]).toEqual([
      false,
      true,
      true,
    ]);
    expect(inQuarter(q, '2027-04-01')).toBe(false);
    expect(overlapsQuarter(q, '2026-12-01', '2027-01-01')).toBe(true);
    expect(overlapsQuarter(q, '2026-12-01', '2026-12-31')).toBe(false);
    expect(overlapsQuarter(q, '2027-03-31', '2027-06-01')).toBe(true);
  });
});
