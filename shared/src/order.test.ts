import { describe, expect, it } from 'vitest';
import {
  compareOrder,
  isOrderKey,
  type Ordered,
  orderAfterLast,
  orderAt,
  orderKeys,
  sortByOrder,
  storedOrder,
} from './order.js';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

describe('compareOrder and sortByOrder', () => {
  it('sort by key, then by id when two keys are equal, without touching the input', () => {
    const input: Ordered[] = [
      { id: 'lane:b', order: 'a1' },
      { id: 'lane:z', order: 'a0' },
      { id: 'lane:a', order: 'a1' },
      { id: 'lane:c', order: 'Zz' },
    ];
    const copy = [...input];
    expect(sortByOrder(input).map((r) => r.id)).toEqual(['lane:c', 'lane:z', 'lane:a', 'lane:b']);
    expect(input).toEqual(copy);
    expect(compareOrder({ id: 'x', order: 'a0' }, { id: 'x', order: 'a0' })).toBe(0);
  });
});

describe('new keys', () => {
  it('start at a0 and go after the last key', () => {
    expect(orderAfterLast([])).toBe('a0');
    expect(orderAfterLast([{ id: 'x', order: 'a5' }]) > 'a5').toBe(true);
  });

  it('orderKeys gives n distinct ascending keys', () => {
    const keys = orderKeys(100);
    expect(new Set(keys).size).toBe(100);
    expect([...keys].sort()).toEqual(keys);
    expect(keys.every(isOrderKey)).toBe(true);
  });

  it.each([
    [0, (k: string) => k < 'a0'],
    [1, (k: string) => k > 'a0' && k < 'a1'],
    [2, (k: string) => k > 'a1' && k < 'a2'],
    [3, (k: string) => k > 'a2'],
    [-1, (k: string) => k < 'a0'],
    [10, (k: string) => k > 'a2'],
  ])('orderAt index %i lands in the right gap', (index, fits) => {
    const sorted = orderKeys(3).map((order, i) => ({ id: `r${i}`, order }));
    expect(sorted.map((r) => r.order)).toEqual(['a0', 'a1', 'a2']);
    expect(fits(orderAt(sorted, index))).toBe(true);
  });

  it('steps over equal neighbours left by a concurrent insert instead of throwing', () => {
    const sorted = sortByOrder([
      { id: 'a', order: 'a0' },
      { id: 'b', order: 'a1' },
      { id: 'c', order: 'a1' },
      { id: 'd', order: 'a2' },
    ]);
    const key = orderAt(sorted, 2); // between b and c, which share a key
    expect(key > 'a1' && key < 'a2').toBe(true);
    expect(orderAt(sorted.slice(0, 3), 2) > 'a1').toBe(true);
  });

  it('puts records exactly where asked, over hundreds of random inserts', () => {
    const next = random(42);
    const list: Ordered[] = [];
    for (let n = 0; n < 400; n++) {
      const index = Math.floor(next() * (list.length + 1));
      const record = { id: `r${n}`, order: orderAt(list, index) };
      list.splice(index, 0, record);
    }
    expect(sortByOrder([...list].reverse())).toEqual(list);
    expect(list.every((r) => isOrderKey(r.order))).toBe(true);
  });
});

describe('isOrderKey and storedOrder', () => {
  it.each([
    ['a0', true],
    ['Zz', true],
    ['a1V', true],
    ['b10', true],
    ['', false],
    ['a', false],
    ['a10', false],
    ['!!', false],
    [`a0${'V'.repeat(63)}`, false],
    [5, false],
    [null, false],
  ])('isOrderKey(%j) is %s', (key, valid) => {
    expect(isOrderKey(key)).toBe(valid);
  });

  it('reads a missing stored key as a0 and a malformed one as unusable', () => {
    expect(storedOrder(undefined)).toBe('a0');
    expect(storedOrder('a3')).toBe('a3');
    expect(storedOrder('garbage')).toBeNull();
    expect(storedOrder(null)).toBeNull();
  });
});
