import { describe, expect, it } from 'vitest';
import { renderRange } from './renderWindow';

describe('renderRange', () => {
  it('starts a screen past the view on each side', () => {
    expect(renderRange(null, { from: 1000, to: 2000 }, 1000, 500)).toEqual({ from: 0, to: 3000 });
  });

  it('keeps the range while the view stays well inside it', () => {
    const range = { from: 0, to: 3000 };
    expect(renderRange(range, { from: 500, to: 1500 }, 1000, 500)).toBe(range);
    expect(renderRange(range, { from: 1500, to: 2500 }, 1000, 500)).toBe(range);
  });

  it('re-centres once the view nears an edge', () => {
    expect(renderRange({ from: 0, to: 3000 }, { from: 1600, to: 2600 }, 1000, 500)).toEqual({ from: 600, to: 3600 });
    expect(renderRange({ from: 0, to: 3000 }, { from: 400, to: 1400 }, 1000, 500)).toEqual({ from: -600, to: 2400 });
  });
});
