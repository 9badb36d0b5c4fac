import { describe, expect, it } from 'vitest';
import { balanceLabel, countLabel, dayLabel, kpiValue, riskScoreHint, slipLabel } from './statusText';

describe('status view wording', () => {
  it.each([
    ['2027-02-15', '15 Feb 2027'],
    ['2026-12-01', '1 Dec 2026'],
  ])('writes %s as %s', (date, label) => {
    expect(dayLabel(date)).toBe(label);
  });

  it.each([
    [-122, -122 / 12.8 / 40, 'Short 122 h (0.2 FTE)'],
    [256, 256 / 12.8 / 40, 'Spare 256 h (0.5 FTE)'],
    [1240.4, 2.42, 'Spare 1,240 h (2.4 FTE)'],
    [0.2, 0, 'Balanced'],
  ])('a balance of %d hours reads %s', (hours, fte, label) => {
    expect(balanceLabel({ hours, fte })).toBe(label);
  });

  it.each([
    [1, '1 day late'],
    [16, '16 days late'],
  ])('a slip of %i reads %s', (days, label) => {
    expect(slipLabel(days)).toBe(label);
  });

  it('writes KPI values with their unit and risks with how the score comes about', () => {
    expect(kpiValue(7, 'days')).toBe('7 days');
    expect(kpiValue(2.345, '')).toBe('2.3');
    expect(kpiValue(null, '%')).toBe('–');
    expect(riskScoreHint({ probability: 4, impact: 5, score: 20, level: 'high' })).toBe(
      'Probability 4 × impact 5 = score 20 (high); 15 or more is high',
    );
    expect(countLabel(1, 'milestone', 'milestones')).toBe('1 milestone');
    expect(countLabel(0, 'milestone', 'milestones')).toBe('0 milestones');
  });
});
