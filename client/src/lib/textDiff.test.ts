import { describe, expect, it } from 'vitest';
import { diffText, transformIndex } from './textDiff';

function apply(text: string, edit: ReturnType<typeof diffText>): string {
  if (!edit) return text;
  return text.slice(0, edit.index) + edit.insert + text.slice(edit.index + edit.remove);
}

describe('diffText', () => {
  it.each([
    ['', 'abc', { index: 0, remove: 0, insert: 'abc' }],
    ['abc', '', { index: 0, remove: 3, insert: '' }],
    ['hello world', 'hello brave world', { index: 6, remove: 0, insert: 'brave ' }],
    ['hello world', 'hello', { index: 5, remove: 6, insert: '' }],
    ['aaa', 'aaaa', { index: 3, remove: 0, insert: 'a' }],
    ['abcdef', 'abXYef', { index: 2, remove: 2, insert: 'XY' }],
  ])('%j -> %j', (prev, next, edit) => {
    expect(diffText(prev, next)).toEqual(edit);
    expect(apply(prev, diffText(prev, next))).toBe(next);
  });

  it('returns null when nothing changed', () => {
    expect(diffText('same', 'same')).toBeNull();
  });
});

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
