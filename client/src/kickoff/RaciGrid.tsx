import {
  collection,
  deleteActivity,
  RACI_VALUES,
  type RaciMatrix,
  type RaciRow,
  type RaciValue,
  raciCellId,
  setRaci,
} from '@planroom/shared';
import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type * as Y from 'yjs';
import { edit } from '../core/edit';
import { useKickoffBoard } from './KickoffContext';
import { RaciRowView } from './RaciRow';
import {
  type GridPos,
  keyAction,
  moveCursor,
  nextValue,
  resolveCursor,
  type SavedCursor,
  START_CURSOR,
  saveCursor,
} from './raciGrid';

interface Props {
  kickoffId: string;
  matrix: RaciMatrix;
  /** Id of the heading that names the grid, and of the text that lists its keys. */
  labelledBy: string;
  describedBy: string;
  /** An activity whose title field should take the focus once its row is on screen (one just added). */
  focusTitle: string | null;
  onTitleFocused: () => void;
}

/** The value in the document now: the matrix on screen may be a few milliseconds behind a fast clicker. */
function liveValue(doc: Y.Doc, row: string, column: string): RaciValue | null {
  const value = collection(doc, 'raci').get(raciCellId(row, column))?.get('value');
  return (RACI_VALUES as readonly unknown[]).includes(value) ? (value as RaciValue) : null;
}

/** Where a cell of the body sits (title, people, rules), from any element inside it. */
function posOf(target: EventTarget | null): GridPos | null {
  const cell = target instanceof Element ? target.closest('td, th') : null;
  const tr = cell?.parentElement;
  if (!(cell instanceof HTMLTableCellElement) || !(tr instanceof HTMLTableRowElement)) return null;
  return tr.parentElement instanceof HTMLTableSectionElement && tr.parentElement.tagName === 'TBODY'
    ? { row: tr.sectionRowIndex, col: cell.cellIndex }
    : null;
}

/**
 * The RACI matrix as an ARIA grid: one tab stop (roving tabindex), keys and clicks that set
 * cells, and the title field of an activity reached with Enter and left with Escape.
 */
