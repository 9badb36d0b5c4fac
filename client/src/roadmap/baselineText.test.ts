import type { SlippedMilestone } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import { shiftText, signedDays, sortSlipped, varianceLines } from './baselineText';

describe('variance in words', () => {
  it.each([
    [{ startDays: 0, endDays: 5 }, ["Ends 5 days later than baseline 'Q3 plan'"]],
    [{ startDays: -1, endDays: 0 }, ["Starts 1 day earlier than baseline 'Q3 plan'"]],
    [
      { startDays: 2, endDays: -3 },
      ["Starts 2 days later than baseline 'Q3 plan'", "Ends 3 days earlier than baseline 'Q3 plan'"],
    ],
    [{ startDays: 0, endDays: 0 }, ["On baseline 'Q3 plan'"]],
  ])('a project moved %o', (v, lines) => {
    expect(varianceLines({ kind: 'project' }, v, 'Q3 plan')).toEqual(lines);
  });

  it('says "Due" once for a milestone', () => {
    expect(varianceLines({ kind: 'milestone' }, { startDays: 4, endDays: 4 }, 'Q3')).toEqual([
      "Due 4 days later than baseline 'Q3'",
    ]);
    expect(varianceLines({ kind: 'milestone' }, { startDays: 0, endDays: 0 }, 'Q3')).toEqual(["On baseline 'Q3'"]);
  });

  it('writes shifts and signed days', () => {
    expect([shiftText(1), shiftText(-2), shiftText(0)]).toEqual(['1 day later', '2 days earlier', 'on time']);
    expect([signedDays(14), signedDays(-3), signedDays(0)]).toEqual(['+14 d', '−3 d', '0 d']);
  });
});

describe('sorting the slipped milestones', () => {
  const s = (title: string, end: string, slipDays: number): SlippedMilestone => ({
    itemId: `item:${title}`,
    title,
    baselineEnd: end,
    end,
    slipDays,
  });
  // as slippedMilestones gives them: largest slip first
  const list = [s('Gate', '2026-05-01', 10), s('Audit', '2026-06-01', 4), s('Beta', '2026-04-01', 2)];

  it.each([
    ['slip', ['Gate', 'Audit', 'Beta']],
    ['date', ['Beta', 'Gate', 'Audit']],
    ['name', ['Audit', 'Beta', 'Gate']],
  ] as const)('by %s', (by, titles) => {
    expect(sortSlipped(list, by).map((m) => m.title)).toEqual(titles);
  });

  it('leaves the list it was given alone', () => {
    sortSlipped(list, 'name');
    expect(list.map((m) => m.title)).toEqual(['Gate', 'Audit', 'Beta']);
  });
});
