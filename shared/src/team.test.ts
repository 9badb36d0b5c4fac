import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from './board.js';
import { collection } from './doc.js';
import { createPerson } from './person.js';
import { createTeam, deleteTeam, readTeam, renameTeam, reorderTeam } from './team.js';
import { putRaw } from './testkit.js';

describe('teams', () => {
  it('are listed in creation order', () => {
    const doc = new Y.Doc();
    const ids = ['Platform', 'Data', 'Delivery'].map((name) => createTeam(doc, { name }));
    expect(ids.every((id) => id.startsWith('team:'))).toBe(true);
    expect(readBoard(doc).teams.map((t) => t.name)).toEqual(['Platform', 'Data', 'Delivery']);
  });

  it('are appended after teams with a missing or malformed order key', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'teams', 'team:old', { name: 'Old' });
    putRaw(doc, 'teams', 'team:bad', { name: 'Bad', order: 'not a key' });
    createTeam(doc, { name: 'New' });
    expect(readBoard(doc).teams.map((t) => t.name)).toEqual(['Old', 'New']);
  });

  it('are renamed, and refuse an empty name', () => {
    const doc = new Y.Doc();
    const id = createTeam(doc, { name: 'Data' });
    renameTeam(doc, id, 'Data & AI');
    expect(readTeam(id, collection(doc, 'teams').get(id)).record?.name).toBe('Data & AI');
    expect(() => renameTeam(doc, id, '')).toThrow('must not be empty');
    expect(() => createTeam(doc, { name: ' ' })).toThrow('must not be empty');
  });

  it('when deleted leave their people on the board without a team', () => {
    const doc = new Y.Doc();
    const team = createTeam(doc, { name: 'Platform' });
    const other = createTeam(doc, { name: 'Data' });
    const a = createPerson(doc, { name: 'Astrid', teamId: team });
    const b = createPerson(doc, { name: 'Erik', teamId: other });
    deleteTeam(doc, team);
    const board = readBoard(doc);
    expect(board.problems).toEqual([]);
    expect(board.teams.map((t) => t.id)).toEqual([other]);
    expect(board.people.find((p) => p.id === a)?.teamId).toBeNull();
    expect(board.people.find((p) => p.id === b)?.teamId).toBe(other);
  });
});

describe('reorderTeam', () => {
  it('moves a team to a place among the others in one step', () => {
    const doc = new Y.Doc();
    const a = createTeam(doc, { name: 'Platform' });
    const b = createTeam(doc, { name: 'Data' });
    const c = createTeam(doc, { name: 'Delivery' });
    reorderTeam(doc, c, 0);
    expect(readBoard(doc).teams.map((t) => t.id)).toEqual([c, a, b]);
    reorderTeam(doc, c, 2);
    expect(readBoard(doc).teams.map((t) => t.id)).toEqual([a, b, c]);
  });
});
