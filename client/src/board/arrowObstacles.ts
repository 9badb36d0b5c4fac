import { toDayNumber } from '@planroom/shared';
import type { Field } from '../lib/arrowField';
import { BESIDE_GAP, besideWidth, roomsOf, titleBeside } from '../lib/barLabels';
import { buildField, type FieldRow } from '../lib/depGeometry';
import type { LayoutEngine } from '../lib/layoutEngine';
import type { BarBox } from '../lib/rowLayout';
import { titleWidth } from '../lib/textWidth';
import type { BoardContextValue } from './BoardContext';

type Parts = Pick<BoardContextValue, 'engine' | 'store' | 'rollups' | 'canEdit'>;

const built = new WeakMap<LayoutEngine, { version: number; canEdit: boolean; field: Field }>();

/**
 * The bars, titles and roll-ups of the whole layout that arrows steer around, built on
 * first use after the layout changes (not while scrolling) and shared by every arrow.
 * The whole board, not the rendered part, so a route does not change as the view moves.
 */
export function arrowObstaclesFor({ engine, store, rollups, canEdit }: Parts): Field {
  const version = engine.getGeometryVersion();
  const known = built.get(engine);
  if (known && known.version === version && known.canEdit === canEdit) return known.field;

  const { keys, offsets, scale } = engine.getStructure();
  const gap = canEdit ? BESIDE_GAP.edit : BESIDE_GAP.view;
  const rows: FieldRow[] = [];
  const parents = new Set<string>();
  const room = new Map<string, number>();
  keys.forEach((key, i) => {
    const entry = engine.getRow(key);
    if (!entry) return;
    rows.push({ top: offsets[i] ?? 0, boxes: entry.layout.boxes });
    for (const id of entry.parents) parents.add(id);
    for (const [id, free] of roomsOf(entry.layout.boxes, scale.width)) room.set(id, free);
  });

  const field = buildField(rows, {
    title(id: string, box: BarBox) {
      const item = store.getItem(id);
      if (!item) return null;
      const owner = item.ownerId !== null && store.people.get(item.ownerId) !== undefined;
      const need = { text: titleWidth(item.title), owner };
      if (!titleBeside(box.width, box.labelOutside, need, room.get(id) ?? 0, gap)) return null;
      const x0 = box.x + box.width + gap;
      return { x0, x1: x0 + besideWidth(need) };
    },
    rollup(id: string) {
      const r = parents.has(id) ? rollups.get(id) : undefined;
      if (!r || r.start === r.end) return null;
      return { x0: scale.x(toDayNumber(r.start)), x1: scale.x(toDayNumber(r.end) + 1) };
    },
  });
  built.set(engine, { version, canEdit, field });
  return field;
}
