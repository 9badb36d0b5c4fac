import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type Baseline,
  baselineDates,
  chooseBaseline,
  chosenBaselineId,
  createBaseline,
  deleteBaseline,
  itemVariance,
  readBaselines,
  renameBaseline,
  slippedMilestones,
} from './baseline.js';
import { readBoard } from './board.js';
import { metaMap } from './doc.js';
import { createItem, type Item, moveItem } from './item.js';
import { migrateBoard } from './migrations.js';
import { ValidationError } from './problems.js';
import { countEvents, putRaw } from './testkit.js';

function item(id: string, start: string, end: string, extra: Partial<Item> = {}): Item {
  return {
    id,
    kind: 'project',
    title: id,
    parentId: null,
    laneId: null,
    start,
    end,
    status: 'not-started',
    progress: 0,
    ownerId: null,
    goalIds: [],
    tags: [],
    order: 'a0',
    notes: '',
    ...extra,
  };
}

const milestone = (id: string, date: string, title = id) => item(id, date, date, { kind: 'milestone', title });

function baseline(dates: Baseline['dates']): Baseline {
  return { id: 'baseline:q3', name: 'Q3 plan', createdAt: '2026-06-30T12:00:00.000Z', source: { kind: 'now' }, dates };
}

function board(): { doc: Y.Doc; a: string; m: string } {
  const doc = new Y.Doc();
  migrateBoard(doc);
  const a = createItem(doc, { title: 'Data platform', start: '2026-03-02', end: '2026-03-27' });
  const m = createItem(doc, { title: 'Go-live', kind: 'milestone', start: '2026-04-01' });
  return { doc, a, m };
}

const liveItems = (doc: Y.Doc) => [...readBoard(doc).items.values()];

describe('itemVariance', () => {
  const plan = baseline({ 'item:a': { start: '2026-03-02', end: '2026-03-27' } });
  it.each([
    ['unchanged', '2026-03-02', '2026-03-27', { startDays: 0, endDays: 0 }],
    ['moved 5 days later', '2026-03-07', '2026-04-01', { startDays: 5, endDays: 5 }],
    ['moved 3 days earlier', '2026-02-27', '2026-03-24', { startDays: -3, endDays: -3 }],
    ['only the end pushed, across a month', '2026-03-02', '2026-04-10', { startDays: 0, endDays: 14 }],
    ['started early and finished late', '2026-02-23', '2026-03-30', { startDays: -7, endDays: 3 }],
  ])('%s', (_, start, end, expected) => {
    expect(itemVariance(item('item:a', start, end), plan)).toEqual(expected);
  });

  it('counts calendar days across a leap day and a year end', () => {
    const dates = { 'item:a': { start: '2028-02-27', end: '2028-12-30' } };
    expect(itemVariance(item('item:a', '2028-03-01', '2029-01-02'), baseline(dates))).toEqual({
      startDays: 3,
      endDays: 3,
    });
  });

  it('is null for an item added after the baseline, and for ids inherited from Object', () => {
    expect(itemVariance(item('item:new', '2026-03-02', '2026-03-03'), plan)).toBeNull();
    expect(itemVariance(item('constructor', '2026-03-02', '2026-03-03'), plan)).toBeNull();
  });
});

