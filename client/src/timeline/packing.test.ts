import { describe, expect, it } from 'vitest';
import { packBlocks, packRows, type Span } from './packing';

const span = (id: string, from: number, to: number): Span => ({ id, from, to });

function rows(spans: Span[], gap = 0) {
  const { rowOf, rowCount } = packRows(spans, gap);
  return { rows: Object.fromEntries(rowOf), rowCount };
}

describe('packRows', () => {
  it.each([
    { name: 'no spans', spans: [], rows: {}, rowCount: 0 },
    { name: 'one span', spans: [span('a', 0, 10)], rows: { a: 0 }, rowCount: 1 },
    {
      name: 'disjoint spans share a row',
      spans: [span('a', 0, 10), span('b', 10, 20), span('c', 25, 30)],
      rows: { a: 0, b: 0, c: 0 },
      rowCount: 1,
    },
    {
      name: 'overlapping spans stack',
      spans: [span('a', 0, 10), span('b', 5, 15), span('c', 8, 12)],
      rows: { a: 0, b: 1, c: 2 },
      rowCount: 3,
    },
    {
      name: 'a freed row is reused from the top',
      spans: [span('a', 0, 10), span('b', 2, 30), span('c', 12, 20)],
      rows: { a: 0, b: 1, c: 0 },
      rowCount: 2,
    },
    {
      name: 'input order does not matter, starts do',
      spans: [span('late', 20, 30), span('early', 0, 25)],
      rows: { early: 0, late: 1 },
      rowCount: 2,
    },
    {
      name: 'ties keep input order',
      spans: [span('b', 0, 5), span('a', 0, 5)],
      rows: { b: 0, a: 1 },
      rowCount: 2,
    },
    {
      name: 'zero-width spans still take a slot',
      spans: [span('m', 5, 5), span('n', 5, 5)],
      rows: { m: 0, n: 0 },
      rowCount: 1,
    },
  ])('$name', ({ spans, rows: expected, rowCount }) => {
    expect(rows(spans)).toEqual({ rows: expected, rowCount });
  });

  it('keeps a gap between neighbours when asked', () => {
    expect(rows([span('a', 0, 10), span('b', 11, 20)], 2)).toEqual({ rows: { a: 0, b: 1 }, rowCount: 2 });
    expect(rows([span('a', 0, 10), span('b', 12, 20)], 2)).toEqual({ rows: { a: 0, b: 0 }, rowCount: 1 });
  });

  it('never puts overlapping spans in one row', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const spans = Array.from({ length: 300 }, (_, i) => {
      const from = Math.floor(rand() * 1000);
      return span(`s${i}`, from, from + 1 + Math.floor(rand() * 80));
    });
    const { rowOf } = packRows(spans);
    for (const a of spans) {
      for (const b of spans) {
        if (a !== b && rowOf.get(a.id) === rowOf.get(b.id)) expect(a.to <= b.from || b.to <= a.from).toBe(true);
      }
    }
  });
});

describe('packBlocks', () => {
  const block = (id: string, from: number, to: number, height: number) => ({ id, from, to, height });

  it('keeps a tall block on consecutive free rows', () => {
    const { rowOf, rowCount } = packBlocks([block('p', 0, 50, 3), block('a', 10, 20, 1), block('b', 60, 70, 2)]);
    expect(Object.fromEntries(rowOf)).toEqual({ p: 0, a: 3, b: 0 });
    expect(rowCount).toBe(4);
  });

  it('skips a gap too short for the block', () => {
    // row 0 frees at 10, row 1 at 40: a two-row block starting at 20 must go below both
    const { rowOf } = packBlocks([block('x', 0, 10, 1), block('y', 0, 40, 1), block('z', 20, 30, 2)]);
    expect(rowOf.get('z')).toBe(2);
  });
});

