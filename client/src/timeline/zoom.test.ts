import { describe, expect, it } from 'vitest';
import { clampPpd, dayAtOffset, fitPpd, levelFor, MAX_PPD, MIN_PPD, scrollForAnchor, wheelZoom } from './zoom';

describe('continuous zoom', () => {
  it('keeps the scale within bounds', () => {
    expect(clampPpd(1000)).toBe(MAX_PPD);
    expect(clampPpd(0)).toBe(MIN_PPD);
    expect(clampPpd(Number.NaN)).toBe(9);
  });

  it.each([
    [36, 'week'],
    [20, 'week'],
    [9, 'month'],
    [3.2, 'quarter'],
    [1.2, 'year'],
    [0.4, 'year'],
  ] as const)('shows %f px/day as the %s level', (ppd, level) => {
    expect(levelFor(ppd)).toBe(level);
  });

  it('zooms in on wheel up and out on wheel down, a notch at a time', () => {
    expect(wheelZoom(9, -100)).toBeGreaterThan(9 * 1.2);
    expect(wheelZoom(9, 100)).toBeLessThan(9 / 1.2);
    // a pinch sends small steps
    expect(wheelZoom(9, -3)).toBeCloseTo(9 * Math.exp(0.012));
    // lines and pages are bigger steps, clamped
    expect(wheelZoom(9, -3, 1)).toBeCloseTo(wheelZoom(9, -48));
    expect(wheelZoom(9, -1, 2)).toBeCloseTo(wheelZoom(9, -60));
  });

  it('keeps the day under the pointer where it was', () => {
    const fromDay = 1000;
    const before = { ppd: 9, scrollLeft: 900 };
    const offset = 300;
    const day = dayAtOffset(before.scrollLeft, offset, fromDay, before.ppd);
    const ppd = wheelZoom(before.ppd, -100);
    const scrollLeft = scrollForAnchor(day, fromDay, ppd, offset);
    expect(dayAtOffset(scrollLeft, offset, fromDay, ppd)).toBeCloseTo(day);
  });

  it('fits a span of days into the track', () => {
    expect(fitPpd(100, 1000)).toBeCloseTo(8.8);
    expect(fitPpd(1, 1000)).toBe(MAX_PPD);
    expect(fitPpd(100_000, 1000)).toBe(MIN_PPD);
  });
});
