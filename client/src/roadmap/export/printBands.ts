import { BAR_HEIGHT, LANE_PADDING, ROW_HEIGHT } from '../../timeline/bars';
import type { PictureArrow, RoadmapPicture } from './picture';
import { arrowSvg, barSvg, headerSvg, n, todayLineSvg, yearLinesSvg } from './roadmapSvg';

/*
 * The roadmap cut into horizontal bands for paper: one band per line of bars, cut in the
 * gap between lines, so a page break (which falls between table rows) never cuts a bar.
 * Each band is its own small SVG showing the picture between two heights: bars in it,
 * and the parts of arrows, grid and today line that cross it, so stacked bands read as
 * one picture.
 */

export interface PrintBand {
  /** The lane's title on its first band, else null. */
  title: string | null;
  y0: number;
  y1: number;
  svg: string;
}

/** Cut points of one row: its top, the middle of each gap between lines, its bottom. */
export function rowCuts(top: number, height: number): number[] {
  const cuts = [top];
  const gap = (ROW_HEIGHT - BAR_HEIGHT) / 2;
  // rowLayout's height: lines × ROW_HEIGHT + padding, less one gap (at least MIN_LANE_HEIGHT)
  const lines = Math.max(1, Math.floor((height - LANE_PADDING * 2 + (ROW_HEIGHT - BAR_HEIGHT)) / ROW_HEIGHT));
  for (let k = 1; k < lines; k++) cuts.push(top + LANE_PADDING + k * ROW_HEIGHT - gap);
  cuts.push(top + height);
  return cuts;
}

const spanY = (arrow: PictureArrow): [number, number] => {
  const ys = arrow.points.map((p) => p.y);
  return [Math.min(...ys), Math.max(...ys)];
};

function bandSvg(picture: RoadmapPicture, y0: number, y1: number, arrows: readonly PictureArrow[]): string {
  const bars = picture.bars.filter((b) => b.y >= y0 && b.y < y1);
  const today = todayLineSvg(picture, y0, y1);
  const years = yearLinesSvg(picture, y0, y1);
  const h = y1 - y0;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 ${n(y0)} ${n(picture.width)} ${n(h)}" width="${n(picture.width)}" height="${n(h)}" overflow="hidden">${years}${bars.map((b) => barSvg(b)).join('')}${arrows.map(arrowSvg).join('')}${today}</svg>`;
}

/** The bands of the whole picture, top to bottom. */
export function printBands(picture: RoadmapPicture): PrintBand[] {
  const spans = picture.arrows.map((a) => ({ arrow: a, span: spanY(a) }));
  const out: PrintBand[] = [];
  for (const row of picture.rows) {
    const cuts = rowCuts(row.top, row.height);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const y0 = cuts[i] as number;
      const y1 = cuts[i + 1] as number;
      const arrows = spans.filter((s) => s.span[1] >= y0 && s.span[0] <= y1).map((s) => s.arrow);
      out.push({ title: i === 0 ? row.title : null, y0, y1, svg: bandSvg(picture, y0, y1, arrows) });
    }
  }
  return out;
}

/** The time header as an SVG, repeated at the top of every printed page. */
export function printHeader(picture: RoadmapPicture): string {
  const { width, header } = picture;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(header.height)}" width="${n(width)}" height="${n(header.height)}" overflow="hidden">${headerSvg(header.rows, width)}</svg>`;
}
