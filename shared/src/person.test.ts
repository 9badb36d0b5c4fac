import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assignPerson } from './assignment.js';
import { readBoard } from './board.js';
import { collection } from './doc.js';
import { createItem } from './item.js';
import { createPerson, deletePerson, type Person, readPerson, updatePerson, withExistingTeam } from './person.js';
import { createTeam } from './team.js';
import { putRaw } from './testkit.js';

function person(doc: Y.Doc, id: string): Person {
  const { record, problems } = readPerson(id, collection(doc, 'people').get(id));
  if (!record) throw new Error(`person ${id} unreadable: ${JSON.stringify(problems)}`);
  return record;
}

describe('createPerson', () => {
  it('fills role, team, a 40-hour week, a colour and no time off by default', () => {
    const doc = new Y.Doc();
    const id = createPerson(doc, { name: 'Astrid Lindqvist' });
    expect(id).toMatch(/^person:/);
    expect(person(doc, id)).toEqual({
      id,
      name: 'Astrid Lindqvist',
      role: '',
      teamId: null,
      capacityHoursPerWeek: 40,
      color: '#5b6b8c',
      timeOff: [],
    });
  });

  it('keeps time off and refuses periods that end before they start', () => {
    const doc = new Y.Doc();
    const id = createPerson(doc, { name: 'Freja', timeOff: [{ start: '2026-07-06', end: '2026-07-24' }] });
    expect(person(doc, id)?.timeOff).toEqual([{ start: '2026-07-06', end: '2026-07-24' }]);
    expect(() => updatePerson(doc, id, { timeOff: [{ start: '2026-07-24', end: '2026-07-06' }] })).toThrow(
      /end before it starts/,
    );
    expect(() => updatePerson(doc, id, { timeOff: [{ start: 'July', end: '2026-07-06' }] as never })).toThrow(
      /dates like/,
    );
  });

  it('keeps a team that exists', () => {
    const doc = new Y.Doc();
    const team = createTeam(doc, { name: 'Platform' });
    const id = createPerson(doc, { name: 'Mikkel', teamId: team, capacityHoursPerWeek: 32, color: '#0F9D8A' });
    expect(person(doc, id)).toMatchObject({ teamId: team, capacityHoursPerWeek: 32, color: '#0F9D8A' });
  });

  it.each([
    [{ name: '' }, 'name must not be empty'],
    [{ name: 'x', color: 'red' }, 'color must be a colour like #3366cc'],
    [{ name: 'x', capacityHoursPerWeek: 0 }, 'capacityHoursPerWeek must be between 0.5 and 168'],
    [{ name: 'x', capacityHoursPerWeek: 169 }, 'capacityHoursPerWeek must be between 0.5 and 168'],
    [{ name: 'x', teamId: 'team:ghost' }, 'teamId points at a team that does not exist'],
    [{ name: 'x', teamId: 'lane:wrong' }, 'teamId must be a team id'],
  ])('refuses %j and writes nothing', (input, message) => {
    const doc = new Y.Doc();
    const before = Y.encodeStateVector(doc);
    expect(() => createPerson(doc, input)).toThrow(message);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe('updatePerson', () => {
  it('changes the given fields and checks the team', () => {
    const doc = new Y.Doc();
    const team = createTeam(doc, { name: 'Data' });
    const id = createPerson(doc, { name: 'Erik', role: 'Data engineer' });
    updatePerson(doc, id, { teamId: team, capacityHoursPerWeek: 20 });
    expect(person(doc, id)).toMatchObject({
      name: 'Erik',
      role: 'Data engineer',
      teamId: team,
      capacityHoursPerWeek: 20,
    });
    expect(() => updatePerson(doc, id, { teamId: 'team:ghost' })).toThrow('points at a team that does not exist');
    expect(person(doc, id).teamId).toBe(team);
    updatePerson(doc, id, { teamId: null });
    expect(person(doc, id).teamId).toBeNull();
  });
});

describe('deletePerson', () => {
  it('keeps their items without an owner and turns their assignments into unstaffed demand', () => {
    const doc = new Y.Doc();
    const gone = createPerson(doc, { name: 'Sam' });
    const stays = createPerson(doc, { name: 'Ingrid' });
    const owned = createItem(doc, { title: 'CRM', start: '2026-01-05', ownerId: gone });
    const other = createItem(doc, { title: 'Web', start: '2026-01-05', ownerId: stays });
    const asg = assignPerson(doc, { itemId: owned, personId: gone, hoursPerWeek: 12, role: 'PM' });
    const kept = assignPerson(doc, { itemId: owned, personId: stays, hoursPerWeek: 4 });
    const unnamed = assignPerson(doc, { itemId: other, personId: gone, percent: 20 });
    updatePerson(doc, gone, { role: 'Project manager' });
    deletePerson(doc, gone);
    const board = readBoard(doc);
    expect(board.problems).toEqual([]);
    expect(board.people.map((p) => p.id)).toEqual([stays]);
    expect(board.items.get(owned)?.ownerId).toBeNull();
    expect(board.items.get(other)?.ownerId).toBe(stays);
    expect(board.assignments.find((a) => a.id === asg)).toMatchObject({ personId: null, hoursPerWeek: 12, role: 'PM' });
    expect(board.assignments.find((a) => a.id === kept)?.personId).toBe(stays);
    // demand that named no role asks for what the person was
    expect(board.assignments.find((a) => a.id === unnamed)).toMatchObject({ personId: null, role: 'Project manager' });
  });
});

describe('readPerson', () => {
  it('reports each bad field of a stored person', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'people', 'person:x', { name: 'X', color: '#12345', capacityHoursPerWeek: 'lots' });
    const read = readPerson('person:x', collection(doc, 'people').get('person:x'));
    expect(read.record).toBeNull();
    expect(read.problems).toEqual([
      { collection: 'people', id: 'person:x', field: 'capacityHoursPerWeek', reason: 'must be a number' },
      { collection: 'people', id: 'person:x', field: 'color', reason: 'must be a colour like #3366cc' },
    ]);
  });
});

describe('withExistingTeam', () => {
  it('keeps a person whose team exists, and gives a copy with no team otherwise', () => {
    const ada = { id: 'person:a', teamId: 'team:gone' };
    const bo = { id: 'person:b', teamId: 'team:ok' };
    const teams = new Set(['team:ok']);
    expect(withExistingTeam(bo, teams)).toBe(bo);
    expect(withExistingTeam({ ...bo, teamId: null }, teams).teamId).toBeNull();
    expect(withExistingTeam(ada, teams)).toEqual({ id: 'person:a', teamId: null });
    expect(ada.teamId).toBe('team:gone');
  });
});
