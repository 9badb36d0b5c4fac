import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkRecord, defineEntity, type RecordOf } from './doc.js';
import {
  type Check,
  checkFields,
  field,
  fieldDefault,
  isoDate,
  isoTimestamp,
  listOf,
  nullable,
  num,
  oneOf,
  reasonOf,
  ref,
  text,
} from './fields.js';
import type { Item } from './item.js';
import { formatProblem, ValidationError } from './problems.js';

describe('field checks', () => {
  it.each<[string, Check<unknown>, unknown, string | null]>([
    ['text ok', text({ min: 1, max: 5 }), 'abc', null],
    ['text blank', text({ min: 1, max: 5 }), '   ', 'must not be empty'],
    ['text short', text({ min: 3, max: 5 }), 'ab', 'needs at least 3 characters'],
    ['text long', text({ max: 5 }), 'abcdef', 'must be at most 5 characters'],
    ['text not text', text({ max: 5 }), 5, 'must be text'],
    ['oneOf ok', oneOf(['FS', 'SS']), 'SS', null],
    ['oneOf other', oneOf(['FS', 'SS']), 'fs', 'must be one of FS, SS'],
    ['num ok', num({ min: 0, max: 10 }), 2.5, null],
    ['num NaN', num({ min: 0, max: 10 }), Number.NaN, 'must be a number'],
    ['num string', num({ min: 0, max: 10 }), '5', 'must be a number'],
    ['num range', num({ min: 0, max: 10 }), 11, 'must be between 0 and 10'],
    ['num integer', num({ min: 0, max: 10, integer: true }), 1.5, 'must be a whole number'],
    ['date', isoDate, '2026-02-30', 'must be a date like 2026-03-31'],
    ['ref ok', ref('lane'), 'lane:x', null],
    ['ref kind', ref('lane'), 'item:x', 'must be a lane id'],
    ['nullable null', nullable(ref('lane')), null, null],
    ['nullable bad', nullable(ref('lane')), undefined, 'must be a lane id'],
    ['list ok', listOf(text({ min: 1, max: 3 })), ['a', 'b'], null],
    ['list entry', listOf(text({ min: 1, max: 3 })), ['a', ''], 'has an entry that must not be empty'],
    ['list long', listOf(text({ max: 3 }), 2), ['a', 'b', 'c'], 'must hold at most 2 entries'],
    ['list not list', listOf(text({ max: 3 })), 'a', 'must be a list'],
    ['timestamp ok', isoTimestamp, '2026-11-20T10:00:00.000Z', null],
    ['timestamp bad', isoTimestamp, 'yesterday', 'must be a timestamp'],
  ])('%s', (_name, check, value, expected) => {
    expect(reasonOf(check, value)).toBe(expected);
  });
});

describe('checkFields', () => {
  const fields = {
    title: field(text({ min: 1, max: 10 })),
    status: field(oneOf(['a', 'b']), 'a'),
  };

  it('fills defaults, keeps unknown fields and leaves the input alone', () => {
    const raw = { title: 'x', extra: { deep: true } };
    expect(checkFields(fields, raw)).toEqual({
      record: { title: 'x', status: 'a', extra: { deep: true } },
      errors: [],
    });
    expect(raw).toEqual({ title: 'x', extra: { deep: true } });
  });

  it('reports a missing required field and each bad one', () => {
    expect(checkFields(fields, { status: 'c' }).errors).toEqual([
      { field: 'title', reason: 'is missing' },
      { field: 'status', reason: 'must be one of a, b' },
    ]);
  });
});

describe('ValidationError', () => {
  it('carries its problems and says them in its message', () => {
    const err = new ValidationError([
      { collection: 'items', id: 'item:1', field: 'end', reason: 'is before start 2026-01-05' },
      { collection: 'meta', id: '', field: '', reason: 'is broken' },
    ]);
    expect(err.name).toBe('ValidationError');
    expect(err.problems).toHaveLength(2);
    expect(err.message).toBe('items item:1: end is before start 2026-01-05; meta: is broken');
    expect(formatProblem({ collection: 'lanes', id: 'lane:1', field: '', reason: 'is not a record' })).toBe(
      'lanes lane:1: is not a record',
    );
  });
});

describe('record types come from the checks', () => {
  const entity = defineEntity({
    collection: 'lanes',
    kind: 'lane',
    fields: {
      title: field(text({ max: 20 })),
      size: field(nullable(num({ min: 0, max: 9 })), null),
      shape: field(oneOf(['round', 'square']), 'round'),
      tags: field(listOf(text({ max: 9 })), () => []),
    },
  });

  it('types a record by what each field lets through, and fills defaults', () => {
    expectTypeOf<RecordOf<typeof entity>>().toEqualTypeOf<{
      id: string;
      title: string;
      size: number | null;
      shape: 'round' | 'square';
      tags: string[];
    }>();
    expect(checkRecord(entity, 'lane:1', { title: 'A' }).record).toEqual({
      id: 'lane:1',
      title: 'A',
      size: null,
      shape: 'round',
      tags: [],
    });
  });

  it('refuses at compile time a default that is not of the field type', () => {
    // @ts-expect-error 'oval' is not one of the shapes
    field(oneOf(['round', 'square']), 'oval');
    // @ts-expect-error a number field cannot default to text
    field(num({ min: 0, max: 1 }), 'none');
    expect(fieldDefault(field(text({ max: 3 }), 'abc'))).toBe('abc');
  });

  it('gives Item exactly the fields its entity checks', () => {
    expectTypeOf<keyof Item>().toEqualTypeOf<
      | 'id'
      | 'kind'
      | 'title'
      | 'parentId'
      | 'laneId'
      | 'start'
      | 'end'
      | 'status'
      | 'progress'
      | 'ownerId'
      | 'goalIds'
      | 'tags'
      | 'order'
      | 'notes'
    >();
  });
});
