import { describe, expect, it } from 'vitest';
import type { Kpi } from './kpi.js';
import { kpiProgress } from './kpiStatus.js';

const TODAY = '2026-06-15';

function kpi(fields: Partial<Kpi>): Kpi {
  return {
    id: 'kpi:k',
    name: 'Days to onboard',
    unit: 'days',
    baseline: 21,
    target: 7,
    dueDate: '2026-12-31',
    ownerId: null,
    itemId: null,
    kickoffId: null,
    history: {},
    order: 'a0',
    ...fields,
  };
}

describe('kpiProgress: current against target, trend, on track', () => {
  it.each<[string, Partial<Kpi>, string, string]>([
    ['nothing measured', {}, 'no-data', 'No value measured yet; target 7 days'],
    ['target met (lower is better)', { history: { '2026-05-31': 6 } }, 'met', 'Target met: 6 days against 7 days'],
    [
      'due date passed',
      { dueDate: '2026-06-01', history: { '2026-05-31': 12 } },
      'missed',
      'Missed: 12 days on 2026-05-31, target 7 days was due 2026-06-01',
    ],
    [
      'pace reaches the target by the due date',
      { history: { '2026-01-31': 20, '2026-05-31': 14 } },
      'on-track',
      'On track: 14 days, heading for 3.3 days by 2026-12-31',
    ],
    [
      'pace too slow for the due date',
      { history: { '2026-01-31': 20, '2026-05-31': 19 } },
      'off-track',
      'Off track: at this pace 17.22 days by 2026-12-31, target 7 days',
    ],
    [
      'no due date, last change toward the target',
      { dueDate: null, history: { '2026-04-30': 15, '2026-05-31': 14 } },
      'on-track',
      'On track: 14 days, better than the value before, target 7 days',
    ],
    [
      'no due date, last change away from it',
      { dueDate: null, history: { '2026-04-30': 15, '2026-05-31': 16 } },
      'off-track',
      'Off track: 16 days, no better than the value before, target 7 days',
    ],
    [
      'one value, better than the baseline',
      { history: { '2026-05-31': 18 } },
      'on-track',
      'On track: 18 days, better than the baseline 21 days, target 7 days',
    ],
    [
      'one value, worse than the baseline',
      { history: { '2026-05-31': 23 } },
      'off-track',
      'Off track: 23 days, no better than the baseline 21 days, target 7 days',
    ],
    [
      'one value, no baseline',
      { baseline: null, history: { '2026-05-31': 18 } },
      'no-trend',
      'One value so far: 18 days, target 7 days',
    ],
  ])('%s', (_what, fields, state, text) => {
    expect(kpiProgress(kpi(fields), TODAY)).toMatchObject({ state, text });
  });

  it.each<[string, Partial<Kpi>, 'higher' | 'lower']>([
    ['target above baseline', { baseline: 30, target: 45 }, 'higher'],
    ['target below baseline', { baseline: 21, target: 7 }, 'lower'],
    ['no baseline, first value above target', { baseline: null, target: 7, history: { '2026-01-31': 20 } }, 'lower'],
    ['no baseline, no value', { baseline: null, target: 7 }, 'higher'],
  ])('knows which way is better: %s', (_what, fields, better) => {
    expect(kpiProgress(kpi(fields), TODAY).better).toBe(better);
  });

  it('gives the points oldest first, the last change and the share of the way to the target', () => {
    const p = kpiProgress(
      kpi({ baseline: 30, target: 45, unit: '', history: { '2026-03-31': 36, '2026-01-31': 33, '2026-02-28': 36 } }),
      TODAY,
    );
    expect(p.points.map((x) => x.date)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(p.current).toEqual({ date: '2026-03-31', value: 36 });
    expect(p.trend).toBe('flat');
    expect(p.share).toBeCloseTo(0.4);
    expect(kpiProgress(kpi({ history: { '2026-01-31': 20, '2026-02-28': 18 } }), TODAY).trend).toBe('down');
    expect(kpiProgress(kpi({ history: { '2026-01-31': 20 } }), TODAY).trend).toBeNull();
  });
});
