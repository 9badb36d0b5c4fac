import { describe, expect, it } from 'vitest';
import { loadLook, percentText } from './loadScale';

describe('load look', () => {
  it.each([
    ['nothing assigned', 0, 40, 'free', false],
    ['a light week', 12, 40, 'light', false],
    ['busy', 30, 40, 'busy', false],
    ['exactly full is not over', 40, 40, 'full', false],
    ['a rounding hair over is still full', 40.000000001, 40, 'full', false],
    ['over', 52, 40, 'over', true],
    ['load in a week off', 8, 0, 'over', true],
    ['a week off', 0, 0, 'off', false],
  ])('%s', (_, hours, capacity, level, over) => {
    const look = loadLook(hours, capacity);
    expect(look.level).toBe(level);
    expect(look.over).toBe(over);
    expect(look.fill).toMatch(/^(#|rgb)/);
  });

  it('gets stronger with load and turns red past capacity', () => {
    const light = loadLook(8, 40).fill;
    const strong = loadLook(40, 40).fill;
    expect(light).not.toBe(strong);
    expect(loadLook(40, 40).ink).toBe('#ffffff');
    expect(loadLook(8, 40).ink).toBe('');
    expect(loadLook(60, 40).fill).toMatch(/rgb\((1[5-9]\d|2\d\d), \d{1,2}, \d{1,2}\)/);
  });

  it('says percentages', () => {
    expect(percentText(1.3)).toBe('130%');
    expect(percentText(Number.POSITIVE_INFINITY)).toBe('—');
  });
});
