import { STATUS_TITLES, STATUSES, type Status } from '@planroom/shared';
import type { PictureBand, PictureBar, PictureHeaderRow, RoadmapPicture } from './picture';

/*
 * How an exported roadmap looks, for both of its painters: the SVG writer (roadmapSvg.ts,
 * the SVG file and the print table) and the canvas painter (roadmapCanvas.ts, the PNG).
 * Colours, sizes and every placement decision (title inside or beside a bar, a header
 * label cut to its initial, the legend's entries) live here, so the two cannot drift.
 */

export const LANE_WIDTH = 200;
export const TITLE_HEIGHT = 56;
export const LEGEND_HEIGHT = 64;
const MIN_WIDTH = 960;
export const FONT = `-apple-system, BlinkMacSystemFont, 'Segoe UI', system-ui, Roboto, 'Helvetica Neue', Arial, sans-serif`;

/** Status colours as on screen (base.css): the line and the bar's background. */
export const STATUS_COLOURS: Record<Status, { line: string; bg: string }> = {
  'not-started': { line: '#6b7480', bg: '#f1f3f5' },
  'on-track': { line: '#1a7f37', bg: '#e8f5ec' },
  'at-risk': { line: '#9a6400', bg: '#fff3d1' },
  'off-track': { line: '#c7252f', bg: '#fdeaea' },
  done: { line: '#7045c9', bg: '#f1ecfc' },
};
export const TEXT = '#1c2024';
export const MUTED = '#5b6573';
export const GRID = '#e3e6ea';
export const RED = '#c7252f';
export const ARROW = '#7b8594';
/** Year starts and the lane column's edge. */
export const STRONG_GRID = '#c9ced6';
export const STRIPE = '#fafbfc';
/** Bar outlines are the status line colour at this opacity; progress fills at PROGRESS_OPACITY. */
export const OUTLINE_OPACITY = 0.45;
export const PROGRESS_OPACITY = 0.18;
export const BAR_RADIUS = 5;
export const SUMMARY_BAND = 4;
export const ARROW_WIDTH = 1.4;
export const TODAY_WIDTH = 1.5;

/** Text sizes and offsets (the y of a text is its baseline). */
export const TYPE = {
  title: { size: 20, weight: 650, x: 16, y: 28 },
  subtitle: { size: 12, weight: 400, x: 16, y: 46 },
  header: { size: 11, todayWeight: 600, above: 5, left: 4 },
  lane: { size: 13, weight: 600, left: 12, below: 22 },
  bar: { size: 12, below: 16 },
  legend: { size: 12 },
} as const;

/** A per-character width guess, where nothing measures text (header labels, legend, tests). */
export const guess = (text: string) => text.length * 6.6;

/** The text cut with "…" to fit `room` pixels (nothing when not even that fits). */
export function fitText(text: string, room: number, measure: (t: string) => number): string {
  if (measure(text) <= room) return text;
  if (measure('…') > room) return '';
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${text.slice(0, mid)}…`) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo ? `${text.slice(0, lo).trimEnd()}…` : '';
}

/** The picture's size and where its body starts, in picture pixels. */
export function pictureFrame(picture: RoadmapPicture) {
  const bodyTop = TITLE_HEIGHT + picture.header.height;
  const last = picture.rows.at(-1);
  const bodyHeight = last ? last.top + last.height : 0;
  return {
    width: Math.ceil(Math.max(MIN_WIDTH, LANE_WIDTH + picture.width)),
    height: Math.ceil(bodyTop + bodyHeight + LEGEND_HEIGHT + 8),
    bodyTop,
    bodyHeight,
    legendTop: bodyTop + bodyHeight + 28,
  };
}

/**
 * A header band's label and where it goes: a band starting before the range keeps its
 * label at the edge; a month too narrow for its name shows its initial ("J F M"), as
 * printed calendars do; a band too narrow for that shows nothing.
 */
export function bandLabel(band: PictureBand, row: PictureHeaderRow): { x: number; y: number; text: string } | null {
  const left = Math.max(band.x, 0);
  const room = band.x + band.width - left - 8;
  const text = guess(band.label) <= room ? band.label : guess('M') <= room ? band.label.slice(0, 1) : '';
  return text ? { x: left + TYPE.header.left, y: row.top + row.height - TYPE.header.above, text } : null;
}

const BESIDE_GAP = 6;
const BESIDE_MAX = 240;

/**
 * Where a bar's title goes, as on screen (barLabels.ts): inside when it fits, else beside
 * the bar when the line has room before the next bar, else cut short inside. A bar that
 * starts before the exported range keeps its title at the range's edge, like the screen's
 * sticky titles.
 */
export function barTitle(bar: PictureBar, measure: (t: string) => number): { x: number; text: string } | null {
  const beside = { x: bar.x + bar.width + BESIDE_GAP, room: Math.min(BESIDE_MAX, bar.room - BESIDE_GAP * 2) };
  const start = Math.max(bar.x, 0) + 8;
  const inside = bar.x + bar.width - 8 - start;
  const width = measure(bar.title);
  const text =
    bar.titleBeside || (width > inside && width <= beside.room)
      ? fitText(bar.title, bar.titleBeside ? BESIDE_MAX : beside.room, measure)
      : null;
  if (text) return { x: beside.x, text };
  const cut = fitText(bar.title, inside, measure);
  return cut ? { x: start, text: cut } : null;
}

/** A bar drawn as a summary (heavier outline, a band on top). */
export const isSummary = (bar: Pick<PictureBar, 'kind'>) => bar.kind === 'program' || bar.kind === 'portfolio';

/** The width of a bar's progress fill. */
export const progressWidth = (bar: Pick<PictureBar, 'width' | 'progress'>) =>
  (bar.width * Math.max(0, Math.min(100, bar.progress))) / 100;

export type LegendMark =
  | { kind: 'status'; status: Status }
  | { kind: 'task' | 'program' | 'milestone' | 'dependency' | 'broken' | 'today' };

export interface LegendEntry {
  mark: LegendMark;
  label: string;
  /** Left of the mark; the label starts 26 px further. */
  x: number;
  /** The line's middle, a pixel below the mark's centre; the label's baseline is 4 px lower. */
  y: number;
}

/** The legend: statuses on one line; kinds, links and today on the next. */
export function legendLayout(top: number): LegendEntry[] {
  const lines: Array<Array<[LegendMark, string]>> = [
    STATUSES.map((status) => [{ kind: 'status', status }, STATUS_TITLES[status]]),
    [
      [{ kind: 'task' }, 'Project or task'],
      [{ kind: 'program' }, 'Program or portfolio'],
      [{ kind: 'milestone' }, 'Milestone'],
      [{ kind: 'dependency' }, 'Dependency'],
      [{ kind: 'broken' }, 'Broken dependency'],
      [{ kind: 'today' }, 'Today'],
    ],
  ];
  return lines.flatMap((line, i) => {
    let x = 16;
    return line.map(([mark, label]) => {
      const entry = { mark, label, x, y: top + i * 26 };
      x += 44 + guess(label);
      return entry;
    });
  });
}
