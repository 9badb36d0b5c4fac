import { heatMap } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import { heatLayout } from './riskHeat';
import { risk } from './riskTestkit';

describe('heatLayout', () => {
  const cells = heatMap([risk('a', 4, 5), risk('b', 4, 5), risk('c', 1, 1), risk('d', 2, 2, 'closed')]);

  it('puts impact 5 on top and probability 5 on the right', () => {
    const { boxes } = heatLayout(cells, null, 200);
    expect(boxes).toHaveLength(25);
    const topLeft = boxes[0];
    const bottomRight = boxes[24];
    expect(topLeft).toMatchObject({ probability: 1, impact: 5, x: 0, y: 0 });
    expect(bottomRight).toMatchObject({ probability: 5, impact: 1 });
    expect(bottomRight?.x).toBeCloseTo(200 - (bottomRight?.size ?? 0));
    expect(bottomRight?.y).toBeCloseTo(200 - (bottomRight?.size ?? 0));
  });

  it('colours by level and counts the open risks of each cell', () => {
    const { boxes } = heatLayout(cells, null, 200);
    const at = (p: number, i: number) => boxes.find((b) => b.probability === p && b.impact === i);
    expect(at(4, 5)).toMatchObject({ count: 2, level: 'high', colour: 'var(--risk-high)', strength: 62 });
    expect(at(1, 1)).toMatchObject({ count: 1, level: 'low', colour: 'var(--risk-low)', strength: 34 });
    expect(at(2, 2)).toMatchObject({ count: 0, strength: 12 }); // closed: not on the map
    expect(at(3, 3)).toMatchObject({ level: 'medium', colour: 'var(--risk-medium)' });
    expect(at(1, 5)?.level).toBe('high');
  });

  it('labels each cell and says what a click does', () => {
    const { boxes } = heatLayout(cells, { probability: 4, impact: 5 }, 200);
    const picked = boxes.find((b) => b.pressed);
    expect(boxes.filter((b) => b.pressed)).toHaveLength(1);
    expect(picked?.label).toBe('Probability 4, impact 5: score 20, high; 2 open risks');
    expect(picked?.title).toBe('Probability 4, impact 5: score 20, high; 2 open risks. Click to show all risks again.');
    expect(boxes.find((b) => b.probability === 1 && b.impact === 1)?.title).toMatch(
      /1 open risk\. Click to list only these\.$/,
    );
    expect(boxes.find((b) => b.probability === 3 && b.impact === 3)?.title).toBe(
      'Probability 3, impact 3: score 9, medium; no open risks',
    );
  });

  it('gives the axes their ticks in words', () => {
    const { probability, impact } = heatLayout(cells, null, 200);
    expect(probability.map((t) => t.value)).toEqual([1, 2, 3, 4, 5]);
    expect(probability[4]?.words).toBe('Almost certain');
    expect(impact[4]?.words).toBe('Severe');
    expect(impact[4]?.at).toBeLessThan(impact[0]?.at ?? 0); // 5 on top
  });
});
