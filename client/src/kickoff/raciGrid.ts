import { RACI_NAMES, RACI_VALUES, type RaciValue } from '@planroom/shared';

/**
 * The RACI grid's keyboard and cursor model, without React or the document. Grid columns
 * by index: 0 is the row's title, 1..columns the people and roles, columns + 1 the rules.
 */
export interface GridPos {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  /** People and role columns (the title and rules columns come on top). */
  columns: number;
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'rowStart' | 'rowEnd' | 'first' | 'last' | 'pageUp' | 'pageDown';

export type GridAction =
  | { kind: 'move'; move: Move }
  /** Set a cell to a value, or clear it (null). */
  | { kind: 'set'; value: RaciValue | null }
  /** The next value of the click cycle. */
  | { kind: 'cycle' }
  /** Edit the row's title (activities only). */
  | { kind: 'rename' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Rows a Page Up or Page Down moves. */
export const PAGE_ROWS = 10;

const ARROWS: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const PLAIN: Record<string, Move> = { Home: 'rowStart', End: 'rowEnd', PageUp: 'pageUp', PageDown: 'pageDown' };

/**
 * What a key does in the grid, or null for keys it leaves alone (so Ctrl+Z still undoes
 * and Tab still leaves the grid). Letters are case-blind: R, A, C, I set; Delete and
 * Backspace clear; Space steps through the click cycle; Enter or F2 renames.
 */
export function keyAction(e: KeyLike): GridAction | null {
  if (e.altKey) return null;
  if (e.ctrlKey || e.metaKey) {
    if (e.shiftKey) return null;
    if (e.key === 'Home') return { kind: 'move', move: 'first' };
    if (e.key === 'End') return { kind: 'move', move: 'last' };
    return null;
  }
  const arrow = ARROWS[e.key];
  if (arrow) return e.shiftKey ? null : { kind: 'move', move: arrow };
  const plain = PLAIN[e.key];
  if (plain) return e.shiftKey ? null : { kind: 'move', move: plain };
  if (e.key.length === 1) {
    const letter = e.key.toUpperCase();
    if ((RACI_VALUES as readonly string[]).includes(letter)) return { kind: 'set', value: letter as RaciValue };
    if (e.key === ' ') return e.shiftKey ? null : { kind: 'cycle' };
    return null;
  }
  if (e.key === 'Delete' || e.key === 'Backspace') return { kind: 'set', value: null };
  if (e.key === 'Enter' || e.key === 'F2') return { kind: 'rename' };
  return null;
}

const clamp = (n: number, low: number, high: number) => Math.max(low, Math.min(high, n));

/** Where a move lands; it stops at the edges (no wrapping, as in a spreadsheet). */
export function moveCursor(pos: GridPos, move: Move, size: GridSize): GridPos {
  const lastRow = Math.max(0, size.rows - 1);
  const lastCol = size.columns + 1;
  const at = (row: number, col: number) => ({ row: clamp(row, 0, lastRow), col: clamp(col, 0, lastCol) });
  switch (move) {
    case 'up':
      return at(pos.row - 1, pos.col);
    case 'down':
      return at(pos.row + 1, pos.col);
    case 'left':
      return at(pos.row, pos.col - 1);
    case 'right':
      return at(pos.row, pos.col + 1);
    case 'rowStart':
      return at(pos.row, 0);
    case 'rowEnd':
      return at(pos.row, lastCol);
    case 'first':
      return at(0, 0);
    case 'last':
      return at(lastRow, lastCol);
    case 'pageUp':
      return at(pos.row - PAGE_ROWS, pos.col);
    case 'pageDown':
      return at(pos.row + PAGE_ROWS, pos.col);
  }
}

/** The cycle a click (or Space) steps through: empty, R, A, C, I, empty. */
export function nextValue(value: RaciValue | null): RaciValue | null {
  if (value === null) return RACI_VALUES[0];
  return RACI_VALUES[RACI_VALUES.indexOf(value) + 1] ?? null;
}

/**
 * The cursor as remembered between renders: by row id and column key, so a row added or
 * removed by someone else does not move it to another cell; by index when its row or
 * column is gone (it then stays at the same place).
 */
export interface SavedCursor {
  rowId: string | null;
  part: 'title' | 'cell' | 'rules';
  colKey: string | null;
  row: number;
  col: number;
}

/** Before anything was focused: the first person of the first row. */
export const START_CURSOR: SavedCursor = { rowId: null, part: 'cell', colKey: null, row: 0, col: 1 };

export function saveCursor(pos: GridPos, rowIds: readonly string[], colKeys: readonly string[]): SavedCursor {
  const part = pos.col === 0 ? 'title' : pos.col > colKeys.length ? 'rules' : 'cell';
  return {
    rowId: rowIds[pos.row] ?? null,
    part,
    colKey: part === 'cell' ? (colKeys[pos.col - 1] ?? null) : null,
    row: pos.row,
    col: pos.col,
  };
}

export function resolveCursor(saved: SavedCursor, rowIds: readonly string[], colKeys: readonly string[]): GridPos {
  const byId = saved.rowId === null ? -1 : rowIds.indexOf(saved.rowId);
  const row = byId >= 0 ? byId : clamp(saved.row, 0, Math.max(0, rowIds.length - 1));
  if (saved.part === 'title' || colKeys.length === 0) return { row, col: saved.part === 'rules' ? 1 : 0 };
  if (saved.part === 'rules') return { row, col: colKeys.length + 1 };
  const byKey = saved.colKey === null ? -1 : colKeys.indexOf(saved.colKey);
  return { row, col: byKey >= 0 ? byKey + 1 : clamp(saved.col, 1, colKeys.length) };
}

/** One line over the grid: how many rows break a rule, or that none does. */
export function raciSummary(rows: readonly { issues: readonly unknown[] }[]): string {
  const broken = rows.filter((r) => r.issues.length > 0).length;
  if (broken === 0) return 'Every row has one Accountable and a Responsible';
  return broken === 1 ? '1 row breaks a rule' : `${broken} rows break a rule`;
}

/** A cell in words, for its tooltip and its name: "Anna Berg is Accountable for “Portal”". */
export function cellSentence(who: string, value: RaciValue | null, rowTitle: string): string {
  return value ? `${who} is ${RACI_NAMES[value]} for “${rowTitle}”` : `${who} has no role in “${rowTitle}”`;
}
