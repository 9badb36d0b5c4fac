import type { Status } from '@planroom/shared';
import { BAR_HEIGHT, MILESTONE_SIZE } from '../../timeline/bars';
import { arrowHead, pathOf } from '../arrowRoute';
import type { PictureBar, RoadmapPicture } from './picture';
import {
  ARROW,
  ARROW_WIDTH,
  BAR_RADIUS,
  bandLabel,
  barTitle,
  FONT,
  fitText,
  GRID,
  isSummary,
  LANE_WIDTH,
  type LegendMark,
  legendLayout,
  MUTED,
  OUTLINE_OPACITY,
  PROGRESS_OPACITY,
  pictureFrame,
  progressWidth,
  RED,
  STATUS_COLOURS,
  STRIPE,
  STRONG_GRID,
  SUMMARY_BAND,
  TEXT,
  TITLE_HEIGHT,
  TODAY_WIDTH,
  TYPE,
} from './pictureStyle';

/*
 * The same picture as roadmapSvg.ts, painted straight onto a 2D canvas for the PNG. Drawing
 * the SVG as an image made the browser parse and lay out ~25,000 elements first (2 s of a
 * 5,000-item board's 6.6 s). Shapes of one colour go into one path and are filled or
 * stroked once (a few dozen canvas calls instead of thousands); bars of a line never
 * overlap, so the order within a colour does not show. Looks and placements come from
 * pictureStyle.ts, like the SVG's.
 */

export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT}`;

/** A hex colour at an opacity, as canvas wants it. */
export function withAlpha(hex: string, alpha: number): string {
  const v = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(v >> 16) & 255}, ${(v >> 8) & 255}, ${v & 255}, ${alpha})`;
}

/** One path per key, so shapes that look the same are painted in one call. */
class Paths {
  private paths = new Map<string, Path2D>();
  get(key: string): Path2D {
    let path = this.paths.get(key);
    if (!path) {
      path = new Path2D();
      this.paths.set(key, path);
    }
    return path;
  }
  entries() {
    return this.paths.entries();
  }
}

function line(path: Path2D, x1: number, y1: number, x2: number, y2: number) {
  path.moveTo(x1, y1);
  path.lineTo(x2, y2);
}

function strokeWith(ctx: Ctx2D, path: Path2D, colour: string, width = 1) {
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.stroke(path);
}

function paintHeader(ctx: Ctx2D, picture: RoadmapPicture) {
  const grid = new Path2D();
  const labels: Array<{ x: number; y: number; text: string; today: boolean }> = [];
  for (const row of picture.header.rows) {
    line(grid, 0, row.top + row.height, picture.width, row.top + row.height);
    for (const band of row.bands) {
      line(grid, band.x, row.top, band.x, row.top + row.height);
      const label = bandLabel(band, row);
      if (label) labels.push({ ...label, today: band.today === true });
    }
  }
  strokeWith(ctx, grid, GRID);
  for (const label of labels) {
    ctx.font = font(TYPE.header.size, label.today ? TYPE.header.todayWeight : 400);
    ctx.fillStyle = label.today ? RED : MUTED;
    ctx.fillText(label.text, label.x, label.y);
  }
}

function paintRows(ctx: Ctx2D, picture: RoadmapPicture, measure: (t: string) => number) {
  const stripes = new Path2D();
  const grid = new Path2D();
  picture.rows.forEach((row, i) => {
    if (i % 2) stripes.rect(-LANE_WIDTH, row.top, picture.width + LANE_WIDTH, row.height);
    line(grid, -LANE_WIDTH, row.top + row.height, picture.width, row.top + row.height);
  });
  ctx.fillStyle = STRIPE;
  ctx.fill(stripes);
  strokeWith(ctx, grid, GRID);
  ctx.font = font(TYPE.lane.size, TYPE.lane.weight);
  ctx.fillStyle = TEXT;
  for (const row of picture.rows) {
    const title = fitText(row.title, LANE_WIDTH - 24, measure);
    if (title) ctx.fillText(title, TYPE.lane.left - LANE_WIDTH, row.top + TYPE.lane.below);
  }
}

function diamond(path: Path2D, cx: number, cy: number, r: number) {
  path.moveTo(cx, cy - r);
  path.lineTo(cx + r, cy);
  path.lineTo(cx, cy + r);
  path.lineTo(cx - r, cy);
  path.closePath();
}

/** Bars by status and part (background, outline, progress, summary band, milestone), then titles. */
function paintBars(ctx: Ctx2D, bars: readonly PictureBar[], measure: (t: string) => number) {
  const paths = new Paths();
  for (const bar of bars) {
    const { x, y, width, status } = bar;
    if (bar.kind === 'milestone') {
      diamond(paths.get(`milestone ${status}`), x + width / 2, y + BAR_HEIGHT / 2, MILESTONE_SIZE / 2);
      continue;
    }
    const summary = isSummary(bar);
    paths.get(`bg ${status}`).roundRect(x, y, width, BAR_HEIGHT, BAR_RADIUS);
    paths.get(`${summary ? 'outline2' : 'outline'} ${status}`).roundRect(x, y, width, BAR_HEIGHT, BAR_RADIUS);
    const done = progressWidth(bar);
    if (done > 0) paths.get(`progress ${status}`).roundRect(x, y, done, BAR_HEIGHT, BAR_RADIUS);
    if (summary) paths.get(`band ${status}`).rect(x, y, width, SUMMARY_BAND);
  }
  // the SVG's order within a bar: background, outline, progress, band; milestones alike
  for (const part of ['bg', 'outline', 'outline2', 'progress', 'band', 'milestone'])
    for (const [key, path] of paths.entries()) {
      const [kind, status] = key.split(' ') as [string, Status];
      if (kind === part) paintPart(ctx, part, STATUS_COLOURS[status], path);
    }
  ctx.font = font(TYPE.bar.size);
  ctx.fillStyle = TEXT;
  for (const bar of bars) {
    const label = barTitle(bar, measure);
    if (label) ctx.fillText(label.text, label.x, bar.y + TYPE.bar.below);
  }
}