export function RaciGrid({ kickoffId, matrix, labelledBy, describedBy, focusTitle, onTitleFocused }: Props) {
  const ctx = useKickoffBoard();
  const { rows, columns } = matrix;
  const tableRef = useRef<HTMLTableElement>(null);
  const gridId = useId();
  const [saved, setSaved] = useState<SavedCursor>(START_CURSOR);
  const rowIds = useMemo(() => rows.map((r) => r.id), [rows]);
  const colKeys = useMemo(() => columns.map((c) => c.key), [columns]);
  const cursor = resolveCursor(saved, rowIds, colKeys);

  const cellAt = useCallback(
    (pos: GridPos): HTMLTableCellElement | null => tableRef.current?.tBodies[0]?.rows[pos.row]?.cells[pos.col] ?? null,
    [],
  );

  function write(pos: GridPos, next: (current: RaciValue | null) => RaciValue | null) {
    const row = rows[pos.row];
    const column = columns[pos.col - 1];
    if (!row || !column || !ctx.canEdit) return;
    const current = liveValue(ctx.doc, row.id, column.key);
    const value = next(current);
    if (value !== current) edit(ctx, () => setRaci(ctx.doc, kickoffId, row.id, column.key, value));
  }

  // Whatever takes the focus inside the body (keys, a click, the title field) becomes the cursor.
  const onFocus = (e: FocusEvent) => {
    const pos = posOf(e.target);
    if (!pos) return;
    if (pos.row !== cursor.row || pos.col !== cursor.col) setSaved(saveCursor(pos, rowIds, colKeys));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const pos = posOf(e.target);
    const cell = pos && cellAt(pos);
    if (!pos || !cell) return;
    if (e.target !== cell) {
      fieldKey(e, cell);
      return;
    }
    const action = keyAction(e);
    if (!action) return;
    // board-wide shortcuts (R for Resources) skip events already handled
    e.preventDefault();
    e.stopPropagation();
    if (action.kind === 'move')
      reach(cellAt(moveCursor(pos, action.move, { rows: rows.length, columns: columns.length })));
    else if (action.kind === 'set') write(pos, () => action.value);
    else if (action.kind === 'cycle') write(pos, nextValue);
    else if (pos.col === 0) {
      const input = cell.querySelector('input');
      input?.focus();
      input?.select();
    }
  };

  const onClick = (e: MouseEvent<HTMLTableElement>) => {
    const cell = e.target instanceof Element ? e.target.closest('[data-testid="raci-cell"]') : null;
    const pos = cell && posOf(cell);
    if (pos) write(pos, nextValue);
  };

  const deleteRow = useRef<(row: RaciRow) => void>(() => {});
  deleteRow.current = (row) => {
    const index = rowIds.indexOf(row.id);
    const neighbour = cellAt({ row: index + 1 < rows.length ? index + 1 : index - 1, col: 0 });
    if (!edit(ctx, () => deleteActivity(ctx.doc, row.id))) return;
    neighbour?.focus();
    ctx.session.notify(`Deleted activity “${row.title}”. Undo (Ctrl+Z) brings it back.`, 'info');
  };
  const onDelete = useCallback((row: RaciRow) => deleteRow.current(row), []);

  useLayoutEffect(() => {
    const index = focusTitle ? rowIds.indexOf(focusTitle) : -1;
    if (index < 0) return;
    const input = cellAt({ row: index, col: 0 })?.querySelector('input');
    input?.focus();
    input?.select();
    onTitleFocused();
  }, [focusTitle, rowIds, cellAt, onTitleFocused]);

  return (
    <div className="raci-scroll">
      <table
        ref={tableRef}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table with role grid is the ARIA data grid pattern (its cells become gridcells)
        role="grid"
        className="raci-grid"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-readonly={ctx.canEdit ? undefined : true}
        data-testid="raci-grid"
        onKeyDown={onKeyDown}
        onClick={onClick}
        onFocus={onFocus}
      >
        <thead>
          <tr>
            <th scope="col" className="raci-corner">
              Deliverable or activity
            </th>
            {columns.map((column, i) => (
              <th
                key={column.key}
                scope="col"
                className={`raci-col ${cursor.col === i + 1 ? 'is-cursor' : ''}`}
                title={column.label}
                data-column={column.key}
                data-kind={column.personId ? 'person' : 'role'}
              >
                <span className="raci-col-label">{column.label}</span>
                {!column.personId && <span className="sr-only"> (role)</span>}
              </th>
            ))}
            <th scope="col" className="raci-rules-head">
              Rules
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <RaciRowView
              key={row.id}
              row={row}
              columns={columns}
              cursorCol={cursor.row === i ? cursor.col : -1}
              rulesId={`${gridId}-rules-${i}`}
              onDelete={onDelete}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Focuses a cell, scrolled fully into view clear of the sticky header and titles (the box's scroll-padding). */
function reach(cell: HTMLTableCellElement | null) {
  cell?.focus({ preventScroll: true });
  cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * Keys in the title field or delete button of an activity: Escape goes back to the grid
 * (the field puts back an unsaved draft on the first Escape itself); Tab moves between
 * the two, staying in the cell until Escape, as the ARIA grid pattern describes.
 */
function fieldKey(e: KeyboardEvent, cell: HTMLTableCellElement) {
  if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    cell.focus();
  } else if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
    const fields = [...cell.querySelectorAll<HTMLElement>('input, button')];
    const index = fields.indexOf(e.target as HTMLElement);
    if (index < 0 || fields.length < 2) return;
    e.preventDefault();
    fields[(index + (e.shiftKey ? -1 : 1) + fields.length) % fields.length]?.focus();
  }
}
