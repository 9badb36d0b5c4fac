/// <reference path="./papaparse.d.ts" />
import Papa from 'papaparse';
import type { Problem } from '../problems.js';
import { CSV_FIELD_LABELS, type CsvField, type CsvMapping } from './csvMapping.js';
import { parseKind, parseLevel, parseProgress, parseStatus } from './csvValues.js';
import type { DraftItem } from './draft.js';
import { type DateOrder, parseDate } from './importDates.js';
import { fileProblem } from './importTypes.js';

/** A CSV file as rows of cells. `row` numbers count as a spreadsheet does: the header is row 1. */
export interface CsvTable {
  headers: string[];
  rows: { row: number; cells: string[] }[];
  problems: Problem[];
}

export function parseCsvTable(text: string): CsvTable {
  const parsed = Papa.parse(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const problems: Problem[] = parsed.errors
    // one column has no delimiter to find: that is a fine (if thin) file
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => fileProblem('csv', e.row === undefined ? 'file' : `row ${e.row + 1}`, '', e.message));
  const [head, ...body] = parsed.data;
  const headers = (head ?? []).map((h) => h.trim());
  if (!headers.some(Boolean)) problems.push(fileProblem('csv', 'row 1', '', 'the first row must name the columns'));
  const rows = body.map((cells, i) => ({ row: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { headers, rows, problems };
}

/** One CSV row read through the mapping, before the hierarchy is resolved. */
export interface CsvRowRead {
  row: number;
  id: string | null;
  parentRef: string | null;
  level: number | null;
  item: DraftItem;
  /** False when a cell of this row has a problem: the row is listed but not imported. */
  ok: boolean;
}

type Cells = Partial<Record<CsvField, string>>;

function cellsOf(cells: readonly string[], mapping: CsvMapping): Cells {
  const out: Cells = {};
  mapping.forEach((f, i) => {
    if (f) out[f] = (cells[i] ?? '').trim();
  });
  return out;
}

/**
 * Reads one row: each cell is checked on its own and every bad one is listed with its
 * column's header ("row 7, column End: '31/02/2026' is not a date").
 */
export function readCsvRow(
  row: number,
  raw: readonly string[],
  mapping: CsvMapping,
  headers: readonly string[],
  dateOrder: DateOrder,
  problems: Problem[],
): CsvRowRead {
  const c = cellsOf(raw, mapping);
  const before = problems.length;
  const column = (f: CsvField) => {
    const i = mapping.indexOf(f);
    return `column ${headers[i] || CSV_FIELD_LABELS[f]}`;
  };
  const bad = (f: CsvField, reason: string) => problems.push(fileProblem('csv', `row ${row}`, column(f), reason));
  const title = c.title ?? '';
  if (!title) bad('title', 'is empty; every item needs a title');
  else if (title.length > 200) bad('title', `is ${title.length} characters long; at most 200 fit`);
  const start = c.start ? parseDate(c.start, dateOrder) : null;
  if (!c.start) bad('start', 'is empty; every item needs a start date');
  else if (!start) bad('start', `'${c.start}' is not a date (use 2026-03-31, 31/03/2026 or 31 Mar 2026)`);
  const end = c.end ? parseDate(c.end, dateOrder) : null;
  if (c.end && !end) bad('end', `'${c.end}' is not a date (use 2026-03-31, 31/03/2026 or 31 Mar 2026)`);
  if (start && end && end < start) bad('end', `${end} is before the start ${start}`);
  const kind = c.kind ? parseKind(c.kind) : null;
  if (kind && 'reason' in kind) bad('kind', kind.reason);
  const status = c.status ? parseStatus(c.status) : null;
  if (status && 'reason' in status) bad('status', status.reason);
  const progress = c.progress ? parseProgress(c.progress) : null;
  if (progress && 'reason' in progress) bad('progress', progress.reason);
  const level = c.level ? parseLevel(c.level) : null;
  if (level && 'reason' in level) bad('level', level.reason);
  if (mapping.includes('level') && !c.level) bad('level', 'is empty; with an outline level column every row needs one');
  const kindValue = kind && 'value' in kind ? kind.value : null;
  const pct = progress && 'value' in progress ? progress.value : 0;
  const item: DraftItem = {
    key: `row:${row}`,
    title,
    parent: null,
    kind: kindValue,
    // a row with a start and no end is a point in time, unless its kind says otherwise
    milestone: kindValue === 'milestone' || (!kindValue && !c.end),
    start: start ?? '',
    // a bad end stays blank in the preview rather than looking like a one-day item
    end: end ?? (c.end ? '' : (start ?? '')),
    status: status && 'value' in status ? status.value : pct === 100 ? 'done' : pct > 0 ? 'on-track' : 'not-started',
    progress: pct,
    owner: c.owner ? c.owner.slice(0, 120) : null,
    lane: c.lane ? c.lane.slice(0, 120) : null,
    notes: c.notes ?? '',
  };
  return {
    row,
    id: c.id || null,
    parentRef: c.parent || null,
    level: level && 'value' in level ? level.value : null,
    item,
    ok: problems.length === before,
  };
}
