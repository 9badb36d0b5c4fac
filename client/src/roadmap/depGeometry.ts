import type { DepType } from '@planroom/shared';
import { BAR_HEIGHT, type BarBox, rowTop } from '../timeline/bars';
import type { Rect } from '../timeline/rowGeometry';
import { disjoint, type Field, type Line, type Span } from './arrowField';
import { type Anchor, depSides } from './arrowRoute';
import { CARET_ROOM } from './rowLayout';

/** What an arrow needs of a bar: where it is in the body. */
export interface BarPlace {
  x: number;
  width: number;
  y: number;
  proxy: boolean;
}

/** The points an arrow of this type leaves and enters (middle of the bars' edges). */
export function depAnchors(type: DepType, from: BarPlace, to: BarPlace): [Anchor, Anchor] {
  const [fromSide, toSide] = depSides(type);
  const at = (p: BarPlace, side: Anchor['side']): Anchor => ({
    x: side === 'end' ? p.x + p.width : p.x,
    y: p.y + BAR_HEIGHT / 2,
    side,
  });
  return [at(from, fromSide), at(to, toSide)];
}

/** Both ends drawn as the same bar (inside one collapsed parent): nothing to draw. */
export function sameBar(a: BarPlace, b: BarPlace): boolean {
  return (a.proxy || b.proxy) && a.x === b.x && a.y === b.y && a.width === b.width;
}

/**
 * The links worth drawing: both ends shown (not filtered out), not folded into one bar,
 * and at least one end inside `rect` (the rendered window of the body).
 */
export function visibleDeps(
  deps: ReadonlyArray<{ id: string; from: string; to: string }>,
  placeOf: (id: string) => BarPlace | undefined,
  rect: Rect,
): string[] {
  const inView = (p: BarPlace) =>
    p.x + p.width >= rect.x0 && p.x <= rect.x1 && p.y + BAR_HEIGHT >= rect.y0 && p.y <= rect.y1;
  const out: string[] = [];
  for (const dep of deps) {
    const a = placeOf(dep.from);
    const b = placeOf(dep.to);
    if (!a || !b || sameBar(a, b)) continue;
    if (inView(a) || inView(b)) out.push(dep.id);
  }
  return out;
}

/** A row of the roadmap as the arrows' field needs it. */
export interface FieldRow {
  top: number;
  boxes: ReadonlyMap<string, BarBox>;
}

export interface FieldParts {
  /** The title drawn beside this bar, if it is (in track coordinates). */
  title(id: string, box: BarBox): Span | null;
  /** The roll-up bar under this bar, if it has one. */
  rollup(id: string, box: BarBox): Span | null;
}

/** One sub-row of a row: its top within the row, what is drawn in it, and its bars (for roll-ups). */
export interface RowLine {
  top: number;
  spans: Span[];
  bars: Array<[string, BarBox]>;
}

/** The lines of one row: bars and the titles beside them, per sub-row, top to bottom. */
export function rowLines(boxes: ReadonlyMap<string, BarBox>, title: FieldParts['title']): RowLine[] {
  const lines: RowLine[] = [];
  for (const [id, box] of boxes) {
    let line = lines[box.row];
    if (!line) {
      line = { top: rowTop(box.row), spans: [], bars: [] };
      lines[box.row] = line;
    }
    // a parent's collapse caret sits just left of its bar
    line.spans.push({ x0: box.x - (box.children ? CARET_ROOM : 0), x1: box.x + box.width });
    const beside = title(id, box);
    if (beside) line.spans.push(beside);
    line.bars.push([id, box]);
  }
  const out = lines.filter((line) => line !== undefined);
  for (const line of out) line.spans = disjoint(line.spans);
  return out;
}

/**
 * The field arrows steer around: one line per sub-row of bars, holding the bars (with a
 * parent's collapse caret) and the titles drawn beside them, with the roll-ups in the
 * gutter under it. Built from each row's lines (which a caller may keep while the row's
 * boxes stay the same).
 */
export function placeLines(
  rows: ReadonlyArray<{ top: number; lines: readonly RowLine[] }>,
  rollup: FieldParts['rollup'],
): Field {
  const lines: Line[] = [];
  for (const row of rows) {
    for (const line of row.lines) {
      const y0 = row.top + line.top;
      const under: Span[] = [];
      for (const [id, box] of line.bars) {
        const span = rollup(id, box);
        if (span) under.push(span);
      }
      lines.push({ y0, y1: y0 + BAR_HEIGHT, spans: line.spans, under: disjoint(under) });
    }
  }
  return { lines };
}

export function buildField(rows: readonly FieldRow[], parts: FieldParts): Field {
  return placeLines(
    rows.map((row) => ({ top: row.top, lines: rowLines(row.boxes, parts.title) })),
    parts.rollup,
  );
}
