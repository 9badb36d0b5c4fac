import { toDayNumber } from '@planroom/shared';
import type { BarBox } from '../timeline/bars';
import { titleWidth } from '../ui/textWidth';
import type { Field } from './arrowField';
import type { Point } from './arrowRoute';
import { BESIDE_GAP, besideRoom, roomsOf, titleBeside } from './barLabels';
import { placeLines, type RowLine, rowLines } from './depGeometry';
import type { LayoutEngine } from './layoutEngine';
import type { RoadmapContextValue } from './RoadmapContext';

type Parts = Pick<RoadmapContextValue, 'engine' | 'store' | 'rollups' | 'canEdit'>;

const built = new WeakMap<LayoutEngine, { version: number; canEdit: boolean; field: Field }>();
/** Each row's lines, kept while its boxes (and the track's width, and who is looking) stay the same. */
const rowCache = new WeakMap<object, { key: string; lines: RowLine[] }>();

/**
 * The bars, titles and roll-ups of the whole layout that arrows steer around, built on
 * first use after the layout changes (never while scrolling) and shared by every arrow.
 * The whole board, not the rendered part, so a route does not change as the view moves;
 * a row whose boxes did not change keeps its lines, so an edit rebuilds one row.
 */
export function arrowObstaclesFor({ engine, store, rollups, canEdit }: Parts): Field {
  const version = engine.getGeometryVersion();
  const known = built.get(engine);
  if (known && known.version === version && known.canEdit === canEdit) return known.field;

  const { keys, offsets, scale } = engine.getStructure();
  const gap = canEdit ? BESIDE_GAP.edit : BESIDE_GAP.view;
  const cacheKey = `${canEdit} ${scale.width}`;
  const parents = new Set<string>();
  const rows: Array<{ top: number; lines: RowLine[] }> = [];
  keys.forEach((key, i) => {
    const entry = engine.getRow(key);
    if (!entry) return;
    for (const id of entry.parents) parents.add(id);
    const boxes = entry.layout.boxes;
    let cached = rowCache.get(boxes);
    if (cached?.key !== cacheKey) {
      const room = roomsOf(boxes, scale.width);
      cached = {
        key: cacheKey,
        lines: rowLines(boxes, (id: string, box: BarBox) => {
          const item = store.getItem(id);
          if (!item) return null;
          const owner = item.ownerId !== null && store.people.get(item.ownerId) !== undefined;
          const need = { text: titleWidth(item.title), owner };
          const free = room.get(id) ?? 0;
          if (!titleBeside(box.width, box.labelOutside, need, free, gap)) return null;
          const x0 = box.x + box.width + gap;
          return { x0, x1: x0 + besideRoom(need, free, gap) };
        }),
      };
      rowCache.set(boxes, cached);
    }
    rows.push({ top: offsets[i] ?? 0, lines: cached.lines });
  });

  const field = placeLines(rows, (id) => {
    const r = parents.has(id) ? rollups.get(id) : undefined;
    if (!r || r.start === r.end) return null;
    return { x0: scale.x(toDayNumber(r.start)), x1: scale.x(toDayNumber(r.end) + 1) };
  });
  built.set(engine, { version, canEdit, field });
  return field;
}

const routes = new WeakMap<LayoutEngine, Map<string, { key: string; route: Point[] }>>();

/**
 * A link's route, kept across the arrow leaving and coming back into the rendered part of
 * the board (panning back and forth routes nothing again) until its key changes.
 */
export function cachedRoute(engine: LayoutEngine, id: string, key: string, route: () => Point[]): Point[] {
  let byId = routes.get(engine);
  if (!byId) {
    byId = new Map();
    routes.set(engine, byId);
  }
  const known = byId.get(id);
  if (known?.key === key) return known.route;
  const next = route();
  byId.set(id, { key, route: next });
  return next;
}
