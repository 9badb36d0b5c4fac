import { boardCsvFiles, readBoard } from '@planroom/shared';
import { currentLocale } from '../../i18n/language';
import { LANE_COLUMN } from '../../timeline/layoutConstants';
import { weekLocaleFor } from '../../timeline/timeHeader';
import { titleWidth } from '../../ui/textWidth';
import { arrowObstaclesFor, cachedRoute } from '../arrowObstacles';
import { type Anchor, routeArrow } from '../arrowRoute';
import type { LayoutEngine } from '../layoutEngine';
import type { RoadmapContextValue } from '../RoadmapContext';
import { type ExportRange, exportFileName, roadmapPicture } from './exportModel';
import type { RoadmapPicture } from './picture';
import { picturePng } from './png';
import { roadmapSvg } from './roadmapSvg';

export type RangeKind = ExportRange['kind'];
type Ctx = Pick<RoadmapContextValue, 'engine' | 'store' | 'rollups' | 'canEdit' | 'session'>;

/** Saves a blob through the browser's download. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later, not now: some browsers still read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The days to export: the board's whole range, or the days the roadmap shows now. */
export function exportRange(ctx: Ctx, kind: RangeKind, engine: Pick<LayoutEngine, 'getStructure'> = ctx.engine) {
  const scale = engine.getStructure().scale;
  const space = ctx.session.space.get();
  if (kind === 'visible' && space?.mode === 'roadmap') {
    const from = space.anchor().day;
    const days = Math.max(1, space.scrollEl.clientWidth - LANE_COLUMN) / scale.ppd;
    return { kind, fromDay: Math.floor(from), toDay: Math.ceil(from + days) };
  }
  return { kind: 'whole' as const, fromDay: scale.fromDay, toDay: scale.toDay };
}

const headerOptions = (ctx: Ctx) => {
  const language = currentLocale();
  const fiscalYearStartMonth = ctx.store.getMeta().fiscalYearStartMonth;
  return { fiscalYearStartMonth, weekLocale: weekLocaleFor(language), language };
};

/** The picture of this person's roadmap (their grouping, filters and zoom) over a range. */
export function pictureOf(ctx: Ctx, range: ExportRange, engine: LayoutEngine = ctx.engine): RoadmapPicture {
  // the screen's cache and key (DependencyLayer): arrows already routed on screen are reused
  const route = (id: string, from: Anchor, to: Anchor) =>
    cachedRoute(
      engine,
      id,
      `${engine.getGeometryVersion()} ${ctx.canEdit} ${from.x} ${from.y} ${from.side} ${to.x} ${to.y} ${to.side}`,
      () => routeArrow(from, to, { field: arrowObstaclesFor({ ...ctx, engine }), minX: 0 }),
    );
  return roadmapPicture({
    engine,
    store: ctx.store,
    name: ctx.store.getMeta().name,
    range,
    today: engine.getView().today,
    header: headerOptions(ctx),
    route,
  });
}

const fileName = (ctx: Ctx, what: string, ext: string) =>
  exportFileName(ctx.store.getMeta().name, what, ctx.engine.getView().today, ext);

/** Runs `fn` as a User Timing measure ("export: picture", …), which benches and profilers read. */
export function timed<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`export: ${name}`, { start, end: performance.now() });
  }
}

export function roadmapSvgOf(ctx: Ctx, kind: RangeKind): string {
  const picture = timed('picture', () => pictureOf(ctx, exportRange(ctx, kind)));
  return timed('svg', () => roadmapSvg(picture, { measure: titleWidth }));
}

export function exportSvg(ctx: Ctx, kind: RangeKind): void {
  const svg = roadmapSvgOf(ctx, kind);
  downloadBlob(fileName(ctx, 'roadmap', 'svg'), new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
}

/** Paints the picture at 2x (or less for a huge board) and downloads it; resolves with the PNG's size. */
export async function exportPng(ctx: Ctx, kind: RangeKind): Promise<{ width: number; height: number }> {
  const picture = timed('picture', () => pictureOf(ctx, exportRange(ctx, kind)));
  const png = await picturePng(picture, titleWidth);
  downloadBlob(fileName(ctx, 'roadmap', 'png'), png.blob);
  return png;
}

/** One CSV file per table (RACI only when the board has some). */
export function exportCsv(ctx: Ctx & { doc: RoadmapContextValue['doc'] }): number {
  const files = boardCsvFiles(readBoard(ctx.doc));
  for (const file of files) {
    // a byte order mark, so spreadsheet programs read the file as UTF-8
    downloadBlob(fileName(ctx, file.table, 'csv'), new Blob(['\ufeff', file.csv], { type: 'text/csv;charset=utf-8' }));
  }
  return files.length;
}

export { fileName as exportName };
