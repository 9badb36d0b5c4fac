import type * as Y from 'yjs';
import {
  collection,
  defineEntity,
  type Entry,
  insertEntry,
  patchEntry,
  type RecordOf,
  readEntry,
  requireValid,
  transact,
} from './doc.js';
import { check, field, oneOf, ref } from './fields.js';
import { isIdOf } from './ids.js';
import { ValidationError } from './problems.js';

export const RACI_VALUES = ['R', 'A', 'C', 'I'] as const;
export type RaciValue = (typeof RACI_VALUES)[number];

export const RACI_NAMES: Record<RaciValue, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

/** A row is a deliverable or an activity of the kickoff. */
export const raciRow = check<string>((v) =>
  isIdOf('deliverable', v) || isIdOf('activity', v) ? null : 'must be a deliverable or activity id',
);

/** A column is a person on the board (by id) or a role by name ("Finance", "Steering group"). */
export const raciColumn = check<string>((v) => {
  if (typeof v !== 'string') return 'must be a person id or a role name';
  if (v.startsWith('person:')) return isIdOf('person', v) ? null : 'must be a person id or a role name';
  if (!v.trim()) return 'must not be empty';
  return v.length > 120 ? 'must be at most 120 characters' : null;
});

/**
 * One cell of a RACI matrix, one Y.Map per cell under an id made from its row and column:
 * two people setting different cells never touch the same record, and two setting the
 * same cell at once write the same record, so one value wins and no duplicate appears.
 */
export const raciEntity = defineEntity({
  collection: 'raci',
  kind: 'raci',
  fields: {
    kickoffId: field(ref('kickoff')),
    row: field(raciRow),
    column: field(raciColumn),
    value: field(oneOf(RACI_VALUES)),
  },
});

export type RaciCell = RecordOf<typeof raciEntity>;

export function readRaciCell(id: string, entry: unknown) {
  return readEntry(raciEntity, id, entry);
}

/** 32 bits of a string, seeded; four seeds give the 128-bit key of a cell. */
function hash32(text: string, seed: number): number {
  let h = seed ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 13), 0x85ebca6b);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = [0x9e3779b9, 0x7f4a7c15, 0x94d049bb, 0x2545f491];

/** The id of the cell at a row and column: the same on every client, so a cell exists once. */
export function raciCellId(row: string, column: string): string {
  const key = `${row}\u0000${column}`;
  return `raci:${SEEDS.map((s) => hash32(key, s).toString(16).padStart(8, '0')).join('')}`;
}

function fail(id: string, field: string, reason: string): never {
  throw new ValidationError([{ collection: 'raci', id, field, reason }]);
}

/** Row and column must exist; the row must be in this kickoff. */
function checkCell(doc: Y.Doc, id: string, kickoffId: string, row: string, column: string): void {
  if (!collection(doc, 'kickoffs').has(kickoffId)) fail(id, 'kickoffId', 'points at a kickoff that does not exist');
  const rowEntry = collection(doc, 'deliverables').get(row) ?? collection(doc, 'activities').get(row);
  if (!rowEntry) fail(id, 'row', 'points at a deliverable or activity that does not exist');
  if (rowEntry.get('kickoffId') !== kickoffId) fail(id, 'row', 'belongs to another kickoff');
  if (isIdOf('person', column) && !collection(doc, 'people').has(column))
    fail(id, 'column', 'points at a person that does not exist');
}

/**
 * Sets one cell of a kickoff's RACI matrix to R, A, C or I, or clears it (null). The
 * rules (one A, at least one R) are reported, never enforced: breaking one mid-meeting
 * is how a matrix gets filled in.
 */
export function setRaci(doc: Y.Doc, kickoffId: string, row: string, column: string, value: RaciValue | null): void {
  const col = column.startsWith('person:') ? column : column.trim();
  const id = raciCellId(row, col);
  const cells = collection(doc, 'raci');
  if (value === null) {
    if (cells.has(id)) transact(doc, () => cells.delete(id));
    return;
  }
  const record = requireValid(raciEntity, id, { kickoffId, row, column: col, value });
  checkCell(doc, id, kickoffId, row, col);
  transact(doc, () => {
    const entry = cells.get(id);
    const fields = record as Record<string, unknown>;
    if (entry) patchEntry(raciEntity, entry, fields);
    else insertEntry(doc, raciEntity, id, fields);
  });
}

/** Deletes the cells that match. Call inside a transaction, or alone. */
export function deleteRaciCells(doc: Y.Doc, doomed: (cell: Entry) => boolean): void {
  transact(doc, () => {
    const cells = collection(doc, 'raci');
    for (const [id, cell] of [...cells.entries()]) if (doomed(cell)) cells.delete(id);
  });
}

/**
 * Moves a kickoff's cells from one column to another (a stakeholder's role renamed):
 * each cell gets the id of its new place; a cell already there keeps its value.
 */
export function renameRaciColumn(doc: Y.Doc, kickoffId: string, from: string, to: string): void {
  if (from === to) return;
  transact(doc, () => {
    const cells = collection(doc, 'raci');
    for (const [id, cell] of [...cells.entries()]) {
      if (cell.get('kickoffId') !== kickoffId || cell.get('column') !== from) continue;
      const row = String(cell.get('row'));
      const target = raciCellId(row, to);
      if (!cells.has(target))
        insertEntry(doc, raciEntity, target, { kickoffId, row, column: to, value: cell.get('value') });
      cells.delete(id);
    }
  });
}

/** Deletes one cell by id (what "needs attention" offers for a broken one). */
export function deleteRaciCell(doc: Y.Doc, id: string): void {
  transact(doc, () => collection(doc, 'raci').delete(id));
}
