import { heatMap } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import { risk } from './riskTestkit';
import { levelReason, pickText, risksInPick, scaleOption, togglePick } from './riskText';

describe('risk texts and filtering', () => {
  const risks = [risk('a', 4, 5), risk('b', 2, 2), risk('c', 4, 5, 'closed'), risk('d', 4, 5, 'mitigating')];
  const heat = heatMap(risks);

  it('lists every risk, closed ones too, until a cell is picked', () => {
    expect(risksInPick(risks, heat, null).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lists what a picked cell counts: its open risks, in list order', () => {
    expect(risksInPick(risks, heat, { probability: 4, impact: 5 }).map((r) => r.id)).toEqual(['a', 'd']);
    expect(risksInPick(risks, heat, { probability: 1, impact: 1 })).toEqual([]);
  });

  it('picks a cell, and a second click on it shows all again', () => {
    const cell = { probability: 4, impact: 5 };
    const picked = togglePick(null, cell);
    expect(picked).toEqual(cell);
    expect(togglePick(picked, cell)).toBeNull();
    expect(togglePick(picked, { probability: 1, impact: 5 })).toEqual({ probability: 1, impact: 5 });
  });

  it('says what a filtered list holds', () => {
    expect(pickText({ probability: 4, impact: 5 }, 2)).toBe(
      '2 open risks with probability 4 (Likely) and impact 5 (Severe)',
    );
    expect(pickText({ probability: 1, impact: 1 }, 0)).toBe(
      'No open risks with probability 1 (Rare) and impact 1 (Negligible)',
    );
    expect(pickText({ probability: 3, impact: 3 }, 1)).toMatch(/^1 open risk with/);
  });

  it('explains a level, including an impact of 5 that is rare', () => {
    expect(levelReason({ probability: 4, impact: 4 })).toMatch(
      /^Score 16 = probability 4 × impact 4: high \(15 or more\)/,
    );
    expect(levelReason({ probability: 1, impact: 5 })).toMatch(/high, because an impact of 5/);
    expect(levelReason({ probability: 2, impact: 3 })).toBe('Score 6 = probability 2 × impact 3: medium (5 to 14)');
    expect(levelReason({ probability: 2, impact: 2 })).toBe('Score 4 = probability 2 × impact 2: low (4 or less)');
  });

  it('names the scale options', () => {
    expect(scaleOption(5, ['a', 'b', 'c', 'd', 'Severe'])).toBe('5 · Severe');
  });
});
