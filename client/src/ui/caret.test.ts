import { describe, expect, it } from 'vitest';
import { transformIndex } from './caret';

describe('transformIndex', () => {
  it.each([
    ['insert before the caret shifts it', 5, [{ retain: 2 }, { insert: 'xyz' }], 8],
    ['insert after the caret leaves it', 1, [{ retain: 2 }, { insert: 'xyz' }], 1],
    ['delete before the caret pulls it back', 5, [{ delete: 2 }], 3],
    ['delete around the caret puts it at the cut', 5, [{ retain: 3 }, { delete: 4 }], 3],
    ['delete after the caret leaves it', 2, [{ retain: 3 }, { delete: 4 }], 2],
    ['replace before the caret', 6, [{ retain: 1 }, { delete: 2 }, { insert: 'abcd' }], 8],
  ])('%s', (_name, index, delta, expected) => {
    expect(transformIndex(index as number, delta as never)).toBe(expected);
  });
});
