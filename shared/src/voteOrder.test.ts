import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collection } from './doc.js';
import { createItem } from './item.js';
import { createLane } from './lane.js';
import { applyRanking } from './voteOrder.js';
import type { VoteResult } from './workshop.js';

const orderOf = (doc: Y.Doc, id: string) => String(collection(doc, 'items').get(id)?.get('order'));

describe('applyRanking', () => {
  it("gives the voted items their own order slots from most dots to fewest, leaving the others' alone", () => {
    const doc = new Y.Doc();
    const laneId = createLane(doc, { title: 'Lane' });
    const [a, other, b, c] = ['A', 'Other', 'B', 'C'].map((title) =>
      createItem(doc, { title, start: '2026-03-02', laneId }),
    ) as [string, string, string, string];
    const before = { a: orderOf(doc, a), other: orderOf(doc, other), b: orderOf(doc, b), c: orderOf(doc, c) };
    const result: VoteResult = {
      id: 'vote:1',
      title: 'Order',
      itemIds: [a, b, c, 'item:gone'],
      tallies: { [a]: 1, [b]: 0, [c]: 5, 'item:gone': 9 },
      dots: 3,
      voters: 2,
      revealedAt: '2026-12-02T05:00:00.000Z',
    };
    applyRanking(doc, result);
    // C (5 dots) takes the first slot, A (1) the second, B (0) the last; Other keeps its own
    expect([orderOf(doc, c), orderOf(doc, a), orderOf(doc, b)]).toEqual([before.a, before.b, before.c]);
    expect(orderOf(doc, other)).toBe(before.other);
  });
});
