import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assignPerson } from './assignment.js';
import { readBoard } from './board.js';
import { type BoardJson, boardFromJson, exportBoard } from './boardJson.js';
import { linkItems } from './dependency.js';
import { collection, metaMap } from './doc.js';
import { createGoal } from './goal.js';
import { createItem, updateItem } from './item.js';
import { createLane } from './lane.js';
import { migrateBoard, SCHEMA_VERSION } from './migrations.js';
import { createPerson } from './person.js';
import type { Problem } from './problems.js';
import { createTeam } from './team.js';
import { itPortfolioTemplate } from './templates.js';
import { putRaw } from './testkit.js';

/** A board made through the write functions, with the awkward bits export must keep. */
function richBoard(): Y.Doc {
  const doc = new Y.Doc();
  migrateBoard(doc);
  metaMap(doc).set('name', 'Nordic IT roadmap');
  metaMap(doc).set('futureSetting', { theme: 'dark' });
  const team = createTeam(doc, { name: 'Platform' });
  const person = createPerson(doc, { name: 'Mikkel Sørensen', teamId: team });
  const lane = createLane(doc, { title: 'Infra' });
  const a = createItem(doc, { title: 'Data centre exit', start: '2026-01-05', laneId: lane, ownerId: person });
  const b = createItem(doc, { title: 'Go-live', kind: 'milestone', start: '2026-03-31', parentId: a });
  const goal = createGoal(doc, { title: 'Cut run costs', description: 'Yearly run cost −15 %' });
  updateItem(doc, a, { notes: 'Line one\nLine två — “quoted” 🚀\n', goalIds: [goal] });
  linkItems(doc, { from: a, to: b, type: 'FF', lagDays: -2 });
  assignPerson(doc, { itemId: a, personId: person, hoursPerWeek: 12.5 });
  collection(doc, 'items').get(b)?.set('riskScore', 7); // a field this code does not know
  return doc;
}

function minimal(extra: Partial<BoardJson> = {}): Record<string, unknown> {
  return {
    schemaVersion: SCHEMA_VERSION,
    name: 'Test',
    meta: {},
    lanes: [{ id: 'lane:l1', title: 'Lane' }],
    items: [{ id: 'item:i1', title: 'Item', start: '2026-01-05', end: '2026-01-09', laneId: 'lane:l1' }],
    ...extra,
  };
}

function problemsOf(input: unknown): Problem[] {
  const result = boardFromJson(input);
  if (result.ok) throw new Error('expected the board to be refused');
  expect(result).not.toHaveProperty('doc');
  return result.problems;
}

describe('exportBoard', () => {
  it('exports every collection, sorted by id, with notes as text', () => {
    const json = exportBoard(richBoard());
    expect(json.schemaVersion).toBe(SCHEMA_VERSION);
    expect(json.name).toBe('Nordic IT roadmap');
    expect(json.items.map((i) => i.id)).toEqual([...json.items.map((i) => String(i.id))].sort());
    expect(json.items.find((i) => i.title === 'Data centre exit')?.notes).toBe('Line one\nLine två — “quoted” 🚀\n');
    expect([json.items, json.lanes, json.deps, json.people, json.teams, json.assignments].map((c) => c.length)).toEqual(
      [2, 1, 1, 1, 1, 1],
    );
  });
});

