import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collection, LOCAL_ORIGIN } from './doc.js';
import { createItem } from './item.js';
import { createLane } from './lane.js';
import { applyRanking, tagRanking } from './voteOrder.js';
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

const tagsOf = (doc: Y.Doc, id: string) => collection(doc, 'items').get(id)?.get('tags') ?? [];

describe('tagRanking', () => {
  function voted() {
    const doc = new Y.Doc();
    const laneId = createLane(doc, { title: 'Lane' });
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((title) =>
      createItem(doc, { title, start: '2026-03-02', laneId, tags: title === 'D' ? ['Regulatory'] : [] }),
    ) as [string, string, string, string];
    const result = (tallies: Record<string, number>): VoteResult => ({
      id: 'vote:1',
      title: 'Priorities',
      itemIds: [a, b, c, d, 'item:gone'],
      tallies: { ...tallies, 'item:gone': 9 },
      dots: 3,
      voters: 3,
      revealedAt: '2026-12-02T05:00:00.000Z',
    });
    return { doc, a, b, c, d, result };
  }

  it('tags the items that got dots with their place, most dots first, ties in the vote order', () => {
    const { doc, a, b, c, d, result } = voted();
    expect(tagRanking(doc, result({ [a]: 2, [b]: 0, [c]: 4, [d]: 2 }), ' Q3 vote ')).toEqual([
      'Q3 vote #1',
      'Q3 vote #2',
      'Q3 vote #3',
    ]);
    expect(tagsOf(doc, c)).toEqual(['Q3 vote #1']);
    expect(tagsOf(doc, a)).toEqual(['Q3 vote #2']);
    expect(tagsOf(doc, d)).toEqual(['Regulatory', 'Q3 vote #3']);
    expect(tagsOf(doc, b)).toEqual([]);
  });

  it('replaces the places of an earlier tagging with the same label, keeping other tags', () => {
    const { doc, a, c, d, result } = voted();
    tagRanking(doc, result({ [a]: 2, [c]: 4, [d]: 1 }), 'Q3 vote');
    tagRanking(doc, result({ [a]: 5 }), 'Q3 vote');
    tagRanking(doc, result({ [d]: 1 }), 'Q4 vote');
    expect(tagsOf(doc, a)).toEqual(['Q3 vote #1']);
    expect(tagsOf(doc, c)).toEqual([]);
    expect(tagsOf(doc, d)).toEqual(['Regulatory', 'Q4 vote #1']);
  });

  it('is one undo step, and refuses an empty or too long label without writing', () => {
    const { doc, a, c, result } = voted();
    const undo = new Y.UndoManager(collection(doc, 'items'), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    tagRanking(doc, result({ [a]: 2, [c]: 4 }), 'Q3 vote');
    undo.undo();
    expect(tagsOf(doc, a)).toEqual([]);
    expect(tagsOf(doc, c)).toEqual([]);
    expect(() => tagRanking(doc, result({ [a]: 2 }), '  ')).toThrow(/label/);
    expect(() => tagRanking(doc, result({ [a]: 2 }), 'x'.repeat(38))).toThrow(/label/);
    expect(tagsOf(doc, a)).toEqual([]);
  });
});