describe('slippedMilestones', () => {
  const plan = baseline({
    'item:gate': { start: '2026-04-01', end: '2026-04-01' },
    'item:launch': { start: '2026-05-04', end: '2026-05-04' },
    'item:audit': { start: '2026-05-10', end: '2026-05-10' },
    'item:early': { start: '2026-06-01', end: '2026-06-01' },
    'item:same': { start: '2026-06-15', end: '2026-06-15' },
    'item:work': { start: '2026-03-01', end: '2026-03-20' },
  });
  const items = [
    milestone('item:gate', '2026-04-03', 'Gate 2'),
    milestone('item:launch', '2026-05-14', 'Launch'),
    milestone('item:audit', '2026-05-12', 'Audit'),
    milestone('item:early', '2026-05-28', 'Early bird'),
    milestone('item:same', '2026-06-15', 'On time'),
    milestone('item:added', '2026-07-01', 'Added later'),
    item('item:work', '2026-04-01', '2026-04-30'),
  ];

  it('lists milestones later than the baseline, furthest slipped first, with their days', () => {
    expect(slippedMilestones(items, plan)).toEqual([
      { itemId: 'item:launch', title: 'Launch', baselineEnd: '2026-05-04', end: '2026-05-14', slipDays: 10 },
      { itemId: 'item:gate', title: 'Gate 2', baselineEnd: '2026-04-01', end: '2026-04-03', slipDays: 2 },
      { itemId: 'item:audit', title: 'Audit', baselineEnd: '2026-05-10', end: '2026-05-12', slipDays: 2 },
    ]);
  });

  it('leaves out early, on-time and new milestones, and items that are not milestones', () => {
    const ids = slippedMilestones(items, plan).map((s) => s.itemId);
    for (const left of ['item:early', 'item:same', 'item:added', 'item:work']) expect(ids).not.toContain(left);
  });

  it('breaks a tie in slip by date, then by title', () => {
    const tie = baseline({
      'item:b': { start: '2026-01-01', end: '2026-01-01' },
      'item:a': { start: '2026-01-01', end: '2026-01-01' },
    });
    const slipped = slippedMilestones(
      [milestone('item:b', '2026-01-04', 'B'), milestone('item:a', '2026-01-04', 'A')],
      tie,
    );
    expect(slipped.map((s) => s.title)).toEqual(['A', 'B']);
  });

  it('is empty for an empty baseline', () => {
    expect(slippedMilestones(items, baseline({}))).toEqual([]);
  });
});

describe('baselines on a board', () => {
  it('sets a baseline from now, measures a move against it, and lists the slipped milestone', () => {
    const { doc, a, m } = board();
    const id = createBaseline(doc, { name: 'Q3 plan', source: { kind: 'now' }, dates: baselineDates(liveItems(doc)) });
    chooseBaseline(doc, id);
    moveItem(doc, a, { days: 5 });
    moveItem(doc, m, { days: 9 });
    const added = createItem(doc, { title: 'Added after', start: '2026-05-01' });
    const chosen = readBaselines(doc).baselines.find((b) => b.id === chosenBaselineId(doc)) as Baseline;
    const items = readBoard(doc).items;
    expect(itemVariance(items.get(a) as Item, chosen)).toEqual({ startDays: 5, endDays: 5 });
    expect(itemVariance(items.get(added) as Item, chosen)).toBeNull();
    expect(slippedMilestones([...items.values()], chosen)).toEqual([
      { itemId: m, title: 'Go-live', baselineEnd: '2026-04-01', end: '2026-04-10', slipDays: 9 },
    ]);
  });

  it('keeps a deleted item in the baseline; it simply has no live bar', () => {
    const { doc, a } = board();
    const id = createBaseline(doc, { name: 'Kick-off', source: { kind: 'now' }, dates: baselineDates(liveItems(doc)) });
    doc.getMap('items').delete(a);
    const [kept] = readBaselines(doc).baselines;
    expect(kept?.id).toBe(id);
    expect(kept?.dates[a]).toEqual({ start: '2026-03-02', end: '2026-03-27' });
  });

  it('writes a baseline in one transaction and lists baselines oldest first', () => {
    const { doc } = board();
    const dates = baselineDates(liveItems(doc));
    const events = countEvents(doc, () => {
      createBaseline(doc, { name: 'Later', source: { kind: 'now' }, dates, createdAt: '2026-07-01T00:00:00Z' });
    });
    expect(events.transactions).toBe(1);
    const source = { kind: 'version', versionId: 12, versionName: 'Before Q3 QBR' } as const;
    createBaseline(doc, { name: 'Earlier', source, dates, createdAt: '2026-06-01T00:00:00Z' });
    const { baselines, problems } = readBaselines(doc);
    expect(problems).toEqual([]);
    expect(baselines.map((b) => [b.name, b.source])).toEqual([
      ['Earlier', source],
      ['Later', { kind: 'now' }],
    ]);
  });

  it('chooses, renames and deletes; deleting the chosen one chooses none', () => {
    const { doc } = board();
    const dates = baselineDates(liveItems(doc));
    const first = createBaseline(doc, { name: 'First', source: { kind: 'now' }, dates });
    const second = createBaseline(doc, { name: 'Second', source: { kind: 'now' }, dates });
    expect(chosenBaselineId(doc)).toBeNull();
    chooseBaseline(doc, second);
    expect(chosenBaselineId(doc)).toBe(second);
    renameBaseline(doc, second, 'Signed-off plan');
    expect(
      readBaselines(doc)
        .baselines.map((b) => b.name)
        .sort(),
    ).toEqual(['First', 'Signed-off plan']);
    deleteBaseline(doc, first);
    expect(chosenBaselineId(doc)).toBe(second);
    deleteBaseline(doc, second);
    expect(chosenBaselineId(doc)).toBeNull();
    expect(readBaselines(doc)).toEqual({ baselines: [], problems: [] });
    chooseBaseline(doc, null);
    expect(metaMap(doc).get('baselineId')).toBeNull();
  });

  it.each([
    ['an empty name', { name: ' ' }, 'name must not be empty'],
    [
      'a date that is not a date',
      { dates: { 'item:x': { start: '2026-02-30', end: '2026-03-01' } } },
      'dates has item:x',
    ],
    [
      'an end before its start',
      { dates: { 'item:x': { start: '2026-03-02', end: '2026-03-01' } } },
      'before its start',
    ],
    ['a key that is not an item id', { dates: { 'lane:x': { start: '2026-03-02', end: '2026-03-02' } } }, 'lane:x'],
    ['an unknown source', { source: { kind: 'yesterday' } }, "source must have kind 'now' or 'version'"],
    ['a version without an id', { source: { kind: 'version', versionName: null } }, 'versionId'],
  ])('refuses %s, saying where, and writes nothing', (_, patch, reason) => {
    const { doc } = board();
    const input = { name: 'Plan', source: { kind: 'now' }, dates: {}, ...patch } as Parameters<
      typeof createBaseline
    >[1];
    const events = countEvents(doc, () => {
      expect(() => createBaseline(doc, input)).toThrow(ValidationError);
    });
    expect(events.updates).toBe(0);
    try {
      createBaseline(doc, input);
    } catch (err) {
      expect((err as ValidationError).message).toContain(reason);
    }
  });

  it('refuses to choose, rename or delete a baseline that does not exist', () => {
    const { doc } = board();
    expect(() => chooseBaseline(doc, 'baseline:gone')).toThrow('baselines baseline:gone: does not exist');
    expect(() => renameBaseline(doc, 'baseline:gone', 'x')).toThrow('does not exist');
    expect(() => deleteBaseline(doc, 'baseline:gone')).toThrow('does not exist');
    expect(metaMap(doc).has('baselineId')).toBe(false);
  });
});

