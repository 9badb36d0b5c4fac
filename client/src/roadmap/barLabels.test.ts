import { describe, expect, it } from 'vitest';
import { besideRoom, besideWidth, insideWidth, roomAfter, titleBeside } from './barLabels';

describe('titleBeside', () => {
  const need = { text: 120, owner: true };
  const inside = insideWidth(need);
  const beside = 18 + besideWidth(need);

  it.each([
    ['fits inside', inside, false, 0, false],
    ['fits inside, room or not', inside + 40, false, 1000, false],
    ['too long for the bar, room after it', inside - 1, false, beside + 6, true],
    ['too long for the bar, next bar too close', inside - 1, false, beside + 5, false],
    ['a narrow bar the layout made room for', 20, true, 0, true],
  ])('%s', (_name, width, outside, room, expected) => {
    expect(titleBeside(width, outside, need, room, 18)).toBe(expected);
  });

  it('counts the owner avatar in both places', () => {
    expect(insideWidth({ text: 100, owner: true })).toBeGreaterThan(insideWidth({ text: 100, owner: false }));
    expect(besideWidth({ text: 100, owner: true })).toBeGreaterThan(besideWidth({ text: 100, owner: false }));
  });

  it('cuts a title beside its bar at 240 px', () => {
    expect(besideWidth({ text: 900, owner: true })).toBe(240);
  });
});

describe('roomAfter', () => {
  const box = (x: number, width: number, row: number, children = 0) => ({ x, width, row, children });

  it('measures to the next bar in the same line, its caret, or the end of the track', () => {
    const room = roomAfter(
      new Map([
        ['b', box(300, 50, 0)],
        ['a', box(0, 100, 0)],
        ['c', box(120, 100, 1)],
        ['d', box(400, 20, 1, 2)],
      ]),
      1000,
    );
    expect(Object.fromEntries(room)).toEqual({ a: 200, b: 650, c: 160, d: 580 });
  });
});

describe('besideRoom', () => {
  const need = { text: 100, owner: false };

  it('is the whole title when the line has room for it', () => {
    expect(besideRoom(need, 1000, 18)).toBe(besideWidth(need));
  });

  it('stops short of the next bar, so a title is cut rather than hidden under it', () => {
    expect(besideRoom(need, 80, 18)).toBe(80 - 18 - 6);
    expect(besideRoom(need, 10, 18)).toBe(24);
  });
});
