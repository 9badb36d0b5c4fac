import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from './board.js';
import { exportBoard } from './boardJson.js';
import { addDeliverable } from './deliverable.js';
import { COLLECTIONS, collection, LOCAL_ORIGIN } from './doc.js';
import { createItem, deleteItem, updateItem } from './item.js';
import { createKickoff, deleteKickoff, PROJECT_KICKOFF_AGENDA, setSponsor, updateKickoff } from './kickoff.js';
import { kickoffSetup, stateOf, viewOf } from './kickoffTestkit.js';
import { createKpi } from './kpi.js';
import { addObjective } from './objective.js';
import { deletePerson } from './person.js';
import { setRaci } from './raci.js';
import { createRisk } from './risk.js';
import { addScopeEntry } from './scope.js';
import { addStakeholder } from './stakeholder.js';
import { countEvents, replica, send } from './testkit.js';

describe('createKickoff', () => {
  it('opens an empty kickoff for a project, its id following from the item', () => {
    const { doc, project, kickoff } = kickoffSetup();
    expect(kickoff).toBe(`kickoff:${project.slice('item:'.length)}`);
    expect(viewOf(doc, kickoff).kickoff).toEqual({
      id: kickoff,
      itemId: project,
      purpose: '',
      sponsor: null,
      budgetOwner: null,
      assumptions: '',
      constraints: '',
      agenda: [],
    });
  });

  it('returns the kickoff an item has, writing nothing', () => {
    const { doc, project, kickoff } = kickoffSetup();
    const events = countEvents(doc, () => expect(createKickoff(doc, project)).toBe(kickoff));
    expect(events.transactions).toBe(0);
  });

  it('starts from the project kickoff template with its time-boxed agenda', () => {
    const { doc, lane } = kickoffSetup();
    const program = createItem(doc, {
      title: 'Finance transformation',
      kind: 'program',
      start: '2026-01-05',
      laneId: lane,
    });
    const id = createKickoff(doc, program, { template: 'project-kickoff' });
    const { agenda } = viewOf(doc, id).kickoff;
    expect(agenda.map((s) => s.title)).toEqual([
      'Introductions',
      'Objectives',
      'Scope',
      'Roles and responsibilities (RACI)',
      'Timeline and milestones',
      'Risks',
      'Next steps',
    ]);
    expect(agenda.every((s) => Number.isInteger(s.minutes) && s.minutes > 0)).toBe(true);
    expect(agenda).toEqual(PROJECT_KICKOFF_AGENDA);
  });

  it.each([
    ['task', 'must be a project or program, not a task'],
    ['milestone', 'must be a project or program, not a milestone'],
    ['portfolio', 'must be a project or program, not a portfolio'],
  ] as const)('refuses a %s, writing nothing', (kind, reason) => {
    const { doc } = kickoffSetup();
    const item = createItem(doc, { title: 'Not a project', kind, start: '2026-03-02' });
    const before = stateOf(doc);
    expect(() => createKickoff(doc, item)).toThrow(reason);
    expect(() => createKickoff(doc, 'item:gone')).toThrow('itemId points at an item that does not exist');
    expect(stateOf(doc)).toEqual(before);
  });
});

describe('updateKickoff', () => {
  it('names a sponsor on the board and a budget owner outside it, and refuses a person who is not there', () => {
    const { doc, kickoff, anna } = kickoffSetup();
    setSponsor(doc, kickoff, { personId: anna });
    updateKickoff(doc, kickoff, { budgetOwner: { name: 'CFO office' }, purpose: 'Onboard in a week' });
    expect(viewOf(doc, kickoff).kickoff).toMatchObject({
      sponsor: { personId: anna },
      budgetOwner: { name: 'CFO office' },
      purpose: 'Onboard in a week',
    });
    const before = stateOf(doc);
    expect(() => setSponsor(doc, kickoff, { personId: 'person:gone' })).toThrow(
      'sponsor points at a person that does not exist',
    );
    expect(() => setSponsor(doc, kickoff, { name: ' ' })).toThrow('must have a name that is not empty');
    expect(() => updateKickoff(doc, kickoff, { agenda: [{ title: 'Coffee', minutes: 0 }] })).toThrow(
      'time box of 1 to 480 whole minutes',
    );
    expect(() => updateKickoff(doc, kickoff, { itemId: 'item:other' } as never)).toThrow('stays with its item');
    expect(stateOf(doc)).toEqual(before);
  });

  it('keeps a deleted sponsor named as someone outside the board', () => {
    const { doc, kickoff, bo } = kickoffSetup();
    setSponsor(doc, kickoff, { personId: bo });
    deletePerson(doc, bo);
    expect(viewOf(doc, kickoff).kickoff.sponsor).toEqual({ name: 'Bo Nielsen' });
  });
});

