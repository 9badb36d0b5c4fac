import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assignPerson, unassign, updateAssignment } from './assignment.js';
import { readBoard } from './board.js';
import { linkItems, unlink, updateDependency } from './dependency.js';
import { COLLECTIONS, collection, LOCAL_ORIGIN } from './doc.js';
import { createItem, deleteItems, moveItems, resizeItem, updateItem } from './item.js';
import { createLane, deleteLane, renameLane, reorderLane } from './lane.js';
import { setMeta } from './meta.js';
import { createPerson, deletePerson, updatePerson } from './person.js';
import { ValidationError } from './problems.js';
import { createTeam, deleteTeam, renameTeam } from './team.js';
import { countEvents, send } from './testkit.js';

/** A small board with something of everything, and ten items in lane A. */
function board() {
  const doc = new Y.Doc();
  const team = createTeam(doc, { name: 'Platform' });
  const person = createPerson(doc, { name: 'Astrid', teamId: team });
  const laneA = createLane(doc, { title: 'A' });
  const laneB = createLane(doc, { title: 'B' });
  const items = Array.from({ length: 10 }, (_, i) =>
    createItem(doc, { title: `Item ${i}`, start: '2026-01-05', laneId: laneA, ownerId: person }),
  );
  const [first, second] = items as [string, string];
  const dep = linkItems(doc, { from: first, to: second });
  const asg = assignPerson(doc, { itemId: first, personId: person, hoursPerWeek: 8 });
  return { doc, team, person, laneA, laneB, items, first, second, dep, asg };
}
type Board = ReturnType<typeof board>;

const WRITES: Array<[string, (b: Board) => void]> = [
  ['createItem', (b) => createItem(b.doc, { title: 'New', start: '2026-02-02', laneId: b.laneB })],
  ['updateItem', (b) => updateItem(b.doc, b.first, { title: 'Renamed', notes: 'Some notes', progress: 50 })],
  ['moveItems of ten items', (b) => moveItems(b.doc, b.items, { days: 7 })],
  ['moveItems of ten items to another lane', (b) => moveItems(b.doc, b.items, { days: -3, laneId: b.laneB })],
  ['resizeItem', (b) => resizeItem(b.doc, b.first, { end: '2026-03-01' })],
  ['deleteItems with links and staffing', (b) => deleteItems(b.doc, b.items.slice(0, 5))],
  ['createLane', (b) => createLane(b.doc, { title: 'C', index: 1 })],
  ['renameLane', (b) => renameLane(b.doc, b.laneA, 'Apps')],
  ['reorderLane', (b) => reorderLane(b.doc, b.laneB, 0)],
  ['deleteLane holding items', (b) => deleteLane(b.doc, b.laneA)],
  ['linkItems', (b) => linkItems(b.doc, { from: b.second, to: b.items[2] as string, type: 'SS' })],
  ['updateDependency', (b) => updateDependency(b.doc, b.dep, { lagDays: 2 })],
  ['unlink', (b) => unlink(b.doc, b.dep)],
  ['createPerson', (b) => createPerson(b.doc, { name: 'Erik' })],
  ['updatePerson', (b) => updatePerson(b.doc, b.person, { capacityHoursPerWeek: 32, teamId: null })],
  ['deletePerson who owns and is staffed', (b) => deletePerson(b.doc, b.person)],
  ['assignPerson', (b) => assignPerson(b.doc, { itemId: b.second, role: 'Tester', hoursPerWeek: 4 })],
  ['updateAssignment', (b) => updateAssignment(b.doc, b.asg, { hoursPerWeek: 16 })],
  ['unassign', (b) => unassign(b.doc, b.asg)],
  ['createTeam', (b) => createTeam(b.doc, { name: 'Data' })],
  ['renameTeam', (b) => renameTeam(b.doc, b.team, 'Infra')],
  ['deleteTeam with people', (b) => deleteTeam(b.doc, b.team)],
  ['setMeta', (b) => setMeta(b.doc, { name: 'Renamed board', weekStartsOn: 0 })],
];

describe('every write function', () => {
  it.each(WRITES)('%s is one transaction, one update, with LOCAL_ORIGIN', (_name, write) => {
    const b = board();
    const before = Y.encodeStateAsUpdate(b.doc);
    const events = countEvents(b.doc, () => write(b));
    expect(events).toEqual({ transactions: 1, updates: 1, origins: [LOCAL_ORIGIN] });
    expect(Y.encodeStateAsUpdate(b.doc)).not.toEqual(before);
    expect(readBoard(b.doc).problems).toEqual([]);
  });
});

