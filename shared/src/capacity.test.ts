import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assignPerson, updateAssignment } from './assignment.js';
import { readBoard } from './board.js';
import {
  balance,
  computeLoads,
  hoursAvailable,
  loadBreakdown,
  loadWindow,
  peopleAffected,
  personCapacity,
  teamSeries,
  updateLoads,
  utilisation,
} from './capacity.js';
import { createItem, updateItem } from './item.js';
import { createPerson, type Person } from './person.js';
import { createTeam } from './team.js';
import { putRaw } from './testkit.js';

// 2026-03-02 is a Monday: week 0 is Mar 2-8, week 1 Mar 9-15, week 2 Mar 16-22.
const window = loadWindow('2026-03-04', 4);
const person = (extra: Partial<Person> = {}): Person => ({
  id: 'person:p',
  name: 'P',
  role: '',
  teamId: null,
  capacityHoursPerWeek: 40,
  color: '#000000',
  timeOff: [],
  ...extra,
});

describe('load window', () => {
  it('starts on the Monday of the given week', () => {
    expect(loadWindow('2026-03-08', 2).start).toBe('2026-03-02');
    expect(loadWindow('2026-03-02', 2).start).toBe('2026-03-02');
  });
});

describe('capacity', () => {
  it.each([
    ['full time', {}, [40, 40, 40, 40]],
    ['part time (30 h)', { capacityHoursPerWeek: 30 }, [30, 30, 30, 30]],
    ['a week of holiday', { timeOff: [{ start: '2026-03-09', end: '2026-03-15' }] }, [40, 0, 40, 40]],
    ['two days off, over a weekend', { timeOff: [{ start: '2026-03-13', end: '2026-03-16' }] }, [40, 32, 32, 40]],
    [
      'time off at 24 h a week',
      { capacityHoursPerWeek: 24, timeOff: [{ start: '2026-03-04', end: '2026-03-04' }] },
      [19.2, 24, 24, 24],
    ],
  ])('%s', (_, extra, expected) => {
    expect([...personCapacity(person(extra), window)].map((h) => Math.round(h * 10) / 10)).toEqual(expected);
  });
});

function board() {
  const doc = new Y.Doc();
  const team = createTeam(doc, { name: 'Platform' });
  const astrid = createPerson(doc, { name: 'Astrid', teamId: team });
  const lars = createPerson(doc, { name: 'Lars', teamId: team, capacityHoursPerWeek: 20 });
  // Wed Mar 4 to Tue Mar 10: three working days in week 0, two in week 1
  const migration = createItem(doc, { title: 'Migration', start: '2026-03-04', end: '2026-03-10' });
  const audit = createItem(doc, { title: 'Audit', start: '2026-03-02', end: '2026-03-22' });
  return { doc, team, astrid, lars, migration, audit };
}

describe('hours available in a period', () => {
  it.each<[string, string, string, Person['timeOff'], number]>([
    ['one working day', '2026-03-04', '2026-03-04', [], 8],
    ['a weekend only', '2026-03-07', '2026-03-08', [], 0],
    ['Wednesday to the next Tuesday: five working days', '2026-03-04', '2026-03-10', [], 40],
    ['six weeks', '2026-03-02', '2026-04-10', [], 240],
    ['with two days off inside', '2026-03-02', '2026-03-06', [{ start: '2026-03-03', end: '2026-03-04' }], 24],
    [
      'with overlapping time off counted once',
      '2026-03-02',
      '2026-03-06',
      [
        { start: '2026-03-01', end: '2026-03-03' },
        { start: '2026-03-03', end: '2026-03-04' },
      ],
      16,
    ],
    ['off throughout', '2026-03-02', '2026-04-10', [{ start: '2026-02-28', end: '2026-04-12' }], 0],
    ['an end before the start', '2026-03-06', '2026-03-02', [], 0],
  ])('%s', (_what, start, end, timeOff, hours) => {
    expect(hoursAvailable(person({ timeOff }), start, end)).toBeCloseTo(hours);
  });
});

