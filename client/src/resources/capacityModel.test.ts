import {
  assignPerson,
  collection,
  computeLoads,
  createItem,
  createPerson,
  createTeam,
  deleteItems,
  deletePerson,
  deleteTeam,
  loadWindow,
  moveItems,
  readBoard,
  unassign,
  updateAssignment,
  updateItem,
  updatePerson,
} from '@planroom/shared';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BoardStore } from '../core/boardStore';
import { CapacityModel } from './capacityModel';

// 2026-03-02 is a Monday.
const window = loadWindow('2026-03-02', 8);

function setup() {
  const doc = new Y.Doc();
  const platform = createTeam(doc, { name: 'Platform' });
  const data = createTeam(doc, { name: 'Data' });
  const astrid = createPerson(doc, { name: 'Astrid', teamId: platform });
  const erik = createPerson(doc, { name: 'Erik', teamId: data, capacityHoursPerWeek: 32 });
  const lake = createItem(doc, { title: 'Data lake', start: '2026-03-02', end: '2026-03-20' });
  const crm = createItem(doc, { title: 'CRM', start: '2026-03-16', end: '2026-04-10' });
  const a1 = assignPerson(doc, { itemId: lake, personId: astrid, hoursPerWeek: 24 });
  const a2 = assignPerson(doc, { itemId: crm, personId: erik, percent: 50 });
  const open = assignPerson(doc, { itemId: crm, personId: null, role: 'Integration developer', hoursPerWeek: 20 });
  const store = new BoardStore(doc);
  const model = new CapacityModel(store);
  model.setWindow(window);
  return { doc, store, model, platform, data, astrid, erik, lake, crm, a1, a2, open };
}

/** The model's numbers must be what a full computation from the lenient reader gives. */
function expectMatchesFullComputation(doc: Y.Doc, model: CapacityModel) {
  const full = computeLoads(readBoard(doc), window);
  for (const [id, load] of full.people) {
    expect([...(model.personRow(id)?.load?.load ?? [])], id).toEqual([...load.load]);
    expect([...(model.personRow(id)?.load?.capacity ?? [])], id).toEqual([...load.capacity]);
  }
  expect(model.getRows().filter((r) => r.kind === 'person').length).toBe(full.people.size);
  for (const [role, demand] of full.unstaffed) expect([...(model.roleRow(role)?.demand ?? [])]).toEqual([...demand]);
  expect([...full.unstaffed.keys()].sort()).toEqual(
    model
      .getRows()
      .flatMap((r) => (r.kind === 'role' ? [r.role] : []))
      .sort(),
  );
}