describe('packBlocks after a change (stable)', () => {
  const block = (id: string, from: number, to: number, height = 1) => ({ id, from, to, height });
  /** Packs, then re-packs `next` remembering the first packing. */
  function repack(first: ReturnType<typeof block>[], next: ReturnType<typeof block>[]) {
    const before = packBlocks(first);
    const slots = new Map(first.map((b) => [b.id, { ...b, row: before.rowOf.get(b.id) ?? 0 }]));
    const after = packBlocks(next, 0, (id) => slots.get(id));
    return {
      before: Object.fromEntries(before.rowOf),
      after: Object.fromEntries(after.rowOf),
      rowCount: after.rowCount,
    };
  }

  it('keeps the neighbours of a moved bar in their rows', () => {
    const first = [block('a', 0, 10), block('b', 5, 15), block('c', 12, 20)];
    const moved = [block('a', 30, 40), block('b', 5, 15), block('c', 12, 20)];
    // packed afresh, b and c would swap rows
    expect(Object.fromEntries(packBlocks(moved).rowOf)).toEqual({ b: 0, c: 1, a: 0 });
    expect(repack(first, moved)).toEqual({ before: { a: 0, b: 1, c: 0 }, after: { a: 0, b: 1, c: 0 }, rowCount: 2 });
  });

  it('puts a moved bar whose row is taken in the lowest row with room', () => {
    const first = [block('a', 0, 10), block('b', 0, 10), block('c', 20, 30)];
    const next = [block('a', 0, 10), block('b', 22, 28), block('c', 20, 30)];
    expect(repack(first, next).after).toEqual({ a: 0, b: 1, c: 0 });
    const crowded = [block('a', 0, 10), block('b', 21, 29), block('c', 20, 30), block('d', 0, 50)];
    expect(repack([...first, block('d', 11, 19)], crowded).after).toEqual({ a: 0, b: 2, c: 0, d: 1 });
  });

  it('closes up a row left empty, keeping the order of the rows below', () => {
    const first = [block('a', 0, 10), block('b', 2, 8), block('c', 3, 9), block('d', 4, 6, 2)];
    const next = [block('a', 0, 10), block('c', 3, 9), block('d', 4, 6, 2)];
    expect(repack(first, next)).toEqual({
      before: { a: 0, b: 1, c: 2, d: 3 },
      after: { a: 0, c: 1, d: 2 },
      rowCount: 4,
    });
  });

  it('places new bars like a fresh packing would, around the ones already there', () => {
    const first = [block('a', 0, 10)];
    expect(repack(first, [block('n', 5, 15), block('a', 0, 10), block('m', 20, 30)]).after).toEqual({
      a: 0,
      n: 1,
      m: 0,
    });
  });

  it('never puts overlapping blocks in one row, whatever it remembers', () => {
    let seed = 11;
    const rand = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const random = (id: string) => {
      const from = Math.floor(rand() * 500);
      return block(id, from, from + 1 + Math.floor(rand() * 60), 1 + Math.floor(rand() * 2));
    };
    const first = Array.from({ length: 120 }, (_, i) => random(`b${i}`));
    // a third of them move, a few go, a few come
    const next = first.flatMap((b, i) => (i % 10 === 0 ? [] : i % 3 === 0 ? [random(b.id)] : [b]));
    next.push(random('new1'), random('new2'));
    const before = packBlocks(first, 2);
    const slots = new Map(first.map((b) => [b.id, { ...b, row: before.rowOf.get(b.id) ?? 0 }]));
    const { rowOf, rowCount } = packBlocks(next, 2, (id) => slots.get(id));
    const covers = (b: ReturnType<typeof block>, row: number) => {
      const top = rowOf.get(b.id) ?? -1;
      return row >= top && row < top + b.height;
    };
    for (let row = 0; row < rowCount; row++) {
      const inRow = next.filter((b) => covers(b, row));
      expect(inRow.length).toBeGreaterThan(0);
      for (const a of inRow)
        for (const b of inRow) if (a !== b) expect(a.to + 2 <= b.from || b.to + 2 <= a.from).toBe(true);
    }
    // every bar that stayed where it was kept its row, up to rows closed above it
    const kept = next.filter((b) => first.includes(b));
    const order = kept.map((b) => before.rowOf.get(b.id) ?? 0);
    for (let i = 0; i < kept.length; i++) {
      for (let j = 0; j < kept.length; j++) {
        const [a, b] = [kept[i], kept[j]];
        if (a && b && (order[i] ?? 0) < (order[j] ?? 0)) expect(rowOf.get(a.id)).toBeLessThan(rowOf.get(b.id) ?? 0);
      }
    }
  });
});
