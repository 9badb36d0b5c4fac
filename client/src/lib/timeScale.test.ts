import { describe, expect, it } from 'vitest';
import { boardRange, dayIso, dayScale, headerRows, isoDay, quarterLabel } from './timeScale';

describe('dayScale', () => {
  const scale = dayScale(isoDay('2026-01-01'), isoDay('2026-04-01'), 10);

  it('maps days to pixels and back', () => {
    expect(scale.width).toBe(900);
    expect(scale.x(isoDay('2026-01-01'))).toBe(0);
    expect(scale.x(isoDay('2026-01-11'))).toBe(100);
    expect(dayIso(scale.dayAt(100))).toBe('2026-01-11');
    expect(dayIso(scale.dayAt(109.9))).toBe('2026-01-11');
    expect(dayIso(scale.dayAt(-1))).toBe('2025-12-31');
  });
});

describe('boardRange', () => {
  it('pads and rounds out to whole quarters', () => {
    const [from, to] = boardRange({ min: isoDay('2026-05-10'), max: isoDay('2026-08-20') }, isoDay('2026-06-01'));
    expect(dayIso(from)).toBe('2026-01-01');
    expect(dayIso(to)).toBe('2027-01-01');
  });

  it('reaches at least minDays past the start, so a wide screen is filled', () => {
    const [from, to] = boardRange(null, isoDay('2026-11-22'), 1500);
    expect(to - from).toBeGreaterThanOrEqual(1500);
  });

  it('covers today on an empty board', () => {
    const [from, to] = boardRange(null, isoDay('2026-11-22'));
    expect(from).toBeLessThan(isoDay('2026-11-22'));
    expect(to).toBeGreaterThan(isoDay('2026-11-22'));
  });
});

describe('headerRows', () => {
  const scale = dayScale(isoDay('2026-01-01'), isoDay('2027-01-01'), 1.2);

  it('shows quarters over months at year zoom', () => {
    const [top, bottom] = headerRows('year', scale, scale.fromDay, scale.toDay);
    expect(top.map((b) => b.label)).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
    expect(bottom).toHaveLength(12);
    expect(bottom[0]?.label).toBe('Jan');
    expect(bottom[1]?.x).toBeCloseTo(31 * 1.2);
  });

  it('uses ISO week numbers at month zoom', () => {
    const s = dayScale(isoDay('2026-03-01'), isoDay('2026-04-01'), 9);
    const [top, bottom] = headerRows('month', s, s.fromDay, s.toDay);
    expect(top.map((b) => b.label)).toEqual(['March 2026']);
    // 2026-03-01 is a Sunday in ISO week 9; the band is clipped to the scale.
    expect(bottom[0]).toMatchObject({ label: 'W09', x: 0, width: 9 });
    expect(bottom[1]?.label).toBe('W10');
  });

  it('only builds the bands of the visible window', () => {
    const [, bottom] = headerRows('quarter', scale, isoDay('2026-06-15'), isoDay('2026-07-15'));
    expect(bottom.map((b) => b.label)).toEqual(['June', 'July']);
  });
});

describe('quarterLabel', () => {
  it.each([
    ['2026-01-01', 1, 'Q1 2026'],
    ['2026-12-01', 1, 'Q4 2026'],
    ['2026-07-01', 7, 'Q1 FY27'],
    ['2026-06-01', 7, 'Q4 FY26'],
    ['2026-01-01', 7, 'Q3 FY26'],
  ])('%s with a fiscal year from month %i is %s', (iso, fy, label) => {
    expect(quarterLabel(new Date(`${iso}T00:00:00Z`), fy)).toBe(label);
  });
});
