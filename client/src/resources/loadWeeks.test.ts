import { loadWindow, toDayNumber } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import { monthsOverlapping, nextQuarter, reportWindow, sameWindow, weekRange, weeksOverlapping } from './loadWeeks';

const day = toDayNumber;
// 2026-03-02 is a Monday (ISO week 10).
const window = loadWindow('2026-03-02', 10);

describe('weeks on the time axis', () => {
  it('lists the weeks a range of days touches, with their Monday and ISO week', () => {
    const cells = weeksOverlapping(window, day('2026-03-08'), day('2026-03-17'));
    expect(cells.map((c) => [c.index, c.monday, c.week])).toEqual([
      [0, '2026-03-02', 10],
      [1, '2026-03-09', 11],
      [2, '2026-03-16', 12],
    ]);
  });

  it('stays inside the report', () => {
    expect(weeksOverlapping(window, day('2026-01-01'), day('2026-03-03')).map((c) => c.index)).toEqual([0]);
    expect(weeksOverlapping(window, day('2026-05-11'), day('2026-06-01'))).toEqual([]);
  });

  it.each([
    ['whole weeks', '2026-03-02', '2026-03-16', [0, 2]],
    ['a week belongs where its Thursday is', '2026-03-06', '2026-03-12', [1, 1]],
    ['a period holding one Thursday', '2026-03-04', '2026-03-06', [0, 1]],
    ['clamped to the report', '2025-12-01', '2027-01-01', [0, 10]],
  ])('week range: %s', (_, from, to, expected) => {
    expect(weekRange(window, day(from), day(to))).toEqual(expected);
  });
});

describe('next quarter', () => {
  it.each([
    ['calendar quarters', '2026-11-18', 1, '2027-01-01', '2027-04-01', 'Q1 2027'],
    ['on the first day of a quarter', '2026-04-01', 1, '2026-07-01', '2026-10-01', 'Q3 2026'],
    ['fiscal year from July', '2026-11-18', 7, '2027-01-01', '2027-04-01', 'FY27 Q3'],
    ['fiscal year from February', '2026-12-15', 2, '2027-02-01', '2027-05-01', 'FY28 Q1'],
  ])('%s', (_, today, start, from, to, label) => {
    expect(nextQuarter(today, start)).toEqual({ fromDay: day(from), toDay: day(to), label });
  });
});

describe('report window', () => {
  it('covers the scale and the quoted periods in whole weeks from a Monday', () => {
    const q = nextQuarter('2026-11-18');
    const w = reportWindow(day('2026-10-01'), day('2026-12-01'), [q]);
    expect(w.start).toBe('2026-09-28');
    expect(day(w.start) + w.weeks * 7).toBeGreaterThanOrEqual(q.toDay);
    expect(sameWindow(w, { ...w })).toBe(true);
    expect(sameWindow(w, { ...w, weeks: w.weeks + 1 })).toBe(false);
  });
});

describe('months', () => {
  it('lists the months a range touches with the weeks that belong to each', () => {
    const months = monthsOverlapping(window, day('2026-03-10'), day('2026-04-02'));
    expect(months.map((m) => [m.label, m.weeks])).toEqual([
      ['March 2026', [0, 4]],
      ['April 2026', [4, 9]],
    ]);
    expect(months[0]?.startDay).toBe(day('2026-03-01'));
    expect(months[0]?.endDay).toBe(day('2026-04-01'));
  });
});