describe('weekly load', () => {
  it('counts the working days an item covers in each week, including partial weeks', () => {
    const b = board();
    assignPerson(b.doc, { itemId: b.migration, personId: b.astrid, hoursPerWeek: 20 });
    const load = computeLoads(readBoard(b.doc), window).people.get(b.astrid)?.load;
    expect([...(load ?? [])]).toEqual([12, 8, 0, 0]);
  });

  it('adds up several items into over-allocation, and a percentage follows the capacity', () => {
    const b = board();
    assignPerson(b.doc, { itemId: b.migration, personId: b.lars, hoursPerWeek: 20 });
    assignPerson(b.doc, { itemId: b.audit, personId: b.lars, percent: 50 });
    const report = computeLoads(readBoard(b.doc), window);
    const lars = report.people.get(b.lars);
    expect([...(lars?.load ?? [])]).toEqual([22, 18, 10, 0]);
    expect(utilisation(lars?.load[0] ?? 0, lars?.capacity[0] ?? 0)).toBeCloseTo(1.1);
    expect(loadBreakdown(readBoard(b.doc), report, b.lars, 0)).toEqual([
      { itemId: b.migration, title: 'Migration', hours: 12 },
      { itemId: b.audit, title: 'Audit', hours: 10 },
    ]);
  });

  it('keeps role demand without a person apart, by role, at a full-time base', () => {
    const b = board();
    assignPerson(b.doc, { itemId: b.audit, role: 'Backend developer', percent: 50 });
    assignPerson(b.doc, { itemId: b.migration, role: 'Backend developer', hoursPerWeek: 10 });
    const report = computeLoads(readBoard(b.doc), window);
    expect([...(report.unstaffed.get('Backend developer') ?? [])]).toEqual([26, 24, 20, 0]);
    expect([...report.people.values()].every((p) => p.load.every((h) => h === 0))).toBe(true);
  });

  it('leaves bad records out of the totals', () => {
    const b = board();
    assignPerson(b.doc, { itemId: b.migration, personId: b.astrid, hoursPerWeek: 20 });
    putRaw(b.doc, 'assignments', 'asg:negative', { itemId: b.audit, personId: b.astrid, hoursPerWeek: -10 });
    putRaw(b.doc, 'assignments', 'asg:ghost', { itemId: 'item:deleted', personId: b.astrid, hoursPerWeek: 10 });
    const snapshot = readBoard(b.doc);
    expect(snapshot.problems.map((p) => p.id).sort()).toEqual(['asg:ghost', 'asg:negative']);
    expect([...(computeLoads(snapshot, window).people.get(b.astrid)?.load ?? [])]).toEqual([12, 8, 0, 0]);
  });
});

describe('team balance', () => {
  it('sums demand and capacity per team and gives shortfall or excess in hours and FTE', () => {
    const b = board();
    assignPerson(b.doc, { itemId: b.audit, personId: b.astrid, hoursPerWeek: 40 });
    assignPerson(b.doc, { itemId: b.audit, personId: b.lars, hoursPerWeek: 30 });
    const snapshot = readBoard(b.doc);
    const [team] = teamSeries(snapshot, computeLoads(snapshot, window));
    expect([...(team?.demand ?? [])]).toEqual([70, 70, 70, 0]);
    expect([...(team?.capacity ?? [])]).toEqual([60, 60, 60, 60]);
    const firstThree = balance(team?.demand ?? new Float64Array(), team?.capacity ?? new Float64Array(), 0, 3);
    expect(firstThree).toEqual({ demand: 210, capacity: 180, hours: -30, fte: -0.25 });
    expect(balance(team?.demand ?? new Float64Array(), team?.capacity ?? new Float64Array(), 3, 4).fte).toBe(1.5);
  });
});

describe('incremental recompute', () => {
  it('matches a full recompute after moving an item and restaffing an assignment', () => {
    const b = board();
    const a1 = assignPerson(b.doc, { itemId: b.migration, personId: b.astrid, hoursPerWeek: 20 });
    assignPerson(b.doc, { itemId: b.audit, personId: b.lars, hoursPerWeek: 10 });
    const report = computeLoads(readBoard(b.doc), window);
    updateItem(b.doc, b.migration, { start: '2026-03-09', end: '2026-03-20' });
    updateAssignment(b.doc, a1, { personId: b.lars });
    const after = readBoard(b.doc);
    const touched = new Set([...peopleAffected(after, [b.migration], [a1]), b.astrid]);
    updateLoads(report, after, touched);
    const full = computeLoads(after, window);
    for (const id of [b.astrid, b.lars]) {
      expect([...(report.people.get(id)?.load ?? [])]).toEqual([...(full.people.get(id)?.load ?? [])]);
    }
    expect([...(report.people.get(b.lars)?.load ?? [])]).toEqual([10, 30, 30, 0]);
  });
});
