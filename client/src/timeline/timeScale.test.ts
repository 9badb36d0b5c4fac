import { describe, expect, it } from 'vitest';
import { boardRange, dayIso, dayScale, isoDay } from './timeScale';

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
