import { describe, expect, it } from 'vitest';
import { initials } from './presence.js';

describe('initials', () => {
  it.each([
    ['Astrid Lindqvist', 'AL'],
    ['Mikkel  Sørensen', 'MS'],
    ['Priya', 'P'],
    ['ørjan van der berg', 'ØB'],
    ['  ', '?'],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
