import { describe, expect, it } from 'vitest';
import { DEFAULT_HEADER, HEADER_UNITS, headerBands, headerRows, weekends, weekLocaleFor } from './timeHeader';
import { dayIso, dayScale, isoDay } from './timeScale';

const labels = (rows: ReturnType<typeof headerRows>) => rows.map((r) => [r.unit, r.bands.map((b) => b.label)]);

describe('headerRows', () => {
  const year = dayScale(isoDay('2026-01-01'), isoDay('2027-01-01'), 1.2);

  it('shows year, quarter and month at year zoom', () => {
    const rows = headerRows('year', year, year.fromDay, year.toDay);
    expect(labels(rows).slice(0, 2)).toEqual([
      ['year', ['2026']],
      ['quarter', ['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']],
    ]);
    const months = rows[2]?.bands ?? [];
    expect(months).toHaveLength(12);
    expect(months[0]?.label).toBe('Jan');
    expect(months[1]?.x).toBeCloseTo(31 * 1.2);
  });

  it('names fiscal quarters after the year they end in', () => {
    const rows = headerRows('quarter', year, year.fromDay, year.toDay, { ...DEFAULT_HEADER, fiscalYearStartMonth: 7 });
    expect(rows[1]?.bands.map((b) => b.label)).toEqual(['FY26 Q3', 'FY26 Q4', 'FY27 Q1', 'FY27 Q2']);
  });

  it('adds ISO weeks at month zoom, clipped to the scale', () => {
    const s = dayScale(isoDay('2026-03-01'), isoDay('2026-04-01'), 9);
    const weeks = headerRows('month', s, s.fromDay, s.toDay).find((r) => r.unit === 'week')?.bands ?? [];
    // 2026-03-01 is a Sunday in ISO week 9
    expect(weeks[0]).toMatchObject({ label: 'W9', x: 0, width: 9 });
    expect(weeks[1]?.label).toBe('W10');
    expect(weeks[1]?.title).toMatch(/^ISO week 10 of 2026, from Monday/);
  });

  it('labels weeks the Swedish and Danish way', () => {
    const s = dayScale(isoDay('2026-11-16'), isoDay('2026-11-23'), 36);
    const week = (language: string) =>
      headerRows('week', s, s.fromDay, s.toDay, { ...DEFAULT_HEADER, weekLocale: weekLocaleFor(language) })[3]?.bands[0]
        ?.label;
    expect(week('en-GB')).toBe('W47');
    expect(week('sv-SE')).toBe('v. 47');
    expect(week('da')).toBe('uge 47');
  });

  it('shows days with weekends marked at week zoom', () => {
    const s = dayScale(isoDay('2026-11-16'), isoDay('2026-11-23'), 36);
    const days = headerRows('week', s, s.fromDay, s.toDay)[4]?.bands ?? [];
    expect(days.map((d) => d.label)).toEqual(['16', '17', '18', '19', '20', '21', '22']);
    expect(days.filter((d) => d.weekend).map((d) => d.label)).toEqual(['21', '22']);
  });

  it('only builds the bands of the visible window', () => {
    const rows = headerRows('quarter', year, isoDay('2026-06-15'), isoDay('2026-07-15'));
    expect(rows[2]?.bands.map((b) => b.label)).toEqual(['June', 'July']);
  });

  it('does not depend on the time zone: bands start at UTC midnight of the day', () => {
    const s = dayScale(isoDay('2026-03-29'), isoDay('2026-04-05'), 36);
    const days = headerRows('week', s, s.fromDay, s.toDay)[4]?.bands ?? [];
    expect(days.map((d) => d.key)).toEqual([
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
    ]);
  });
});

describe('weekends', () => {
  it('joins Saturday and Sunday', () => {
    const runs = weekends(isoDay('2026-11-16'), isoDay('2026-11-30'));
    expect(runs.map(([d, n]) => [dayIso(d), n])).toEqual([
      ['2026-11-21', 2],
      ['2026-11-28', 2],
    ]);
  });

  it('cuts runs at the window edges', () => {
    expect(weekends(isoDay('2026-11-22'), isoDay('2026-11-24')).map(([d, n]) => [dayIso(d), n])).toEqual([
      ['2026-11-22', 1],
    ]);
  });
});

describe('headerBands', () => {
  it.each(['week', 'month', 'quarter', 'year'] as const)(
    'at %s zoom the today badge has a strip of its own, under every row of labels',
    (zoom) => {
      const { rows, today, height } = headerBands(zoom);
      expect(rows).toHaveLength(HEADER_UNITS[zoom].length);
      rows.forEach((row, i) => {
        expect(row.top).toBe(i === 0 ? 0 : (rows[i - 1]?.top ?? 0) + (rows[i - 1]?.height ?? 0));
        // no label band overlaps the badge's strip
        expect(row.top + row.height <= today.top || today.top + today.height <= row.top).toBe(true);
      });
      expect(today.height).toBeGreaterThanOrEqual(13);
      expect(today.top + today.height).toBe(height);
    },
  );
});

describe('the period holding today', () => {
  const s = dayScale(isoDay('2026-11-01'), isoDay('2026-12-31'), 9);

  it('is marked on the finest row only', () => {
    const rows = headerRows('month', s, s.fromDay, s.toDay, DEFAULT_HEADER, isoDay('2026-11-18'));
    const marked = rows.map((r) => r.bands.filter((b) => b.today).map((b) => b.label));
    expect(marked).toEqual([[], [], [], ['W47']]);
  });

  it('is not marked without a today', () => {
    const rows = headerRows('month', s, s.fromDay, s.toDay);
    expect(rows.flatMap((r) => r.bands).some((b) => b.today)).toBe(false);
  });
});