/** A kickoff with a record in every list, a KPI and a risk of its own, and a KPI of the project. */
function filled() {
  const setup = kickoffSetup();
  const { doc, kickoff, anna, project } = setup;
  addObjective(doc, kickoff, { text: 'Onboard in a week' });
  addScopeEntry(doc, kickoff, { text: 'Self-service portal' });
  const deliverable = addDeliverable(doc, kickoff, { title: 'Portal live', itemIds: [setup.build] });
  addStakeholder(doc, kickoff, { personId: anna });
  setRaci(doc, kickoff, deliverable, anna, 'A');
  createKpi(doc, { name: 'Onboarding days', target: 7, kickoffId: kickoff });
  createRisk(doc, { title: 'Vendor late', probability: 3, impact: 4, kickoffId: kickoff });
  const boardKpi = createKpi(doc, { name: 'NPS', target: 40, itemId: project });
  return { ...setup, deliverable, boardKpi };
}

const KICKOFF_LISTS = ['objectives', 'scope', 'deliverables', 'stakeholders', 'raci', 'kpis', 'risks'] as const;

describe('deleting a kickoff', () => {
  it('deletes everything in it in one update; a KPI only linked to the project stays', () => {
    const { doc, kickoff, boardKpi } = filled();
    const events = countEvents(doc, () => deleteKickoff(doc, kickoff));
    expect(events.updates).toBe(1);
    const board = readBoard(doc);
    expect(board.kickoffs.size).toBe(0);
    for (const list of KICKOFF_LISTS.filter((l) => l !== 'kpis')) expect(board[list]).toEqual([]);
    expect(board.kpis.map((k) => k.id)).toEqual([boardKpi]);
    expect(board.problems).toEqual([]);
  });

  it('happens with its project: deleting the item deletes its kickoff, and one undo brings all back', () => {
    const { doc, project, kickoff, boardKpi } = filled();
    const undo = new Y.UndoManager(
      COLLECTIONS.map((name) => collection(doc, name)),
      { trackedOrigins: new Set([LOCAL_ORIGIN]) },
    );
    const before = exportBoard(doc);
    deleteItem(doc, project);
    const board = readBoard(doc);
    expect(board.kickoffs.has(kickoff)).toBe(false);
    for (const list of KICKOFF_LISTS.filter((l) => l !== 'kpis')) expect(board[list]).toEqual([]);
    // a KPI of the project that the kickoff did not set stays, measuring nothing in particular
    expect(board.kpis).toEqual([expect.objectContaining({ id: boardKpi, itemId: null })]);
    expect(board.problems).toEqual([]);
    undo.undo();
    expect(exportBoard(doc)).toEqual(before);
  });
});

describe('an item with a kickoff', () => {
  it('stays a project or program', () => {
    const { doc, project } = kickoffSetup();
    expect(() => updateItem(doc, project, { kind: 'task' })).toThrow('cannot become a task while it has a kickoff');
    updateItem(doc, project, { kind: 'program' });
    expect(readBoard(doc).items.get(project)?.kind).toBe('program');
  });
});

describe('two people opening one kickoff at once', () => {
  it('share one kickoff, and what each adds is in it', () => {
    const { doc, project } = kickoffSetup();
    collection(doc, 'kickoffs').clear();
    const a = replica(doc);
    const b = replica(doc);
    const ka = createKickoff(a, project);
    addObjective(a, ka, { text: 'From A' });
    const kb = createKickoff(b, project);
    addScopeEntry(b, kb, { text: 'From B' });
    send(a, b);
    send(b, a);
    expect(ka).toBe(kb);
    for (const d of [a, b]) {
      const view = viewOf(d, ka);
      expect(view.objectives.map((o) => o.text)).toEqual(['From A']);
      expect(view.scopeIn.map((s) => s.text)).toEqual(['From B']);
      expect(readBoard(d).problems).toEqual([]);
    }
  });
});
