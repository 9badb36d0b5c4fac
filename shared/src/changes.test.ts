import { describe, expect, it } from 'vitest';
import { type BoardJson, emptyBoardJson } from './boardJson.js';
import { type Change, changeMarks, changeText, describeChanges } from './changes.js';
import { SCHEMA_VERSION } from './migrations.js';

type Json = Record<string, unknown>;

const item = (key: string, fields: Json = {}): Json => ({
  id: `item:${key}`,
  title: key.toUpperCase(),
  start: '2026-03-02',
  end: '2026-03-13',
  ...fields,
});
const dep = (key: string, from: string, to: string, fields: Json = {}): Json => ({
  id: `dep:${key}`,
  from: `item:${from}`,
  to: `item:${to}`,
  ...fields,
});
const person = (key: string, name: string): Json => ({ id: `person:${key}`, name });
const assign = (key: string, itemKey: string, personKey: string | null): Json => ({
  id: `assignment:${key}`,
  itemId: `item:${itemKey}`,
  personId: personKey ? `person:${personKey}` : null,
  hoursPerWeek: 8,
});

function board(parts: Partial<Pick<BoardJson, 'items' | 'deps' | 'people' | 'assignments'>>): BoardJson {
  return { ...emptyBoardJson(SCHEMA_VERSION, 'Test', {}), ...parts };
}

/** The summary of before -> after, as the words a person reads. */
const words = (before: BoardJson, after: BoardJson) => describeChanges(before, after).map(changeText);

describe('describeChanges: items', () => {
  const a = item('a');
  it.each<[string, Json[], Json[], string[]]>([
    ['nothing', [a], [a], []],
    ['added', [a], [a, item('b')], ['“B” added']],
    ['removed', [a, item('b')], [a], ['“B” removed']],
    ['moved later', [a], [item('a', { start: '2026-03-07', end: '2026-03-18' })], ['“A” moved 5 days later']],
    [
      'moved one day earlier',
      [a],
      [item('a', { start: '2026-03-01', end: '2026-03-12' })],
      ['“A” moved 1 day earlier'],
    ],
    ['end earlier', [a], [item('a', { end: '2026-03-10' })], ['“A” ends 3 days earlier']],
    ['start later', [a], [item('a', { start: '2026-03-04' })], ['“A” starts 2 days later']],
    [
      'both ends differently',
      [a],
      [item('a', { start: '2026-03-04', end: '2026-03-20' })],
      ['“A” starts 2 days later and ends 7 days later'],
    ],
    ['status', [a], [item('a', { status: 'at-risk' })], ['“A” went from Not started to At risk']],
    ['renamed only: named by its new title elsewhere, no change', [a], [item('a', { title: 'Renamed' })], []],
    [
      'moved and status, reported as two',
      [item('a', { status: 'on-track' })],
      [item('a', { status: 'done', start: '2026-03-09', end: '2026-03-20' })],
      ['“A” moved 7 days later', '“A” went from On track to Done'],
    ],
    ['an invalid record on either side is left out', [a, item('b', { end: '2026-01-01' })], [a], []],
  ])('%s', (_, before, after, expected) => {
    expect(words(board({ items: before }), board({ items: after }))).toEqual(expected);
  });

  it('sorts by kind, then title', () => {
    const before = board({ items: [item('c'), item('z')] });
    const after = board({ items: [item('b'), item('a'), item('z', { status: 'done' })] });
    expect(words(before, after)).toEqual([
      '“A” added',
      '“B” added',
      '“C” removed',
      '“Z” went from Not started to Done',
    ]);
  });
});

describe('describeChanges: people', () => {
  const people = [person('ana', 'Ana Lind'), person('bo', 'Bo Berg'), person('cy', 'Cy Holm')];
  const items = [item('a')];
  it.each<[string, Json[], Json[], string[]]>([
    ['same people', [assign('1', 'a', 'ana')], [assign('2', 'a', 'ana')], []],
    [
      'one replaced',
      [assign('1', 'a', 'ana')],
      [assign('1', 'a', 'bo')],
      ['“A”: Bo Berg assigned; Ana Lind no longer'],
    ],
    [
      'two added',
      [],
      [assign('1', 'a', 'bo'), assign('2', 'a', 'ana'), assign('3', 'a', 'cy')],
      ['“A”: Ana Lind, Bo Berg and Cy Holm assigned'],
    ],
    ['unassigned', [assign('1', 'a', 'ana')], [], ['“A”: Ana Lind no longer']],
    ['unstaffed demand is nobody', [assign('1', 'a', null)], [], []],
    ['hours changed only', [assign('1', 'a', 'ana')], [{ ...assign('1', 'a', 'ana'), hoursPerWeek: 20 }], []],
  ])('%s', (_, before, after, expected) => {
    expect(words(board({ items, people, assignments: before }), board({ items, people, assignments: after }))).toEqual(
      expected,
    );
  });
});