/** [what, the refused write, an allowed write that sets the scene first] */
const REFUSED: Array<[string, (b: Board) => void, ((b: Board) => void)?]> = [
  [
    'createItem with an end before its start',
    (b) => createItem(b.doc, { title: 'x', start: '2026-02-02', end: '2026-02-01' }),
  ],
  [
    'updateItem making a parent loop',
    (b) => updateItem(b.doc, b.first, { parentId: b.second }),
    (b) => updateItem(b.doc, b.second, { parentId: b.first }),
  ],
  ['moveItems with one unknown id among ten', (b) => moveItems(b.doc, [...b.items, 'item:ghost'], { days: 1 })],
  ['moveItems to a missing lane', (b) => moveItems(b.doc, b.items, { days: 0, laneId: 'lane:ghost' })],
  ['moveItems by half a day', (b) => moveItems(b.doc, b.items, { days: 0.5 })],
  ['resizeItem past its start', (b) => resizeItem(b.doc, b.first, { end: '2025-12-31' })],
  ['createLane without a title', (b) => createLane(b.doc, { title: '' })],
  ['renameLane of a missing lane', (b) => renameLane(b.doc, 'lane:ghost', 'x')],
  ['deleteLane of the last lane holding items', (b) => deleteLane(b.doc, b.laneA), (b) => deleteLane(b.doc, b.laneB)],
  ['linkItems twice', (b) => linkItems(b.doc, { from: b.first, to: b.second })],
  ['updateDependency with a huge lag', (b) => updateDependency(b.doc, b.dep, { lagDays: 99_999 })],
  ['createPerson in a missing team', (b) => createPerson(b.doc, { name: 'x', teamId: 'team:ghost' })],
  ['updatePerson with a bad colour', (b) => updatePerson(b.doc, b.person, { color: 'blue' })],
  ['assignPerson with no hours', (b) => assignPerson(b.doc, { itemId: b.first, hoursPerWeek: 0 })],
  ['updateAssignment to a missing person', (b) => updateAssignment(b.doc, b.asg, { personId: 'person:ghost' })],
  ['renameTeam to nothing', (b) => renameTeam(b.doc, b.team, ' ')],
  ['setMeta with a bad month', (b) => setMeta(b.doc, { fiscalYearStartMonth: 13 })],
];

describe('a refused write', () => {
  it.each(REFUSED)('%s throws a ValidationError and changes nothing', (_name, write, prepare) => {
    const b = board();
    prepare?.(b);
    const vector = Y.encodeStateVector(b.doc);
    const state = Y.encodeStateAsUpdate(b.doc);
    let caught: unknown;
    const events = countEvents(b.doc, () => {
      try {
        write(b);
      } catch (err) {
        caught = err;
      }
    });
    expect(caught).toBeInstanceOf(ValidationError);
    expect(events.updates).toBe(0);
    expect(Y.encodeStateVector(b.doc)).toEqual(vector);
    expect(Y.encodeStateAsUpdate(b.doc)).toEqual(state);
    expect(readBoard(b.doc).problems).toEqual([]);
  });
});

describe('undo', () => {
  function undoable(b: Board) {
    const scope = COLLECTIONS.map((name) => collection(b.doc, name));
    return new Y.UndoManager(scope, { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
  }

  it('undoes a ten-item move to another lane in one step, and redoes it', () => {
    const b = board();
    const undo = undoable(b);
    const before = readBoard(b.doc).items;
    moveItems(b.doc, b.items, { days: 14, laneId: b.laneB });
    const after = readBoard(b.doc).items;
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readBoard(b.doc).items).toEqual(before);
    undo.redo();
    expect(readBoard(b.doc).items).toEqual(after);
  });

  it('undoes separate writes separately, and a delete with its cascade in one step', () => {
    const b = board();
    const undo = undoable(b);
    updateItem(b.doc, b.first, { title: 'One' });
    deleteItems(b.doc, [b.first]);
    expect(undo.undoStack).toHaveLength(2);
    undo.undo();
    const restored = readBoard(b.doc);
    expect(restored.items.get(b.first)?.title).toBe('One');
    expect(restored.deps.map((d) => d.id)).toEqual([b.dep]);
    expect(restored.assignments.map((a) => a.id)).toEqual([b.asg]);
  });

  it('does not undo what other people did', () => {
    const b = board();
    const other = new Y.Doc();
    send(b.doc, other);
    const undo = undoable(b);
    renameLane(b.doc, b.laneA, 'Mine');
    renameLane(other, b.laneB, 'Theirs');
    send(other, b.doc);
    undo.undo();
    expect(readBoard(b.doc).lanes.map((l) => l.title)).toEqual(['A', 'Theirs']);
    expect(undo.undoStack).toHaveLength(0);
  });
});
