import { describe, expect, it } from 'vitest';
import { amountOf, amountPatch, convertAmount, parseAmount, unitOf } from './assignmentMath';

describe('assignment amounts', () => {
  it.each([
    ['24', 24],
    [' 24.5 ', 24.5],
    ['24,5', 24.5],
    ['50%', 50],
    ['50 %', 50],
    ['-8', -8],
    ['', null],
    ['abc', null],
    ['1e3', null],
  ])('parses %j', (text, value) => expect(parseAmount(text)).toBe(value));

  it('writes one unit and clears the other', () => {
    expect(amountPatch('hours', 16)).toEqual({ hoursPerWeek: 16, percent: null });
    expect(amountPatch('percent', 50)).toEqual({ hoursPerWeek: null, percent: 50 });
    expect(unitOf({ hoursPerWeek: null })).toBe('percent');
    expect(amountOf({ hoursPerWeek: null, percent: 30 })).toBe(30);
  });

  it.each([
    [
      'hours to percent of a full week',
      { hoursPerWeek: 20, percent: null },
      'percent',
      40,
      { hoursPerWeek: null, percent: 50 },
    ],
    [
      'hours to percent part-time',
      { hoursPerWeek: 16, percent: null },
      'percent',
      32,
      { hoursPerWeek: null, percent: 50 },
    ],
    ['percent to half hours', { hoursPerWeek: null, percent: 33 }, 'hours', 40, { hoursPerWeek: 13, percent: null }],
    ['same unit is kept', { hoursPerWeek: 8, percent: null }, 'hours', 40, { hoursPerWeek: 8, percent: null }],
  ] as const)('converts %s', (_, a, to, capacity, expected) => {
    expect(convertAmount(a, to, capacity)).toEqual(expected);
  });
});