describe('describeChanges: dependencies', () => {
  // A ends 13 March; B starts 16 March: a finish-to-start link from A to B holds with 2 days to spare
  const a = item('a');
  const b = item('b', { start: '2026-03-16', end: '2026-03-27' });
  const ab = dep('ab', 'a', 'b');
  it.each<[string, { items: Json[]; deps: Json[] }, { items: Json[]; deps: Json[] }, string[]]>([
    ['unchanged', { items: [a, b], deps: [ab] }, { items: [a, b], deps: [ab] }, []],
    ['added', { items: [a, b], deps: [] }, { items: [a, b], deps: [ab] }, ['“B” now depends on “A” (finish-to-start)']],
    [
      'added with type and lag',
      { items: [a, b], deps: [] },
      { items: [a, b], deps: [dep('ab', 'a', 'b', { type: 'SS', lagDays: -2 })] },
      ['“B” now depends on “A” (start-to-start, −2 d)'],
    ],
    ['removed', { items: [a, b], deps: [ab] }, { items: [a, b], deps: [] }, ['“B” no longer depends on “A”']],
    [
      'broken by moving the successor',
      { items: [a, b], deps: [ab] },
      { items: [a, item('b', { start: '2026-03-11', end: '2026-03-27' })], deps: [ab] },
      ['“B” starts 5 days earlier', 'Dependency broken: “B” starts 3 days before A ends'],
    ],
    [
      'broken by a new lag',
      { items: [a, b], deps: [ab] },
      { items: [a, b], deps: [dep('ab', 'a', 'b', { lagDays: 10 })] },
      ['Dependency broken: “B” starts 8 days too early: it may start 10 days after A ends'],
    ],
    [
      'already broken before: not newly broken',
      { items: [a, item('b', { start: '2026-03-11' })], deps: [ab] },
      { items: [item('a', { end: '2026-03-14' }), item('b', { start: '2026-03-11' })], deps: [ab] },
      ['“A” ends 1 day later'],
    ],
    [
      'an end removed (the link went with it)',
      { items: [a, b], deps: [ab] },
      { items: [b], deps: [] },
      ['“A” removed', 'The dependency of “B” on “A” is broken: “A” was removed'],
    ],
    [
      'an end removed, the link left dangling',
      { items: [a, b], deps: [ab] },
      { items: [a], deps: [ab] },
      ['“B” removed', 'The dependency of “B” on “A” is broken: “B” was removed'],
    ],
    [
      'added already broken',
      { items: [a, item('b', { start: '2026-03-11' })], deps: [] },
      { items: [a, item('b', { start: '2026-03-11' })], deps: [ab] },
      ['Dependency broken: “B” starts 3 days before A ends', '“B” now depends on “A” (finish-to-start)'],
    ],
    [
      'a milestone successor finishes where it starts',
      { items: [a, item('m', { kind: 'milestone', start: '2026-03-20', end: '2026-03-20' })], deps: [] },
      {
        items: [a, item('m', { kind: 'milestone', start: '2026-03-20', end: '2026-03-20' })],
        deps: [dep('am', 'a', 'm', { type: 'FF' })],
      },
      ['“M” now depends on “A” (finish-to-finish)'],
    ],
  ])('%s', (_, before, after, expected) => {
    expect(words(board(before), board(after))).toEqual(expected);
  });
});

describe('changeMarks', () => {
  it('marks the later board’s items by the changes that touched them', () => {
    const a = item('a');
    const b = item('b', { start: '2026-03-16', end: '2026-03-27' });
    const before = board({ items: [a, b, item('gone')] });
    const after = board({
      items: [item('a', { start: '2026-03-03', status: 'done' }), b, item('new')],
      deps: [dep('ab', 'new', 'b')],
    });
    const marks = changeMarks(describeChanges(before, after));
    expect(Object.fromEntries(marks)).toEqual({
      'item:a': ['moved', 'status'],
      'item:new': ['added'],
      'item:b': ['dependency'],
    });
  });

  it('keeps the typed fields a view needs', () => {
    const changes: Change[] = describeChanges(
      board({ items: [item('a')] }),
      board({ items: [item('a', { end: '2026-03-16' })] }),
    );
    expect(changes).toEqual([{ kind: 'moved', itemId: 'item:a', title: 'A', startDays: 0, endDays: 3 }]);
  });
});
