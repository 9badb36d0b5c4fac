import { describe, expect, it } from 'vitest';
import { amountText, currentTitle, currentVsTarget, formatAmount, parseAmount, trendLabel } from './kpiText';

const kpi = { target: 60, unit: '%', baseline: 30, dueDate: '2026-06-30' };

describe('KPI texts', () => {
  it('formats amounts with their unit, rounded like the state texts', () => {
    expect(formatAmount(42, '%')).toBe('42 %');
    expect(formatAmount(7.256, 'days')).toBe('7.26 days');
    expect(formatAmount(1200, '')).toBe('1200');
  });

  it('says current against target', () => {
    expect(currentVsTarget(kpi, 42)).toBe('42 of 60 %');
    expect(currentVsTarget({ target: 5, unit: '' }, 3.333)).toBe('3.33 of 5');
    expect(currentVsTarget(kpi, null)).toBe('– of 60 %');
  });

  it('explains current against target in its tooltip', () => {
    const progress = { points: [], current: { date: '2026-03-31', value: 42 } } as never;
    expect(currentTitle(kpi, progress)).toBe(
      'Last measured 42 % on 2026-03-31; target 60 % by 2026-06-30, from a baseline of 30 %',
    );
    expect(currentTitle({ ...kpi, baseline: null, dueDate: null }, { current: null } as never)).toBe(
      'Nothing measured yet; target 60 %',
    );
  });

  it('describes the trend in words', () => {
    const points = [
      { date: '2026-01-31', value: 30 },
      { date: '2026-02-28', value: 35 },
      { date: '2026-03-31', value: 42 },
    ];
    expect(trendLabel(kpi, { points, trend: 'up' })).toBe(
      'Trend: 3 values from 30 % on 2026-01-31 to 42 % on 2026-03-31, up since the value before; target 60 %',
    );
    expect(trendLabel(kpi, { points: points.slice(0, 1), trend: null })).toBe(
      'Trend: one value, 30 % on 2026-01-31; target 60 %',
    );
    expect(trendLabel(kpi, { points: [], trend: null })).toBe('Trend: no values measured yet; target 60 %');
  });

  it.each([
    ['42', 42],
    [' -3.5 ', -3.5],
    ['\u22122', -2],
    ['1 200', 1200],
    ['1,200.5', 1200.5],
    ['3,5', 3.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['', null],
    ['   ', null],
  ])('reads %j as %s', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(['abc', '12 %', '1,2,3', '1.2.3', '--1', 'NaN', 'Infinity'])('reads %j as not a number', (text) => {
    expect(parseAmount(text)).toBeNaN();
  });

  it('shows a stored number in a field', () => {
    expect(amountText(null)).toBe('');
    expect(amountText(12.5)).toBe('12.5');
  });
});