describe('CapacityModel', () => {
  it('computes weekly loads, role demand and team series', () => {
    const { doc, model, astrid, erik, platform } = setup();
    expect([...(model.personRow(astrid)?.load?.load ?? [])].slice(0, 4)).toEqual([24, 24, 24, 0]);
    expect([...(model.personRow(erik)?.load?.load ?? [])].slice(2, 7)).toEqual([16, 16, 16, 16, 0]);
    expect([...(model.roleRow('Integration developer')?.demand ?? [])].slice(2, 7)).toEqual([20, 20, 20, 20, 0]);
    expect([...(model.teamSeries(platform)?.capacity ?? [])].slice(0, 2)).toEqual([40, 40]);
    expect([...model.getUnstaffedTotal()].slice(2, 4)).toEqual([20, 20]);
    expect(model.getRows().map((r) => r.kind)).toEqual(['team', 'person', 'team', 'person', 'unstaffed', 'role']);
    expectMatchesFullComputation(doc, model);
  });

  it('recomputes only the people an edit touches, once per transaction', () => {
    const { doc, model, astrid, erik, lake } = setup();
    const before = { astrid: model.personRow(astrid), erik: model.personRow(erik) };
    const onChange = vi.fn();
    model.subscribe(onChange);
    moveItems(doc, [lake], { days: 7 });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(model.personRow(astrid)).not.toBe(before.astrid);
    expect(model.personRow(erik)).toBe(before.erik);
    expect([...(model.personRow(astrid)?.load?.load ?? [])].slice(0, 5)).toEqual([0, 24, 24, 24, 0]);
    expectMatchesFullComputation(doc, model);
  });

  it('leaves alone what no assignment depends on', () => {
    const { doc, model } = setup();
    const onChange = vi.fn();
    model.subscribe(onChange);
    const other = createItem(doc, { title: 'Nobody on it', start: '2026-03-02' });
    updateItem(doc, other, { status: 'at-risk' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('redraws a row whose item was renamed, without new numbers', () => {
    const { doc, model, astrid, erik, lake } = setup();
    const before = model.personRow(astrid);
    updateItem(doc, lake, { title: 'Lakehouse' });
    expect(model.personRow(astrid)?.look).toBe((before?.look ?? 0) + 1);
    expect(model.personRow(astrid)?.load).toBe(before?.load);
    expect(model.personRow(erik)?.look).toBe(0);
  });

  it('follows reassignment, unstaffing, capacity, time off and deletions', () => {
    const { doc, model, astrid, erik, a1, open, crm, lake } = setup();
    updateAssignment(doc, open, { personId: astrid });
    expectMatchesFullComputation(doc, model);
    expect(model.roleRow('Integration developer')).toBeUndefined();
    updateAssignment(doc, a1, { personId: erik });
    expectMatchesFullComputation(doc, model);
    updatePerson(doc, erik, { capacityHoursPerWeek: 20, timeOff: [{ start: '2026-03-09', end: '2026-03-13' }] });
    expectMatchesFullComputation(doc, model);
    expect(model.personRow(erik)?.load?.capacity[1]).toBe(0);
    deletePerson(doc, erik);
    expectMatchesFullComputation(doc, model);
    expect(model.personRow(erik)).toBeUndefined();
    expect(model.roleRow('')?.assignments.length).toBe(2);
    deleteItems(doc, [crm]);
    expectMatchesFullComputation(doc, model);
    unassign(doc, [...model.getBoard().assignments].find((a) => a.itemId === lake)?.id ?? '');
    expectMatchesFullComputation(doc, model);
  });

  it('moves people with their team and keeps a person whose team vanished under no team', () => {
    const { doc, model, platform, astrid } = setup();
    deleteTeam(doc, platform);
    expect(model.getRows()[0]).toMatchObject({ kind: 'team', teamId: expect.any(String) });
    expect(model.getRows().find((r) => r.kind === 'team' && r.teamId === null)).toMatchObject({
      memberIds: [astrid],
    });
    // a concurrent move into a deleted team leaves a dangling team id
    collection(doc, 'people').get(astrid)?.set('teamId', 'team:gone');
    expect(model.personRow(astrid)?.person.teamId).toBeNull();
    expect(model.teamSeries(null)?.capacity[0]).toBe(40);
  });

  it('leaves bad records out of the totals', () => {
    const { doc, model, astrid, lake } = setup();
    const raw = (fields: Record<string, unknown>) =>
      doc.transact(() => {
        const entry = new Y.Map<unknown>();
        collection(doc, 'assignments').set(`asg:bad${Math.random().toString(36).slice(2, 8)}`, entry);
        for (const [k, v] of Object.entries(fields)) entry.set(k, v);
      });
    raw({ itemId: lake, personId: astrid, role: '', hoursPerWeek: -8, percent: null });
    raw({ itemId: 'item:deleted', personId: astrid, role: '', hoursPerWeek: 8, percent: null });
    raw({ itemId: lake, personId: 'person:deleted', role: '', hoursPerWeek: 8, percent: null });
    expect([...(model.personRow(astrid)?.load?.load ?? [])].slice(0, 3)).toEqual([24, 24, 24]);
    expect(readBoard(doc).problems.filter((p) => p.collection === 'assignments')).toHaveLength(3);
    expectMatchesFullComputation(doc, model);
  });

  it('recomputes everything for a new window, nothing for the same one', () => {
    const { model, astrid } = setup();
    const onChange = vi.fn();
    model.subscribe(onChange);
    model.setWindow({ ...window });
    expect(onChange).not.toHaveBeenCalled();
    model.setWindow(loadWindow('2026-02-23', 4));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect([...(model.personRow(astrid)?.load?.load ?? [])]).toEqual([0, 24, 24, 24]);
  });

  it('explains a week with the items behind it', () => {
    const { model, astrid, doc } = setup();
    const crm = model.getBoard().assignments.find((a) => a.role === 'Integration developer')?.itemId ?? '';
    assignPerson(doc, { itemId: crm, personId: astrid, hoursPerWeek: 28 });
    expect(model.breakdown(astrid, 2).map((b) => [b.title, b.hours])).toEqual([
      ['Data lake', 24],
      ['CRM', 28],
    ]);
    expect(model.roleBreakdown('Integration developer', 3)).toEqual([{ itemId: crm, title: 'CRM', hours: 20 }]);
  });
});
