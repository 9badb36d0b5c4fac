import { describe, expect, it } from 'vitest';
import { readBoard } from '../board.js';
import { boardFromJson } from '../boardJson.js';
import { violations } from '../knockOn.js';
import missingUid from './fixtures/broken-missing-uid.xml?raw';
import notXml from './fixtures/broken-not-xml.xml?raw';
import unknownPredecessor from './fixtures/broken-unknown-predecessor.xml?raw';
import planXml from './fixtures/plan.xml?raw';
import { importProblemText } from './importTypes.js';
import { msProjectToBoard } from './msproject.js';
import { lagDays, milestoneDay } from './msprojectXml.js';

function importPlan() {
  const result = msProjectToBoard(planXml);
  if (!result.ok) throw new Error(result.problems.map(importProblemText).join('\n'));
  const built = boardFromJson(result.board);
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  const board = readBoard(built.doc);
  const item = (title: string) => {
    const found = [...board.items.values()].find((i) => i.title === title);
    if (!found) throw new Error(`no item ${title}`);
    return found;
  };
  return { result, board, item };
}

const problemsOf = (text: string) => {
  const r = msProjectToBoard(text);
  return r.ok ? [] : r.problems.map(importProblemText);
};

describe('MS Project XML import', () => {
  it('maps outline levels to programs, projects, tasks and milestones', () => {
    const { result, board, item } = importPlan();
    expect(result.ok && result.counts).toEqual({
      items: 9,
      tasks: 4,
      milestones: 2,
      dependencies: 6,
      people: 2,
      assignments: 4,
      lanes: 2,
    });
    expect(board.meta.name).toBe('CRM rollout');
    const platform = item('Customer platform');
    expect(platform).toMatchObject({ kind: 'program', parentId: null });
    expect(item('Data migration')).toMatchObject({ kind: 'project', parentId: platform.id });
    expect(item('Map legacy fields')).toMatchObject({
      kind: 'task',
      parentId: item('Data migration').id,
      start: '2026-03-02',
      end: '2026-03-13',
      status: 'done',
      progress: 100,
      notes: 'Field list agreed with the sales operations team.',
    });
    // at 17:00 on Friday 27 March in Project: the start of Monday 30 March on the board
    expect(item('Data signed off')).toMatchObject({ kind: 'milestone', start: '2026-03-30', end: '2026-03-30' });
    expect(item('Go-live')).toMatchObject({ start: '2026-04-20' }); // 08:00 stays on its day
    expect(item('Go-live')).toMatchObject({ kind: 'milestone', parentId: null });
    expect(board.lanes.map((l) => l.title)).toEqual(['Customer platform', 'Other items']);
  });

  it('keeps link types and lags in days', () => {
    const { board, item } = importPlan();
    const link = (from: string, to: string) => board.deps.find((d) => d.from === item(from).id && d.to === item(to).id);
    expect(link('Map legacy fields', 'Migrate test data')).toMatchObject({ type: 'FS', lagDays: 0 });
    expect(link('Map legacy fields', 'Configure sales pipeline')).toMatchObject({ type: 'SS', lagDays: 5 });
    expect(link('Configure sales pipeline', 'Train sales team')).toMatchObject({ type: 'FS', lagDays: 2 });
    expect(link('Train sales team', 'Go-live')).toMatchObject({ type: 'FS', lagDays: 0 });
    expect(lagDays('24000', '7', 480)).toBe(5); // 5 working days of 8 hours
    expect(lagDays('28800', '8', 480)).toBe(2); // 2 elapsed days
    // a plan that holds in Project holds on the board: no link drawn as broken
    expect([...violations(board.items, board.deps).values()]).toEqual([]);
    expect(lagDays('-4800', '5', 480)).toBe(-1); // a lead of 8 working hours
    expect(milestoneDay('2026-03-25T17:00:00')).toBe('2026-03-26');
  });

  it('turns work resources into people and Units into hours per week', () => {
    const { board, item } = importPlan();
    expect(board.people.map((p) => [p.name, p.role, p.capacityHoursPerWeek]).sort()).toEqual([
      ['Anna Berg', 'Data engineer', 40],
      ['Sam Carter', 'Project manager', 20],
    ]);
    const sam = board.people.find((p) => p.name === 'Sam Carter');
    const onTraining = board.assignments.filter((a) => a.itemId === item('Train sales team').id);
    expect(onTraining).toEqual([expect.objectContaining({ personId: sam?.id, hoursPerWeek: 10 })]);
    expect(item('Configure sales pipeline').ownerId).toBe(sam?.id);
  });

  it('refuses text that is not XML, with the line', () => {
    const problems = problemsOf(notXml);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^line \d+, column \d+: not well-formed XML: /);
    expect(problemsOf('Title,Start\nA,2026-03-02')[0]).toMatch(/not well-formed XML/);
    expect(problemsOf('<?xml version="1.0"?><Plan><Task/></Plan>')).toEqual([
      '<Plan>: is the root element; a Project XML file has <Project> (MS Project: Save As XML)',
    ]);
  });

  it('names the task without a UID and the predecessor that is not there', () => {
    expect(problemsOf(missingUid)).toEqual(["Task #2 ('Build'), UID: is missing"]);
    expect(problemsOf(unknownPredecessor)).toEqual([
      'Task UID 7, PredecessorLink: PredecessorUID 99 is not a task in this file',
    ]);
  });

  it('refuses a loop of links and an assignment to an unknown task', () => {
    const loop = planXml.replace(
      '<UID>3</UID><ID>3</ID><Name>Map legacy fields</Name>',
      '<UID>3</UID><ID>3</ID><Name>Map legacy fields</Name><PredecessorLink><PredecessorUID>4</PredecessorUID><Type>1</Type></PredecessorLink>',
    );
    expect(problemsOf(loop)).toEqual([
      'Task UID 4, PredecessorLink: PredecessorUID 3 would close a loop of dependencies',
    ]);
    const stray = planXml.replace('<TaskUID>7</TaskUID>', '<TaskUID>70</TaskUID>');
    expect(problemsOf(stray)).toEqual(['Assignment UID 3, TaskUID: 70 is not a task in this file']);
  });
});