function paintPart(ctx: Ctx2D, part: string, c: { line: string; bg: string }, path: Path2D) {
  if (part === 'bg') {
    ctx.fillStyle = c.bg;
    ctx.fill(path);
  } else if (part === 'outline' || part === 'outline2') {
    strokeWith(ctx, path, withAlpha(c.line, OUTLINE_OPACITY), part === 'outline2' ? 2 : 1);
  } else if (part === 'progress') {
    ctx.fillStyle = withAlpha(c.line, PROGRESS_OPACITY);
    ctx.fill(path);
  } else if (part === 'band') {
    ctx.fillStyle = c.line;
    ctx.fill(path);
  } else {
    ctx.fillStyle = c.line;
    ctx.fill(path);
    strokeWith(ctx, path, '#fff');
  }
}

/** Arrows as the SVG draws them: the route's path string and its head, one stroke and one fill per colour. */
function paintArrows(ctx: Ctx2D, picture: RoadmapPicture) {
  for (const broken of [false, true]) {
    const arrows = picture.arrows.filter((a) => a.broken === broken);
    if (!arrows.length) continue;
    const colour = broken ? RED : ARROW;
    strokeWith(ctx, new Path2D(arrows.map((a) => pathOf(a.points)).join(' ')), colour, ARROW_WIDTH);
    ctx.fillStyle = colour;
    ctx.fill(new Path2D(arrows.map((a) => arrowHead(a.points)).join(' ')));
  }
}

function paintLegendMark(ctx: Ctx2D, mark: LegendMark, x: number, top: number) {
  const grey = STATUS_COLOURS['not-started'];
  const box = (c: { line: string; bg: string }, width = 1) => {
    const path = new Path2D();
    path.roundRect(x, top - 8, 20, 14, 3);
    ctx.fillStyle = c.bg;
    ctx.fill(path);
    strokeWith(ctx, path, c.line, width);
  };
  if (mark.kind === 'status') box(STATUS_COLOURS[mark.status]);
  else if (mark.kind === 'task') box(grey);
  else if (mark.kind === 'program') {
    box(grey, 2);
    ctx.fillStyle = grey.line;
    ctx.fillRect(x, top - 8, 20, SUMMARY_BAND);
  } else if (mark.kind === 'milestone') {
    const path = new Path2D();
    diamond(path, x + 10, top - 1, 8);
    ctx.fillStyle = grey.line;
    ctx.fill(path);
  } else if (mark.kind === 'today') {
    const path = new Path2D();
    line(path, x + 10, top - 10, x + 10, top + 8);
    strokeWith(ctx, path, RED, 2);
  } else {
    const points = [
      { x, y: top - 1 },
      { x: x + 20, y: top - 1 },
    ];
    const colour = mark.kind === 'broken' ? RED : ARROW;
    strokeWith(ctx, new Path2D(pathOf(points)), colour, ARROW_WIDTH);
    ctx.fillStyle = colour;
    ctx.fill(new Path2D(arrowHead(points)));
  }
}

function paintLegend(ctx: Ctx2D, top: number) {
  for (const entry of legendLayout(top)) {
    paintLegendMark(ctx, entry.mark, entry.x, entry.y);
    ctx.font = font(TYPE.legend.size);
    ctx.fillStyle = MUTED;
    ctx.fillText(entry.label, entry.x + 26, entry.y + 4);
  }
}

/**
 * Paints the picture at `scale` onto a context whose canvas is pictureFrame's size times
 * the scale: what roadmapSvg draws, in the same order.
 */
export function paintRoadmap(ctx: Ctx2D, picture: RoadmapPicture, scale: number, measure: (t: string) => number) {
  const frame = pictureFrame(picture);
  const { bodyTop, bodyHeight } = frame;
  const { width, header } = picture;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, frame.width, frame.height);
  const { title, subtitle } = TYPE;
  ctx.font = font(title.size, title.weight);
  ctx.fillStyle = TEXT;
  ctx.fillText(picture.title, title.x, title.y);
  ctx.font = font(subtitle.size);
  ctx.fillStyle = MUTED;
  ctx.fillText(picture.subtitle, subtitle.x, subtitle.y);
  // the time area: header and bars are cut at the range's edges, as the SVG's clip path does
  const clipTrack = () => {
    ctx.beginPath();
    ctx.rect(0, -header.height, width, header.height + bodyHeight);
    ctx.clip();
  };
  ctx.save();
  ctx.translate(LANE_WIDTH, TITLE_HEIGHT);
  clipTrack();
  paintHeader(ctx, picture);
  ctx.restore();
  ctx.save();
  ctx.translate(LANE_WIDTH, bodyTop);
  paintRows(ctx, picture, measure);
  ctx.save();
  clipTrack();
  const years = new Path2D();
  for (const x of picture.yearLines) line(years, x, 0, x, bodyHeight);
  strokeWith(ctx, years, STRONG_GRID);
  paintBars(ctx, picture.bars, measure);
  paintArrows(ctx, picture);
  if (picture.today !== null) {
    const today = new Path2D();
    line(today, picture.today, -header.height, picture.today, bodyHeight);
    strokeWith(ctx, today, RED, TODAY_WIDTH);
  }
  ctx.restore();
  const edge = new Path2D();
  line(edge, 0, -header.height, 0, bodyHeight);
  strokeWith(ctx, edge, STRONG_GRID);
  ctx.restore();
  paintLegend(ctx, frame.legendTop);
}
