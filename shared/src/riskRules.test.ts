import { describe, expect, it } from 'vitest';
import type { Risk, RiskStatus } from './risk.js';
import { heatMap, isOpenHighRisk, openHighRisksByItem, riskLevel, riskScore, risksInCell } from './riskRules.js';

function risk(
  id: string,
  probability: number,
  impact: number,
  status: RiskStatus = 'open',
  itemIds: string[] = [],
): Risk {
  return {
    id,
    title: id,
    probability,
    impact,
    ownerId: null,
    mitigation: '',
    status,
    itemIds,
    kickoffId: null,
    order: 'a0',
  };
}

describe('risk score and level', () => {
  it.each([
    [1, 1, 1, 'low'],
    [2, 2, 4, 'low'],
    [4, 1, 4, 'low'],
    [1, 5, 5, 'high'],
    [5, 1, 5, 'medium'],
    [3, 3, 9, 'medium'],
    [2, 4, 8, 'medium'],
    [5, 2, 10, 'medium'],
    [4, 3, 12, 'medium'],
    [3, 5, 15, 'high'],
    [5, 3, 15, 'high'],
    [4, 4, 16, 'high'],
    [5, 5, 25, 'high'],
  ] as const)('probability %i x impact %i scores %i: %s', (p, i, score, level) => {
    expect(riskScore({ probability: p, impact: i })).toBe(score);
    expect(riskLevel({ probability: p, impact: i })).toBe(level);
  });

  it.each<[RiskStatus, boolean]>([
    ['open', true],
    ['mitigating', true],
    ['closed', false],
  ])('a high risk that is %s is an open high risk: %s', (status, open) => {
    expect(isOpenHighRisk(risk('r', 4, 4, status))).toBe(open);
    expect(isOpenHighRisk(risk('r', 3, 3, status))).toBe(false);
  });
});

describe('heat map', () => {
  it('has 25 cells, impact 5 on top, probability 1 on the left, each risk in its cell', () => {
    const cells = heatMap([
      risk('a', 5, 5),
      risk('b', 1, 5),
      risk('c', 1, 1),
      risk('d', 5, 5),
      risk('e', 2, 3, 'closed'),
    ]);
    expect(cells).toHaveLength(25);
    expect(cells.slice(0, 5).map((c) => [c.probability, c.impact])).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(cells[24]).toMatchObject({ probability: 5, impact: 1, score: 5, level: 'medium' });
    const placed = cells.filter((c) => c.riskIds.length).map((c) => [c.probability, c.impact, c.riskIds]);
    expect(placed).toEqual([
      [1, 5, ['b']],
      [5, 5, ['a', 'd']],
      [1, 1, ['c']],
    ]);
    expect(heatMap([risk('e', 2, 3, 'closed')], { includeClosed: true })[11]?.riskIds).toEqual(['e']);
  });

  it('filters to the risks of a clicked cell', () => {
    const risks = [risk('a', 5, 5), risk('b', 1, 5), risk('c', 5, 5, 'closed')];
    expect(risksInCell(risks, 5, 5).map((r) => r.id)).toEqual(['a', 'c']);
  });
});

describe('open high risks by item', () => {
  it('marks each item with its open high risks, highest score first', () => {
    const byItem = openHighRisksByItem([
      risk('vendor', 3, 5, 'open', ['item:portal', 'item:migration']),
      risk('budget', 5, 5, 'mitigating', ['item:portal']),
      risk('closed', 5, 5, 'closed', ['item:training']),
      risk('small', 2, 2, 'open', ['item:training']),
    ]);
    expect(Object.fromEntries([...byItem].map(([item, rs]) => [item, rs.map((r) => r.id)]))).toEqual({
      'item:portal': ['budget', 'vendor'],
      'item:migration': ['vendor'],
    });
  });
});
