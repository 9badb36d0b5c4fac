import type { ItemKind, Status } from '@planroom/shared';

/*
 * What an exported roadmap shows, in plain numbers: the layout's rows, bars and arrows cut
 * to a range of days, with the time header above. Built from the layout engine
 * (exportModel.ts), drawn to SVG (roadmapSvg.ts) and to the print table (RoadmapPrint.tsx).
 * x is in pixels from the first exported day; y from the top of the body.
 */

export interface PictureBar {
  id: string;
  title: string;
  kind: ItemKind;
  status: Status;
  /** 0–100. */
  progress: number;
  x: number;
  y: number;
  width: number;
  /** The layout made room for the title right of the bar (narrow bars, milestones). */
  titleBeside: boolean;
  /** Free pixels after the bar in its line, before the next bar. */
  room: number;
}

export interface PictureRow {
  title: string;
  top: number;
  height: number;
}

export interface PictureArrow {
  points: ReadonlyArray<{ x: number; y: number }>;
  /** The link's dates break its rule (drawn red, as on screen). */
  broken: boolean;
}

export interface PictureBand {
  x: number;
  width: number;
  label: string;
  today?: boolean;
}

export interface PictureHeaderRow {
  unit: string;
  top: number;
  height: number;
  bands: PictureBand[];
}

export interface RoadmapPicture {
  /** The board's name. */
  title: string;
  /** "Whole board · 1 Jan 2026 – 31 Dec 2027 · exported 2 Dec 2026". */
  subtitle: string;
  /** Width of the time area. */
  width: number;
  header: { rows: PictureHeaderRow[]; height: number };
  rows: PictureRow[];
  bars: PictureBar[];
  arrows: PictureArrow[];
  /** Middle of today's column, when today is in the range. */
  today: number | null;
  /** Year starts: stronger grid lines. */
  yearLines: number[];
}
