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
