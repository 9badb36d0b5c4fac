import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assignPerson } from './assignment.js';
import { readBoard } from './board.js';
import { boardCsvFiles, csvField, csvTable, dependenciesCsv, itemsCsv, raciCsv } from './csvExport.js';
import { addDeliverable } from './deliverable.js';
import { linkItems } from './dependency.js';
import { createItem } from './item.js';
import { createKickoff } from './kickoff.js';
import { createLane } from './lane.js';
import { createPerson } from './person.js';
import { setRaci } from './raci.js';

/** Splits RFC 4180 text back into rows of fields, to check that quoting round-trips. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i] as string;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
    [null, ''],
    [12.5, '12.5'],
  ])('%j is written as %j', (value, out) => {
    expect(csvField(value)).toBe(out);
  });
});

describe('csvTable', () => {
  it('writes a header row and CRLF after every line', () => {
    expect(csvTable(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

function sampleBoard() {
  const doc = new Y.Doc();
  const lane = createLane(doc, { title: 'Platform, core' });
  const anna = createPerson(doc, { name: 'Anna "AJ" Jensen' });
  const parent = createItem(doc, {
    title: 'Program X',
    kind: 'program',
    start: '2026-01-05',
    end: '2026-06-30',
    laneId: lane,
  });
  const child = createItem(doc, {
    title: 'Data\nplatform',
    start: '2026-02-02',
    end: '2026-03-27',
    parentId: parent,
    laneId: lane,
    ownerId: anna,
    status: 'at-risk',
    notes: 'Line one\r\nline "two"',
  });
  const dep = linkItems(doc, { from: parent, to: child, type: 'SS', lagDays: 3 });
  assignPerson(doc, { itemId: child, personId: anna, hoursPerWeek: 20 });
  return { doc, lane, anna, parent, child, dep };
}

describe('itemsCsv', () => {
  it('has one row per item, with ids and readable names, and survives commas, quotes and line breaks', () => {
    const { doc, lane, anna, parent, child } = sampleBoard();
    const rows = parse(itemsCsv(readBoard(doc)));
    expect(rows[0]).toEqual([
      'id',
      'title',
      'kind',
      'status',
      'start',
      'end',
      'progress',
      'parent id',
      'parent',
      'lane id',
      'lane',
      'owner id',
      'owner',
      'goals',
      'tags',
      'notes',
    ]);
    expect(rows).toHaveLength(3);
    const row = rows.find((r) => r[0] === child);
    expect(row).toEqual([
      child,
      'Data\nplatform',
      'project',
      'At risk',
      '2026-02-02',
      '2026-03-27',
      '0',
      parent,
      'Program X',
      lane,
      'Platform, core',
      anna,
      'Anna "AJ" Jensen',
      '',
      '',
      'Line one\r\nline "two"',
    ]);
  });
});

describe('dependenciesCsv', () => {
  it('names both ends and keeps type and lag', () => {
    const { doc, parent, child, dep } = sampleBoard();
    const rows = parse(dependenciesCsv(readBoard(doc)));
    expect(rows).toEqual([
      ['id', 'from id', 'from', 'to id', 'to', 'type', 'lag days'],
      [dep, parent, 'Program X', child, 'Data\nplatform', 'SS', '3'],
    ]);
  });
});

describe('raciCsv and boardCsvFiles', () => {
  it('leaves RACI out when the board has none', () => {
    const { doc } = sampleBoard();
    expect(boardCsvFiles(readBoard(doc)).map((f) => f.table)).toEqual(['items', 'dependencies', 'assignments']);
  });

  it('writes RACI cells with the kickoff item, the row title and person or role columns', () => {
    const { doc, parent, anna } = sampleBoard();
    const kickoff = createKickoff(doc, parent);
    const d = addDeliverable(doc, kickoff, { title: 'Portal' });
    setRaci(doc, kickoff, d, anna, 'A');
    setRaci(doc, kickoff, d, 'Finance', 'C');
    const board = readBoard(doc);
    expect(boardCsvFiles(board).map((f) => f.table)).toContain('raci');
    const rows = parse(raciCsv(board))
      .slice(1)
      .map((r) => r.slice(1));
    expect(rows).toEqual(
      expect.arrayContaining([
        [kickoff, parent, 'Program X', d, 'Portal', anna, 'Anna "AJ" Jensen', 'A', 'Accountable'],
        [kickoff, parent, 'Program X', d, 'Portal', 'Finance', 'Finance', 'C', 'Consulted'],
      ]),
    );
  });
});
