import { describe, expect, it } from 'vitest';
import { addActivity } from './activity.js';
import { assignPerson } from './assignment.js';
import { readBoard } from './board.js';
import { addDeliverable } from './deliverable.js';
import { createItem } from './item.js';
import { kickoffSetup, viewOf } from './kickoffTestkit.js';
import { updatePerson } from './person.js';
import { type RaciValue, setRaci } from './raci.js';
import { raciMatrix } from './raciRules.js';
import { addStakeholder } from './stakeholder.js';

type Cells = Array<['anna' | 'bo' | 'Finance', RaciValue]>;

/** One deliverable (linked to the task Build portal, 2026-03-02 to 2026-04-10) with the given cells. */
function matrixWith(cells: Cells, setup = kickoffSetup()) {
  const { doc, kickoff, build } = setup;
  const d = addDeliverable(doc, kickoff, { title: 'Portal', itemIds: [build] });
  const key = { anna: setup.anna, bo: setup.bo, Finance: 'Finance' };
  for (const [who, value] of cells) setRaci(doc, kickoff, d, key[who], value);
  return raciMatrix(viewOf(doc, kickoff), readBoard(doc));
}

describe('RACI rules per row, in words', () => {
  it.each<[string, Cells, string[]]>([
    ['no one set', [], ['No one is Accountable', 'No one is Responsible']],
    ['an R but no A', [['anna', 'R']], ['No one is Accountable']],
    ['an A but no R (A is not R)', [['Finance', 'A']], ['No one is Responsible']],
    [
      'two As',
      [
        ['Finance', 'A'],
        ['bo', 'A'],
        ['anna', 'R'],
      ],
      ['2 are Accountable (Bo Nielsen, Finance): exactly one should be'],
    ],
    [
      'one A, one R, C and I: nothing to say',
      [
        ['Finance', 'A'],
        ['anna', 'R'],
        ['bo', 'C'],
      ],
      [],
    ],
  ])('%s', (_what, cells, issues) => {
    const [row] = matrixWith(cells).rows;
    expect(row?.issues.filter((i) => i.rule !== 'accountable-available').map((i) => i.text)).toEqual(issues);
  });

  it('checks activities too, which have no period', () => {
    const setup = kickoffSetup();
    addActivity(setup.doc, setup.kickoff, { title: 'Approve budget' });
    const { rows } = matrixWith([], setup);
    expect(rows.map((r) => [r.kind, r.title, r.period, r.issues.length])).toEqual([
      ['deliverable', 'Portal', { start: '2026-03-02', end: '2026-04-10' }, 2],
      ['activity', 'Approve budget', null, 2],
    ]);
  });
});

describe('an Accountable person needs an assignment and capacity in the period', () => {
  const unavailable = (m: ReturnType<typeof matrixWith>) =>
    m.rows[0]?.issues.filter((i) => i.rule === 'accountable-available').map((i) => i.text);

  it.each<[string, (s: ReturnType<typeof kickoffSetup>) => void, string[]]>([
    [
      'no assignment at all',
      () => {},
      ['Anna Berg is Accountable but has no assignment between 2026-03-02 and 2026-04-10'],
    ],
    [
      'assigned to the linked task',
      (s) => assignPerson(s.doc, { itemId: s.build, personId: s.anna, hoursPerWeek: 8 }),
      [],
    ],
    ['assigned to the project', (s) => assignPerson(s.doc, { itemId: s.project, personId: s.anna, percent: 20 }), []],
    [
      'assigned to a task under the linked one',
      (s) => {
        const sub = createItem(s.doc, { title: 'UX', kind: 'task', start: '2026-03-09', parentId: s.build });
        assignPerson(s.doc, { itemId: sub, personId: s.anna, hoursPerWeek: 4 });
      },
      [],
    ],
    [
      'assigned to something unrelated',
      (s) => {
        const other = createItem(s.doc, { title: 'Other project', start: '2026-03-02' });
        assignPerson(s.doc, { itemId: other, personId: s.anna, hoursPerWeek: 8 });
      },
      ['Anna Berg is Accountable but has no assignment between 2026-03-02 and 2026-04-10'],
    ],
    [
      'assigned, but on leave for the whole period',
      (s) => {
        assignPerson(s.doc, { itemId: s.build, personId: s.anna, hoursPerWeek: 8 });
        updatePerson(s.doc, s.anna, { timeOff: [{ start: '2026-02-28', end: '2026-04-12' }] });
      },
      ['Anna Berg is Accountable but has no capacity between 2026-03-02 and 2026-04-10'],
    ],
    [
      'not assigned and on leave',
      (s) => updatePerson(s.doc, s.anna, { timeOff: [{ start: '2026-03-02', end: '2026-04-10' }] }),
      ['Anna Berg is Accountable but has no assignment or capacity between 2026-03-02 and 2026-04-10'],
    ],
    [
      'assigned and on leave for part of it',
      (s) => {
        assignPerson(s.doc, { itemId: s.build, personId: s.anna, hoursPerWeek: 8 });
        updatePerson(s.doc, s.anna, { timeOff: [{ start: '2026-03-02', end: '2026-04-09' }] });
      },
      [],
    ],
  ])('%s', (_what, arrange, expected) => {
    const setup = kickoffSetup();
    arrange(setup);
    expect(unavailable(matrixWith([['anna', 'A']], setup))).toEqual(expected);
  });

  it('is not asked of a role, nor of a deliverable with nothing linked', () => {
    expect(matrixWith([['Finance', 'A']]).rows[0]?.issues).toEqual([expect.objectContaining({ rule: 'responsible' })]);
    const setup = kickoffSetup();
    const d = addDeliverable(setup.doc, setup.kickoff, { title: 'Unplanned' });
    setRaci(setup.doc, setup.kickoff, d, setup.anna, 'A');
    const [row] = raciMatrix(viewOf(setup.doc, setup.kickoff), readBoard(setup.doc)).rows;
    expect(row?.issues.map((i) => i.rule)).toEqual(['responsible']);
  });
});

describe('RACI columns', () => {
  it('are the stakeholders in order, then columns only cells name, by label', () => {
    const setup = kickoffSetup();
    const { doc, kickoff, anna, bo } = setup;
    addStakeholder(doc, kickoff, { name: 'Karen', role: 'Legal' });
    addStakeholder(doc, kickoff, { personId: bo });
    addStakeholder(doc, kickoff, { name: 'Lars', role: 'Legal' });
    const d = addDeliverable(doc, kickoff, { title: 'Portal' });
    setRaci(doc, kickoff, d, 'Works council', 'I');
    setRaci(doc, kickoff, d, anna, 'R');
    const { columns } = raciMatrix(viewOf(doc, kickoff), readBoard(doc));
    expect(columns.map((c) => [c.label, c.personId])).toEqual([
      ['Legal', null],
      ['Bo Nielsen', bo],
      ['Anna Berg', anna],
      ['Works council', null],
    ]);
  });
});
