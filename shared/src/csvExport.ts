import type { FullBoardSnapshot } from './board.js';
import { STATUS_TITLES } from './grouping.js';
import { RACI_NAMES } from './raci.js';

/*
 * The board as spreadsheets: one CSV file per table (items, dependencies, assignments and,
 * when the board has any, RACI). RFC 4180: CRLF line ends, a header row, a field quoted
 * when it holds a comma, a quote or a line break, quotes inside doubled. Every reference
 * is written twice, as its id (to join tables) and as the name a person reads.
 */

export type CsvCell = string | number | null;

export interface CsvFile {
  /** The table's name, used in the file name ("items", "dependencies", …). */
  table: string;
  csv: string;
}

/** One field as RFC 4180 writes it; null is an empty field. */
export function csvField(value: CsvCell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table: the header row, then one row per record, each line ended by CRLF. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

type Board = Pick<FullBoardSnapshot, 'items' | 'lanes' | 'deps' | 'people' | 'goals' | 'assignments'> &
  Partial<Pick<FullBoardSnapshot, 'raci' | 'kickoffs' | 'deliverables' | 'activities'>>;

const nameIn = <T extends { id: string }>(list: readonly T[], name: (r: T) => string) => {
  const byId = new Map(list.map((r) => [r.id, name(r)]));
  return (id: string | null): string | null => (id === null ? null : (byId.get(id) ?? null));
};

export function itemsCsv(board: Board): string {
  const title = (id: string | null) => (id === null ? null : (board.items.get(id)?.title ?? null));
  const lane = nameIn(board.lanes, (l) => l.title);
  const person = nameIn(board.people, (p) => p.name);
  const goal = nameIn(board.goals, (g) => g.title);
  const header = ['id', 'title', 'kind', 'status', 'start', 'end', 'progress', 'parent id', 'parent', 'lane id'];
  header.push('lane', 'owner id', 'owner', 'goals', 'tags', 'notes');
  const rows = [...board.items.values()].map((it) => [
    it.id,
    it.title,
    it.kind,
    STATUS_TITLES[it.status],
    it.start,
    it.end,
    it.progress,
    it.parentId,
    title(it.parentId),
    it.laneId,
    lane(it.laneId),
    it.ownerId,
    person(it.ownerId),
    it.goalIds.map((g) => goal(g) ?? g).join('; '),
    it.tags.join('; '),
    it.notes,
  ]);
  return csvTable(header, rows);
}

export function dependenciesCsv(board: Board): string {
  const title = (id: string) => board.items.get(id)?.title ?? null;
  const header = ['id', 'from id', 'from', 'to id', 'to', 'type', 'lag days'];
  return csvTable(
    header,
    board.deps.map((d) => [d.id, d.from, title(d.from), d.to, title(d.to), d.type, d.lagDays]),
  );
}

export function assignmentsCsv(board: Board): string {
  const person = nameIn(board.people, (p) => p.name);
  const header = ['id', 'item id', 'item', 'person id', 'person', 'role', 'hours per week', 'percent'];
  const rows = board.assignments.map((a) => [
    a.id,
    a.itemId,
    board.items.get(a.itemId)?.title ?? null,
    a.personId,
    person(a.personId),
    a.role,
    a.hoursPerWeek,
    a.percent,
  ]);
  return csvTable(header, rows);
}

/** The RACI cells of every kickoff; a column is a person (id and name) or a role by name. */
export function raciCsv(board: Board): string {
  const person = nameIn(board.people, (p) => p.name);
  const rowTitle = nameIn([...(board.deliverables ?? []), ...(board.activities ?? [])], (r) => r.title);
  const kickoffItem = (id: string) => board.kickoffs?.get(id)?.itemId ?? null;
  const header = ['id', 'kickoff id', 'item id', 'item', 'row id', 'row', 'column', 'column name', 'value'];
  header.push('meaning');
  const rows = (board.raci ?? []).map((c) => {
    const itemId = kickoffItem(c.kickoffId);
    return [
      c.id,
      c.kickoffId,
      itemId,
      itemId === null ? null : (board.items.get(itemId)?.title ?? null),
      c.row,
      rowTitle(c.row),
      c.column,
      c.column.startsWith('person:') ? person(c.column) : c.column,
      c.value,
      RACI_NAMES[c.value],
    ];
  });
  return csvTable(header, rows);
}

/** Every table of the board worth a file: RACI only when the board has some. */
export function boardCsvFiles(board: Board): CsvFile[] {
  const files: CsvFile[] = [
    { table: 'items', csv: itemsCsv(board) },
    { table: 'dependencies', csv: dependenciesCsv(board) },
    { table: 'assignments', csv: assignmentsCsv(board) },
  ];
  if (board.raci?.length) files.push({ table: 'raci', csv: raciCsv(board) });
  return files;
}
