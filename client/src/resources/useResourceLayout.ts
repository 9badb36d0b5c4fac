import type { Assignment } from '@planroom/shared';
import { useMemo, useRef, useSyncExternalStore } from 'react';
import type { BoardStore } from '../core/boardStore';
import { rowOffsets } from '../timeline/rowGeometry';
import type { DayScale } from '../timeline/timeScale';
import { isoDay } from '../timeline/timeScale';
import type { CapacityModel } from './capacityModel';
import { useResourceBoard } from './ResourcesContext';
import { type AssignmentSpan, layoutAssignments, RES, type ResourceRowLayout, sameRowLayout } from './resourceLayout';
import type { ResourceRow } from './resourceRows';
import { amountShort, roleName } from './resourceText';

export interface PlacedRow {
  row: ResourceRow;
  height: number;
  /** Bars and strip of a person or role row. */
  bars: ResourceRowLayout | null;
}

export interface ResourceStructure {
  rows: PlacedRow[];
  /** Top of each row in the body, plus the total height at the end. */
  offsets: number[];
  version: number;
}

/** What a bar says: the item and the amount, and for unstaffed demand the role first. */
export function barLabel(title: string, a: Assignment): string {
  return a.personId === null ? `${roleName(a.role)} · ${title} · ${amountShort(a)}` : `${title} · ${amountShort(a)}`;
}

function spansOf(store: BoardStore, assignments: readonly Assignment[]): AssignmentSpan[] {
  return assignments.flatMap((a) => {
    const item = store.getItem(a.itemId);
    if (!item) return [];
    return [
      { id: a.id, start: isoDay(item.start), end: isoDay(item.end), kind: item.kind, label: barLabel(item.title, a) },
    ];
  });
}

/**
 * Rows, heights and bar layouts of the resource view for the current scale. A row is laid
 * out again only when its data (the model keeps unchanged rows' snapshots identical) or
 * the scale changed, and a layout that comes out the same keeps its identity, so only
 * rows whose bars moved render.
 */
export function useResourceLayout(model: CapacityModel, scale: DayScale): ResourceStructure {
  const { store } = useResourceBoard();
  const version = useSyncExternalStore(model.subscribe, model.getVersion);
  const cache = useRef(new Map<string, { data: unknown; scale: DayScale; layout: ResourceRowLayout }>());

  return useMemo(() => {
    const next = new Map<string, { data: unknown; scale: DayScale; layout: ResourceRowLayout }>();
    const laidOut = (key: string, data: unknown, assignments: readonly Assignment[]) => {
      const old = cache.current.get(key);
      if (old && old.data === data && old.scale === scale) {
        next.set(key, old);
        return old.layout;
      }
      let layout = layoutAssignments(spansOf(store, assignments), scale);
      if (old && sameRowLayout(old.layout, layout)) layout = old.layout;
      next.set(key, { data, scale, layout });
      return layout;
    };
    const rows = model.getRows().map((row): PlacedRow => {
      if (row.kind === 'team') return { row, height: RES.team, bars: null };
      if (row.kind === 'unstaffed') return { row, height: RES.unstaffed, bars: null };
      const data = row.kind === 'person' ? model.personRow(row.personId) : model.roleRow(row.role);
      const bars = laidOut(row.key, data, data?.assignments ?? []);
      return { row, height: bars.height, bars };
    });
    cache.current = next;
    return { rows, offsets: rowOffsets(rows.map((r) => r.height)), version };
    // `version` stands for every row snapshot the model hands out
  }, [model, store, scale, version]);
}
