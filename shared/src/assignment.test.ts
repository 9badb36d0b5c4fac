import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assignmentCounts, assignPerson, readAssignment, unassign, updateAssignment } from './assignment.js';
import { readBoard } from './board.js';
import { collection } from './doc.js';
import { createItem } from './item.js';
import { createPerson } from './person.js';
import { putRaw } from './testkit.js';

function setup() {
  const doc = new Y.Doc();
  const item = createItem(doc, { title: 'CRM migration', start: '2026-04-06' });
  const person = createPerson(doc, { name: 'Lars', role: 'Backend developer' });
  return { doc, item, person };
}

describe('assignPerson', () => {
  it('staffs a person on an item for some hours a week', () => {
    const { doc, item, person } = setup();
    const id = assignPerson(doc, { itemId: item, personId: person, hoursPerWeek: 16 });
    expect(id).toMatch(/^asg:/);
    expect(readBoard(doc).assignments).toEqual([
      { id, itemId: item, personId: person, role: '', hoursPerWeek: 16, percent: null },
    ]);
  });

  it('records unstaffed demand as a role with no person', () => {
    const { doc, item } = setup();
    const id = assignPerson(doc, { itemId: item, role: 'Integration developer', hoursPerWeek: 20 });
    expect(readBoard(doc).assignments).toEqual([
      { id, itemId: item, personId: null, role: 'Integration developer', hoursPerWeek: 20, percent: null },
    ]);
  });

  it.each([
    ['a missing item', { itemId: 'item:ghost', hoursPerWeek: 8 }, 'itemId points at an item that does not exist'],
    [
      'a missing person',
      { personId: 'person:ghost', hoursPerWeek: 8 },
      'personId points at a person that does not exist',
    ],
    ['zero hours', { hoursPerWeek: 0 }, 'hoursPerWeek must be between 0.5 and 168'],
    ['more hours than a week has', { hoursPerWeek: 169 }, 'hoursPerWeek must be between 0.5 and 168'],
    ['no hours and no percent', { hoursPerWeek: undefined }, 'hoursPerWeek or percent is needed'],
    ['both hours and percent', { percent: 50 }, 'percent cannot be set together with hoursPerWeek'],
    ['a percent over 200', { hoursPerWeek: undefined, percent: 250 }, 'percent must be between 1 and 200'],
  ])('refuses %s and writes nothing', (_what, patch, message) => {
    const { doc, item, person } = setup();
    const before = Y.encodeStateVector(doc);
    const base: Record<string, unknown> = { itemId: item, personId: person, hoursPerWeek: 8 };
    expect(() => assignPerson(doc, { ...base, ...patch } as never)).toThrow(message);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe('percent of capacity', () => {
  it('staffs a person for half their week, and role demand for half a full-time week', () => {
    const { doc, item, person } = setup();
    const staffed = assignPerson(doc, { itemId: item, personId: person, percent: 50 });
    const demand = assignPerson(doc, { itemId: item, role: 'Backend developer', percent: 50 });
    const byId = new Map(readBoard(doc).assignments.map((a) => [a.id, a]));
    expect(byId.get(staffed)).toMatchObject({ percent: 50, hoursPerWeek: null });
    expect(byId.get(demand)).toMatchObject({ percent: 50, personId: null, role: 'Backend developer' });
  });
});

describe('updateAssignment and unassign', () => {
  it('restaffs and changes hours, checking references', () => {
    const { doc, item, person } = setup();
    const id = assignPerson(doc, { itemId: item, role: 'Backend developer', hoursPerWeek: 20 });
    updateAssignment(doc, id, { personId: person, hoursPerWeek: 24 });
    expect(readBoard(doc).assignments[0]).toMatchObject({
      personId: person,
      hoursPerWeek: 24,
      role: 'Backend developer',
    });
    expect(() => updateAssignment(doc, id, { itemId: 'item:ghost' })).toThrow('does not exist');
    expect(readBoard(doc).assignments[0]?.itemId).toBe(item);
  });

  it('unassigns', () => {
    const { doc, item, person } = setup();
    const id = assignPerson(doc, { itemId: item, personId: person, hoursPerWeek: 8 });
    unassign(doc, id);
    expect(collection(doc, 'assignments').size).toBe(0);
  });
});

describe('readAssignment', () => {
  it('reports a missing item reference and bad hours', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'assignments', 'asg:x', { personId: 'person:a', hoursPerWeek: -1 });
    const read = readAssignment('asg:x', collection(doc, 'assignments').get('asg:x'));
    expect(read.record).toBeNull();
    expect(read.problems.map((p) => `${p.field} ${p.reason}`)).toEqual([
      'itemId is missing',
      'hoursPerWeek must be between 0.5 and 168',
    ]);
  });
});

describe('assignmentCounts', () => {
  const items = new Set(['item:1']);
  const people = new Set(['person:1']);
  it.each([
    ['staffed, both exist', { itemId: 'item:1', personId: 'person:1' }, true],
    ['unstaffed demand', { itemId: 'item:1', personId: null }, true],
    ['item gone', { itemId: 'item:2', personId: 'person:1' }, false],
    ['person gone', { itemId: 'item:1', personId: 'person:2' }, false],
  ])('%s', (_what, a, counts) => {
    expect(assignmentCounts(a, items, people)).toBe(counts);
  });
});