describe('export -> boardFromJson -> export', () => {
  it('is lossless, unknown fields and notes included, through a JSON string', () => {
    const first = exportBoard(richBoard());
    const result = boardFromJson(JSON.parse(JSON.stringify(first)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.migrations).toEqual([]);
    expect(exportBoard(result.doc)).toEqual(first);
    expect(exportBoard(result.doc).meta.futureSetting).toEqual({ theme: 'dark' });
    expect(exportBoard(result.doc).items.find((i) => i.kind === 'milestone')?.riskScore).toBe(7);
  });

  it('is lossless for the IT template and keeps notes editable as Y.Text', () => {
    const made = boardFromJson(itPortfolioTemplate('2026-11-20'));
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    const first = exportBoard(made.doc);
    const again = boardFromJson(first);
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(exportBoard(again.doc)).toEqual(first);
    const portfolio = first.items.find((i) => i.kind === 'portfolio');
    expect(collection(again.doc, 'items').get(String(portfolio?.id))?.get('notes')).toBeInstanceOf(Y.Text);
  });

  it('uses the given name over the board’s own', () => {
    const made = boardFromJson(minimal(), 'Copy of Test');
    expect(made.ok && readBoard(made.doc).meta.name).toBe('Copy of Test');
  });

  it('runs migrations on an old board and says which', () => {
    const made = boardFromJson({ items: [], lanes: [] });
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    expect(made.migrations).toEqual(['initial-meta', 'kickoff-collections']);
    expect(readBoard(made.doc).meta.schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe('boardFromJson refuses invalid input, makes no doc and says what is wrong', () => {
  const item = (fields: Record<string, unknown>) => ({
    id: 'item:i1',
    title: 'Item',
    start: '2026-01-05',
    end: '2026-01-09',
    ...fields,
  });

  it.each<[string, unknown, Partial<Problem>]>([
    ['not an object', [1, 2], { collection: 'board', reason: 'must be a JSON object' }],
    [
      'a collection that is not a list',
      minimal({ items: {} as never }),
      { collection: 'items', reason: 'must be a list' },
    ],
    ['a record that is not an object', minimal({ lanes: ['lane:l1'] as never }), { collection: 'lanes', id: '#0' }],
    ['a wrong id prefix', minimal({ items: [item({ id: 'lane:i1' })] }), { id: 'lane:i1', field: 'id' }],
    ['a missing id', minimal({ people: [{ name: 'x' }] }), { collection: 'people', id: '#0', field: 'id' }],
    ['a bad date', minimal({ items: [item({ start: '2026-02-29' })] }), { id: 'item:i1', field: 'start' }],
    [
      'an end before the start',
      minimal({ items: [item({ end: '2026-01-04' })] }),
      { id: 'item:i1', field: 'end', reason: 'is before start 2026-01-05' },
    ],
    ['a dangling lane', minimal({ items: [item({ laneId: 'lane:gone' })] }), { id: 'item:i1', field: 'laneId' }],
    [
      'a dangling dependency',
      minimal({ deps: [{ id: 'dep:d1', from: 'item:i1', to: 'item:gone' }] }),
      { collection: 'deps', id: 'dep:d1', field: 'to', reason: 'points at an item that does not exist' },
    ],
    [
      'a dangling assignment',
      minimal({ assignments: [{ id: 'asg:a1', itemId: 'item:i1', personId: 'person:gone', hoursPerWeek: 4 }] }),
      { collection: 'assignments', id: 'asg:a1', field: 'personId' },
    ],
    ['notes that are not text', minimal({ items: [item({ notes: 42 })] }), { id: 'item:i1', field: 'notes' }],
    ['bad meta', minimal({ meta: { weekStartsOn: 5 } }), { collection: 'meta', field: 'weekStartsOn' }],
    [
      'a bad schema version',
      minimal({ schemaVersion: 1.5 }),
      { field: 'schemaVersion', reason: 'must be a whole number' },
    ],
  ])('%s', (_what, input, expected) => {
    expect(problemsOf(input)).toContainEqual(expect.objectContaining(expected));
  });

  it('reports each duplicate id', () => {
    const dup = { id: 'lane:l1', title: 'Again' };
    expect(problemsOf(minimal({ lanes: [{ id: 'lane:l1', title: 'Lane' }, dup, dup] }))).toEqual([
      { collection: 'lanes', id: 'lane:l1', field: 'id', reason: 'is used twice' },
      { collection: 'lanes', id: 'lane:l1', field: 'id', reason: 'is used twice' },
    ]);
  });

  it('lists every problem at once, not only the first', () => {
    const problems = problemsOf(
      minimal({ items: [item({ start: 'soon', title: '' }), item({ id: 'item:i2', progress: -1 })] }),
    );
    expect(problems.map((p) => `${p.id} ${p.field}`).sort()).toEqual([
      'item:i1 start',
      'item:i1 title',
      'item:i2 progress',
    ]);
  });

  it('reports a bad item once, and what hangs off it as waiting on that one', () => {
    const problems = problemsOf(
      minimal({
        items: [
          item({ start: '2026-13-01' }),
          item({ id: 'item:child', parentId: 'item:i1' }),
          item({ id: 'item:grandchild', parentId: 'item:child' }),
          item({ id: 'item:fine' }),
          item({ id: 'item:orphan', parentId: 'item:gone' }),
        ],
        deps: [{ id: 'dep:d1', from: 'item:fine', to: 'item:grandchild' }],
        people: [{ id: 'person:p1', name: 'Sara', capacityHoursPerWeek: 40 }],
        assignments: [{ id: 'asg:a1', itemId: 'item:child', personId: 'person:p1', hoursPerWeek: 8 }],
      }),
    );
    expect(problems).toEqual([
      { collection: 'items', id: 'item:i1', field: 'start', reason: expect.any(String) },
      { collection: 'items', id: 'item:orphan', field: 'parentId', reason: 'points at an item that does not exist' },
      ...['item:child', 'item:grandchild'].map((id) => ({
        collection: 'items',
        id,
        field: 'parentId',
        reason: 'waits on item:i1, which needs attention',
        cause: 'item:i1',
      })),
      {
        collection: 'deps',
        id: 'dep:d1',
        field: 'to',
        reason: 'waits on item:i1, which needs attention',
        cause: 'item:i1',
      },
      {
        collection: 'assignments',
        id: 'asg:a1',
        field: 'itemId',
        reason: 'waits on item:i1, which needs attention',
        cause: 'item:i1',
      },
    ]);
  });

  it('refuses a board from a newer schema with a clear message', () => {
    const [problem, ...rest] = problemsOf(minimal({ schemaVersion: SCHEMA_VERSION + 1 }));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ collection: 'board', field: 'schemaVersion' });
    expect(problem?.reason).toContain(`schema ${SCHEMA_VERSION + 1}`);
    expect(problem?.reason).toContain('Update Planroom');
  });
});

describe('exportBoard on damaged docs', () => {
  it('exports a non-record entry as a bare id, which import then refuses', () => {
    const doc = new Y.Doc();
    collection(doc, 'lanes').set('lane:broken', 5 as never);
    putRaw(doc, 'lanes', 'lane:fine', { title: 'Fine' });
    const json = exportBoard(doc);
    expect(json.lanes).toEqual([{ id: 'lane:broken' }, { id: 'lane:fine', title: 'Fine' }]);
    expect(problemsOf(json)).toContainEqual(expect.objectContaining({ id: 'lane:broken', field: 'title' }));
  });
});
