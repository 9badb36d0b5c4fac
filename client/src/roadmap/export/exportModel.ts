import { fromDayNumber, violations } from '@planroom/shared';
import type { BoardStore } from '../../core/boardStore';
import { dayText } from '../../i18n/format';
import { rowTop } from '../../timeline/bars';
import { DEFAULT_HEADER, type HeaderOptions, headerBands, headerRows, yearStarts } from '../../timeline/timeHeader';
import { levelFor } from '../../timeline/zoom';
import { type Anchor, routeArrow } from '../arrowRoute';
import { roomsOf } from '../barLabels';
import { depAnchors, sameBar } from '../depGeometry';
import type { LayoutEngine } from '../layoutEngine';
import type { PictureArrow, PictureBar, PictureRow, RoadmapPicture } from './picture';

/** Which days to export: all the board's range, or the days on screen. */
export interface ExportRange {
  kind: 'whole' | 'visible';
  fromDay: number;
  /** The day after the last one. */
  toDay: number;
}

export interface PictureInput {
  engine: Pick<LayoutEngine, 'getStructure' | 'getRow' | 'getPlace'>;
  store: Pick<BoardStore, 'getItem' | 'getItems' | 'deps'>;
  name: string;
  range: ExportRange;
  today: number;
  header?: HeaderOptions;
  /** A link's route, as the screen steers it around bars; by default one that knows only its ends. */
  route?: (depId: string, from: Anchor, to: Anchor) => ReadonlyArray<{ x: number; y: number }>;
}

const dateText = (day: number) => dayText(fromDayNumber(day));

/** The range cut to the board's scale, whole days. */
function clampRange(range: ExportRange, scale: { fromDay: number; toDay: number }): [number, number] {
  const from = Math.max(scale.fromDay, Math.floor(range.fromDay));
  const to = Math.min(scale.toDay, Math.ceil(range.toDay));
  return to > from ? [from, to] : [scale.fromDay, scale.toDay];
}

function barsIn(input: PictureInput, x0: number, x1: number) {
  const { keys, offsets, scale } = input.engine.getStructure();
  const width = scale.width;
  const bars: PictureBar[] = [];
  keys.forEach((key, i) => {
    const entry = input.engine.getRow(key);
    const top = offsets[i] ?? 0;
    if (!entry) return;
    const rooms = roomsOf(entry.layout.boxes, width);
    for (const [id, box] of entry.layout.boxes) {
      const item = input.store.getItem(id);
      // bars just left of the range may still show their title beside them
      if (!item || box.x > x1 || box.x + box.width + (box.labelOutside ? 240 : 0) < x0) continue;
      bars.push({
        id,
        title: item.title,
        kind: item.kind,
        status: item.status,
        progress: item.progress,
        x: box.x - x0,
        y: top + rowTop(box.row),
        width: box.width,
        titleBeside: box.labelOutside,
        room: rooms.get(id) ?? 0,
      });
    }
  });
  return bars;
}

function arrowsIn(input: PictureInput, x0: number, x1: number): PictureArrow[] {
  const route = input.route ?? ((_: string, from: Anchor, to: Anchor) => routeArrow(from, to, { minX: 0 }));
  const items = input.store.getItems();
  const deps = input.store.deps.all();
  const broken = violations(items, deps);
  const out: PictureArrow[] = [];
  for (const dep of deps) {
    const a = input.engine.getPlace(dep.from);
    const b = input.engine.getPlace(dep.to);
    if (!a || !b || sameBar(a, b)) continue;
    const inRange = (p: typeof a) => p.x + p.width >= x0 && p.x <= x1;
    if (!inRange(a) && !inRange(b)) continue;
    const [from, to] = depAnchors(dep.type, a, b);
    const points = route(dep.id, from, to).map((p) => ({ x: p.x - x0, y: p.y }));
    if (points.length >= 2) out.push({ points, broken: broken.has(dep.id) });
  }
  return out;
}

/** The roadmap as this person's view lays it out (grouping, filters, zoom), cut to the range. */
export function roadmapPicture(input: PictureInput): RoadmapPicture {
  const { keys, offsets, scale } = input.engine.getStructure();
  const [from, to] = clampRange(input.range, scale);
  const x0 = scale.x(from);
  const x1 = scale.x(to);
  const level = levelFor(scale.ppd);
  const bands = headerBands(level);
  const header = headerRows(level, scale, from, to, input.header ?? DEFAULT_HEADER, input.today).map((row, i) => ({
    unit: row.unit,
    top: bands.rows[i]?.top ?? 0,
    height: bands.rows[i]?.height ?? 0,
    bands: row.bands.map((b) => ({ x: b.x - x0, width: b.width, label: b.label, today: b.today })),
  }));
  const rows: PictureRow[] = keys.map((key, i) => ({
    title: input.engine.getRow(key)?.title ?? '',
    top: offsets[i] ?? 0,
    height: (offsets[i + 1] ?? 0) - (offsets[i] ?? 0),
  }));
  const what = input.range.kind === 'whole' ? 'Whole board' : 'Visible range';
  return {
    title: input.name,
    subtitle: `${what} · ${dateText(from)} – ${dateText(to - 1)} · exported ${dateText(input.today)}`,
    width: x1 - x0,
    header: { rows: header, height: bands.height },
    rows,
    bars: barsIn(input, x0, x1),
    arrows: arrowsIn(input, x0, x1),
    today: input.today >= from && input.today < to ? scale.x(input.today) + scale.ppd / 2 - x0 : null,
    yearLines: yearStarts(scale, from, to).map((x) => x - x0),
  };
}

/** `<board name> roadmap 2026-12-02.png`: characters file systems refuse become spaces. */
export function exportFileName(name: string, what: string, today: number, ext: string): string {
  const safe = name
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe || 'Board'} ${what} ${fromDayNumber(today)}.${ext}`;
}
