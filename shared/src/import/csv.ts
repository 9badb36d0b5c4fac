import type { Problem } from '../problems.js';
import { type CsvMapping, checkMapping, guessMapping } from './csvMapping.js';
import { type CsvRowRead, parseCsvTable, readCsvRow } from './csvRows.js';
import { type Draft, draftToBoard, kindsFromShape, lanesFromShape, parentLoop } from './draft.js';
import { type DateOrder, guessDateOrder } from './importDates.js';
import { countBoard, fileProblem, type ImportResult } from './importTypes.js';

export interface CsvOptions {
  /** One field (or null) per column; guessed from the header when left out. */
  mapping?: CsvMapping | undefined;
  /** How 03/04/2026 reads; guessed from the file's dates when left out. */
  dateOrder?: DateOrder | undefined;
}

/** A row as it would be imported, for the preview table. */
export interface CsvPreviewRow {
  row: number;
  title: string;
  kind: string;
  start: string;
  end: string;
  status: string;
  progress: number;
  owner: string;
  lane: string;
  parent: string;
  depth: number;
  ok: boolean;
}

export interface CsvPreview {
  headers: string[];
  mapping: CsvMapping;
  dateOrder: DateOrder;
  rowCount: number;
  rows: CsvPreviewRow[];
  problems: Problem[];
}

export const MAX_CSV_ROWS = 50_000;

/** Sets each row's parent from a parent column: another row's id first, else its title. */
function parentsFromColumn(rows: CsvRowRead[], problems: Problem[]): void {
  const byId = new Map<string, CsvRowRead>();
  const byTitle = new Map<string, CsvRowRead[]>();
  for (const r of rows) {
    if (r.id && byId.has(r.id)) {
      problems.push(
        fileProblem('csv', `row ${r.row}`, 'column Id', `'${r.id}' is also the id of row ${byId.get(r.id)?.row}`),
      );
    } else if (r.id) byId.set(r.id, r);
    const same = byTitle.get(r.item.title);
    if (same) same.push(r);
    else byTitle.set(r.item.title, [r]);
  }
  for (const r of rows) {
    if (!r.parentRef) continue;
    const bad = (reason: string) => problems.push(fileProblem('csv', `row ${r.row}`, 'column Parent', reason));
    const titled = byTitle.get(r.parentRef) ?? [];
    const parent = byId.get(r.parentRef) ?? (titled.length === 1 ? titled[0] : undefined);
    if (titled.length > 1 && !byId.has(r.parentRef)) {
      bad(`'${r.parentRef}' is the title of rows ${titled.map((t) => t.row).join(', ')}; give ids and use those`);
    } else if (!parent) bad(`'${r.parentRef}' is neither the id nor the title of another row`);
    else if (parent === r) bad('is the row itself');
    else r.item.parent = parent.item.key;
  }
  const loop = parentLoop(rows.map((r) => r.item));
  if (loop) {
    const at = rows.find((r) => r.item.key === loop.key);
    problems.push(
      fileProblem('csv', `row ${at?.row}`, 'column Parent', `makes a loop of parents: ${loop.titles.join(' → ')}`),
    );
    for (const r of rows) r.item.parent = null;
  }
}

/** Sets parents from outline levels: a row's parent is the nearest row above it one level up. */
function parentsFromLevels(rows: CsvRowRead[], problems: Problem[]): void {
  const top = rows[0]?.level ?? 1;
  const stack: CsvRowRead[] = [];
  for (const r of rows) {
    if (r.level === null) continue;
    const depth = r.level - top;
    const bad = (reason: string) => problems.push(fileProblem('csv', `row ${r.row}`, 'column Outline level', reason));
    if (depth < 0) bad(`${r.level} is above the first row's level ${top}`);
    else if (depth > stack.length) {
      bad(
        `jumps from level ${top + stack.length - 1} to ${r.level}; a row can be at most one level below the row above`,
      );
    } else {
      stack.length = depth;
      r.item.parent = stack[depth - 1]?.item.key ?? null;
      stack.push(r);
    }
  }
}

function readAll(text: string, options: CsvOptions) {
  const table = parseCsvTable(text);
  const problems = [...table.problems];
  const mapping = options.mapping ?? guessMapping(table.headers);
  const mappingProblems = checkMapping(mapping, table.headers);
  if (table.rows.length > MAX_CSV_ROWS) {
    problems.push(fileProblem('csv', 'file', '', `has ${table.rows.length} rows; at most ${MAX_CSV_ROWS} fit a board`));
  }
  if (!table.rows.length) problems.push(fileProblem('csv', 'file', '', 'has no rows under the header'));
  const dateCells = table.rows.flatMap((r) =>
    mapping.flatMap((f, i) => (f === 'start' || f === 'end' ? [r.cells[i] ?? ''] : [])),
  );
  const dateOrder = options.dateOrder ?? guessDateOrder(dateCells);
  if (mappingProblems.length || problems.length) {
    return { table, mapping, dateOrder, rows: [], problems: [...problems, ...mappingProblems] };
  }
  const rows = table.rows.map((r) => readCsvRow(r.row, r.cells, mapping, table.headers, dateOrder, problems));
  if (mapping.includes('parent')) parentsFromColumn(rows, problems);
  if (mapping.includes('level')) parentsFromLevels(rows, problems);
  return { table, mapping, dateOrder, rows, problems };
}

/** The first `limit` rows as they would be imported, with every problem in the file. */
export function previewCsv(text: string, options: CsvOptions = {}, limit = 10): CsvPreview {
  const { table, mapping, dateOrder, rows, problems } = readAll(text, options);
  const items = rows.map((r) => r.item);
  const kinds = kindsFromShape(items);
  const lanes = lanesFromShape(items);
  const byKey = new Map(items.map((i) => [i.key, i]));
  const withProblems = new Set(problems.map((p) => p.id));
  const depthOf = (key: string | null, seen = 0): number =>
    key && seen < 50 ? 1 + depthOf(byKey.get(key)?.parent ?? null, seen + 1) : 0;
  return {
    headers: table.headers,
    mapping,
    dateOrder,
    rowCount: table.rows.length,
    rows: rows.slice(0, limit).map((r) => ({
      row: r.row,
      title: r.item.title,
      kind: kinds.get(r.item.key) ?? '',
      start: r.item.start,
      end: kinds.get(r.item.key) === 'milestone' ? r.item.start : r.item.end,
      status: r.item.status,
      progress: r.item.progress,
      owner: r.item.owner ?? '',
      lane: lanes.get(r.item.key) ?? '',
      parent: r.item.parent ? (byKey.get(r.item.parent)?.title ?? '') : '',
      depth: depthOf(r.item.parent),
      ok: r.ok && !withProblems.has(`row ${r.row}`),
    })),
    problems,
  };
}

/** Board JSON from a CSV of items, or every problem found (and no board). */
export function csvToBoard(text: string, name: string, options: CsvOptions = {}): ImportResult {
  const { rows, problems } = readAll(text, options);
  if (problems.length) return { ok: false, problems };
  const owners = [...new Set(rows.flatMap((r) => (r.item.owner ? [r.item.owner] : [])))];
  const draft: Draft = {
    name,
    items: rows.map((r) => r.item),
    deps: [],
    people: owners.map((o) => ({ key: o, name: o, role: '', capacityHoursPerWeek: 40 })),
    assignments: [],
  };
  const board = draftToBoard(draft);
  return { ok: true, board, counts: countBoard(board) };
}
