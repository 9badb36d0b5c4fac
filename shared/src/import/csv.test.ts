import { describe, expect, it } from 'vitest';
import { readBoard } from '../board.js';
import { boardFromJson } from '../boardJson.js';
import { csvToBoard, previewCsv } from './csv.js';
import { guessMapping } from './csvMapping.js';
import brokenCsv from './fixtures/items-broken.csv?raw';
import outlineCsv from './fixtures/items-outline.csv?raw';
import parentCsv from './fixtures/items-parent.csv?raw';
import { importProblemText } from './importTypes.js';

function imported(text: string) {
  const result = csvToBoard(text, 'Imported');
  if (!result.ok) throw new Error(result.problems.map(importProblemText).join('\n'));
  const built = boardFromJson(result.board);
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return { result, board: readBoard(built.doc) };
}

const byTitle = (board: ReturnType<typeof readBoard>, title: string) => {
  const item = [...board.items.values()].find((i) => i.title === title);
  if (!item) throw new Error(`no item ${title}`);
  return item;
};

describe('CSV import', () => {
  it('guesses the mapping from common header words', () => {
    expect(
      guessMapping(['Outline Level', 'Name', 'Start', 'Finish', '% Complete', 'Resource Names', 'Colour']),
    ).toEqual(['level', 'title', 'start', 'end', 'progress', 'owner', null]);
    expect(guessMapping(['ID', 'Task', 'Type', 'Begin', 'Due date', 'RAG', 'Parent', 'Description'])).toEqual([
      'id',
      'title',
      'kind',
      'start',
      'end',
      'status',
      'parent',
      'notes',
    ]);
  });

  it('builds the hierarchy from a parent column, by id or by title', () => {
    const { result, board } = imported(parentCsv);
    expect(result.ok && result.counts).toMatchObject({ items: 7, milestones: 1, tasks: 2, people: 4, lanes: 2 });
    const program = byTitle(board, 'Customer platform');
    const crm = byTitle(board, 'CRM migration');
    expect(crm.parentId).toBe(program.id);
    expect(byTitle(board, 'Migrate test data').parentId).toBe(crm.id); // by title
    expect(byTitle(board, 'Self-service portal').parentId).toBe(program.id);
    expect(byTitle(board, 'Migrate test data')).toMatchObject({ start: '2026-03-16', end: '2026-03-27', progress: 10 });
    expect(byTitle(board, 'CRM live')).toMatchObject({ kind: 'milestone', start: '2026-04-24', end: '2026-04-24' });
    expect(byTitle(board, 'Data warehouse')).toMatchObject({ status: 'on-track', progress: 15 });
    expect(crm.notes).toBe('Vendor contract signed; data mapping "in progress"');
    // the lane is the row's own, else its parent's
    const lanes = new Map(board.lanes.map((l) => [l.id, l.title]));
    expect(lanes.get(byTitle(board, 'Map legacy fields').laneId ?? '')).toBe('Customer');
    expect(lanes.get(byTitle(board, 'Data warehouse').laneId ?? '')).toBe('Data');
    const anna = board.people.find((p) => p.name === 'Anna Berg');
    expect(program.ownerId).toBe(anna?.id);
  });

  it('builds the hierarchy from outline levels, kinds from the shape, day-first dates', () => {
    const { result, board } = imported(outlineCsv);
    expect(result.ok && result.counts).toMatchObject({ items: 7, milestones: 2, tasks: 3 });
    const finance = byTitle(board, 'Finance change');
    const close = byTitle(board, 'Close the books faster');
    expect(finance.kind).toBe('program');
    expect(close).toMatchObject({ kind: 'project', parentId: finance.id, start: '2026-03-02', end: '2026-05-29' });
    expect(byTitle(board, 'Automate reconciliations')).toMatchObject({ kind: 'task', parentId: close.id });
    expect(byTitle(board, 'Fast close ready')).toMatchObject({ kind: 'milestone', parentId: close.id });
    expect(byTitle(board, 'Procurement portal')).toMatchObject({ kind: 'task', parentId: finance.id });
    expect(byTitle(board, 'Budget approved')).toMatchObject({ kind: 'milestone', parentId: null, start: '2026-09-15' });
    expect(byTitle(board, 'Design new close calendar')).toMatchObject({ status: 'done', progress: 100 });
  });

  it('lists every problem by row and column and makes no board', () => {
    const result = csvToBoard(brokenCsv, 'Broken');
    expect(result.ok).toBe(false);
    const texts = result.ok ? [] : result.problems.map(importProblemText);
    expect(texts).toEqual([
      "row 3, column End: '31/02/2026' is not a date (use 2026-03-31, 31/03/2026 or 31 Mar 2026)",
      "row 4, column Parent: 'Nowhere' is neither the id nor the title of another row",
      'row 5, column Parent: makes a loop of parents: Loop one → Loop two → Loop one',
    ]);
  });

  it('previews the first rows as they would be imported, with the problems', () => {
    const preview = previewCsv(outlineCsv, {}, 3);
    expect(preview.dateOrder).toBe('dmy');
    expect(preview.rowCount).toBe(7);
    expect(preview.rows.map((r) => [r.row, r.title, r.kind, r.depth, r.parent])).toEqual([
      [2, 'Finance change', 'program', 0, ''],
      [3, 'Close the books faster', 'project', 1, 'Finance change'],
      [4, 'Design new close calendar', 'task', 2, 'Close the books faster'],
    ]);
    const broken = previewCsv(brokenCsv);
    expect(broken.rows.find((r) => r.row === 3)?.ok).toBe(false);
    expect(broken.rows.find((r) => r.row === 2)?.ok).toBe(true);
    expect(broken.problems).toHaveLength(3);
  });

  it('takes a mapping the user changed, and refuses one that cannot work', () => {
    const text = 'Name,When,Other\nKickoff,2026-03-02,x\n';
    expect(csvToBoard(text, 'x').ok).toBe(false); // "When" is not a known header
    const mapped = csvToBoard(text, 'x', { mapping: ['title', 'start', null] });
    expect(mapped.ok && mapped.board.items[0]).toMatchObject({
      title: 'Kickoff',
      kind: 'milestone',
      start: '2026-03-02',
    });
    const twice = csvToBoard(text, 'x', { mapping: ['title', 'start', 'start'] });
    expect(twice.ok ? [] : twice.problems.map(importProblemText)).toEqual([
      'mapping: columns When and Other are both mapped to Start',
    ]);
  });

  it('reads month-first dates when the file says so or when asked', () => {
    const text = 'Title,Start,End\nA,03/04/2026,03/20/2026\n';
    const guessed = csvToBoard(text, 'x');
    expect(guessed.ok && guessed.board.items[0]).toMatchObject({ start: '2026-03-04', end: '2026-03-20' });
    const asked = csvToBoard('Title,Start,End\nA,03/04/2026,05/04/2026\n', 'x', { dateOrder: 'mdy' });
    expect(asked.ok && asked.board.items[0]).toMatchObject({ start: '2026-03-04', end: '2026-05-04' });
  });

  it('refuses an outline that jumps levels and an unknown status', () => {
    const text = 'Level,Title,Start,Status\n1,A,2026-03-02,Green\n3,B,2026-03-02,Purple\n';
    const result = csvToBoard(text, 'x');
    expect(result.ok ? [] : result.problems.map(importProblemText)).toEqual([
      "row 3, column Status: 'Purple' is not a status (not started, on track, at risk, off track, done; or green, amber, red)",
      'row 3, column Outline level: jumps from level 1 to 3; a row can be at most one level below the row above',
    ]);
  });
});