describe('reading baselines leniently', () => {
  it('sets a broken baseline aside with every reason and keeps the good ones', () => {
    const { doc } = board();
    const good = createBaseline(doc, { name: 'Good', source: { kind: 'now' }, dates: {} });
    putRaw(doc, 'baselines', 'baseline:bad', { name: 'Bad', createdAt: 'soon', source: { kind: 'now' }, dates: [] });
    const { baselines, problems } = readBaselines(doc);
    expect(baselines.map((b) => b.id)).toEqual([good]);
    expect(problems.map((p) => `${p.id} ${p.field}: ${p.reason}`)).toEqual([
      'baseline:bad createdAt: must be a timestamp',
      'baseline:bad dates: must be an object of item ids to { start, end }',
    ]);
  });

  it('reports a chosen baseline that is missing or broken, and chooses none', () => {
    const { doc } = board();
    putRaw(doc, 'baselines', 'baseline:bad', { name: 'Bad', createdAt: '2026-01-01T00:00:00Z', source: {}, dates: {} });
    metaMap(doc).set('baselineId', 'baseline:bad');
    expect(chosenBaselineId(doc)).toBeNull();
    expect(readBaselines(doc).problems.map((p) => `${p.collection} ${p.field}: ${p.reason}`)).toContain(
      'meta baselineId: points at a baseline that needs attention',
    );
    metaMap(doc).set('baselineId', 'baseline:gone');
    expect(chosenBaselineId(doc)).toBeNull();
    expect(readBaselines(doc).problems.at(-1)?.reason).toBe('points at a baseline that does not exist');
  });
});
