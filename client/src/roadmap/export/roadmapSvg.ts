import { BAR_HEIGHT, MILESTONE_SIZE } from '../../timeline/bars';
import { arrowHead, pathOf } from '../arrowRoute';
import type { PictureArrow, PictureBar, PictureHeaderRow, PictureRow, RoadmapPicture } from './picture';
import {
  ARROW,
  ARROW_WIDTH,
  BAR_RADIUS,
  bandLabel,
  barTitle,
  FONT,
  fitText,
  GRID,
  guess,
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
 * The roadmap as one SVG document: title, time header, lane column, bars, arrows, today
 * line and a legend. A string, so it is the same in a test and a download. Only system
 * fonts (an SVG drawn as an image may not load anything), colours written out (no CSS
 * variables outside the page), text escaped. Looks and placements come from
 * pictureStyle.ts, shared with the PNG's canvas painter.
 */

export { barTitle, fitText, LANE_WIDTH, STATUS_COLOURS } from './pictureStyle';

export interface SvgOptions {
  /** Width of a text at the bar font size (12 px); a per-character guess by default. */
  measure?: (text: string) => number;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A coordinate as SVG text, to a tenth of a pixel. */
export const n = (v: number) => String(Math.round(v * 10) / 10);

export function headerSvg(rows: readonly PictureHeaderRow[], width: number): string {
  const out: string[] = [];
  for (const row of rows) {
    out.push(
      `<line x1="0" y1="${n(row.top + row.height)}" x2="${n(width)}" y2="${n(row.top + row.height)}" stroke="${GRID}"/>`,
    );
    for (const band of row.bands) {
      out.push(
        `<line x1="${n(band.x)}" y1="${n(row.top)}" x2="${n(band.x)}" y2="${n(row.top + row.height)}" stroke="${GRID}"/>`,
      );
      const label = bandLabel(band, row);
      if (label)
        out.push(
          `<text x="${n(label.x)}" y="${n(label.y)}" ${band.today ? `font-size="${TYPE.header.size}" font-weight="${TYPE.header.todayWeight}" fill="${RED}"` : `font-size="${TYPE.header.size}" fill="${MUTED}"`}>${escapeXml(label.text)}</text>`,
        );
    }
  }
  return out.join('');
}

function rowsSvg(rows: readonly PictureRow[], width: number, measure: (t: string) => number): string {
  const { lane } = TYPE;
  return rows
    .map((row, i) => {
      const stripe =
        i % 2
          ? `<rect x="${-LANE_WIDTH}" y="${n(row.top)}" width="${n(width + LANE_WIDTH)}" height="${n(row.height)}" fill="${STRIPE}"/>`
          : '';
      const title = fitText(row.title, LANE_WIDTH - 24, measure);
      return `${stripe}<line x1="${-LANE_WIDTH}" y1="${n(row.top + row.height)}" x2="${n(width)}" y2="${n(row.top + row.height)}" stroke="${GRID}"/><text x="${lane.left - LANE_WIDTH}" y="${n(row.top + lane.below)}" font-size="${lane.size}" font-weight="${lane.weight}" fill="${TEXT}">${escapeXml(title)}</text>`;
    })
    .join('');
}

function milestoneSvg(bar: PictureBar): string {
  const c = STATUS_COLOURS[bar.status];
  const cx = bar.x + bar.width / 2;
  const cy = bar.y + BAR_HEIGHT / 2;
  const r = MILESTONE_SIZE / 2;
  return `<path d="M${n(cx)} ${n(cy - r)}L${n(cx + r)} ${n(cy)}L${n(cx)} ${n(cy + r)}L${n(cx - r)} ${n(cy)}Z" fill="${c.line}" stroke="#fff"/>`;
}

/** Today's line from `top` to `bottom` (empty when today is outside the picture). */
export function todayLineSvg(picture: RoadmapPicture, top: number, bottom: number): string {
  if (picture.today === null) return '';
  const x = n(picture.today);
  return `<line x1="${x}" y1="${n(top)}" x2="${x}" y2="${n(bottom)}" stroke="${RED}" stroke-width="${TODAY_WIDTH}"/>`;
}

/** The year boundaries from `top` to `bottom`. */
export function yearLinesSvg(picture: RoadmapPicture, top: number, bottom: number): string {
  return picture.yearLines
    .map((x) => `<line x1="${n(x)}" y1="${n(top)}" x2="${n(x)}" y2="${n(bottom)}" stroke="${STRONG_GRID}"/>`)
    .join('');
}

/** A bar with its progress and its title (inside when it fits, else beside). */
export function barSvg(bar: PictureBar, measure: (t: string) => number = guess): string {
  const c = STATUS_COLOURS[bar.status];
  const y = bar.y;
  const parts: string[] = [];
  if (bar.kind === 'milestone') parts.push(milestoneSvg(bar));
  else {
    const summary = isSummary(bar);
    parts.push(
      `<rect x="${n(bar.x)}" y="${n(y)}" width="${n(bar.width)}" height="${BAR_HEIGHT}" rx="${BAR_RADIUS}" fill="${c.bg}" stroke="${c.line}" stroke-opacity="${OUTLINE_OPACITY}"${summary ? ' stroke-width="2"' : ''}/>`,
    );
    const done = progressWidth(bar);
    if (done > 0)
      parts.push(
        `<rect x="${n(bar.x)}" y="${n(y)}" width="${n(done)}" height="${BAR_HEIGHT}" rx="${BAR_RADIUS}" fill="${c.line}" fill-opacity="${PROGRESS_OPACITY}"/>`,
      );
    if (summary)
      parts.push(
        `<rect x="${n(bar.x)}" y="${n(y)}" width="${n(bar.width)}" height="${SUMMARY_BAND}" fill="${c.line}"/>`,
      );
  }
  const label = barTitle(bar, measure);
  if (label)
    parts.push(
      `<text x="${n(label.x)}" y="${n(y + TYPE.bar.below)}" font-size="${TYPE.bar.size}" fill="${TEXT}">${escapeXml(label.text)}</text>`,
    );
  return `<g data-item-id="${escapeXml(bar.id)}">${parts.join('')}</g>`;
}

export function arrowSvg(arrow: PictureArrow): string {
  const colour = arrow.broken ? RED : ARROW;
  return `<path d="${pathOf(arrow.points)}" fill="none" stroke="${colour}" stroke-width="${ARROW_WIDTH}"/><path d="${arrowHead(arrow.points)}" fill="${colour}"/>`;
}

const grey = STATUS_COLOURS['not-started'];

function legendMarkSvg(mark: LegendMark, x: number, top: number): string {
  const box = (extra = '') =>
    `<rect x="${x}" y="${top - 8}" width="20" height="14" rx="3" fill="${grey.bg}" stroke="${grey.line}"${extra}/>`;
  const line = (broken: boolean) =>
    arrowSvg({
      points: [
        { x, y: top - 1 },
        { x: x + 20, y: top - 1 },
      ],
      broken,
    });
  switch (mark.kind) {
    case 'status': {
      const c = STATUS_COLOURS[mark.status];
      return `<rect x="${x}" y="${top - 8}" width="20" height="14" rx="3" fill="${c.bg}" stroke="${c.line}"/>`;
    }
    case 'task':
      return box();
    case 'program':
      return `${box(' stroke-width="2"')}<rect x="${x}" y="${top - 8}" width="20" height="${SUMMARY_BAND}" fill="${grey.line}"/>`;
    case 'milestone':
      return `<path d="M${x + 10} ${top - 9}L${x + 18} ${top - 1}L${x + 10} ${top + 7}L${x + 2} ${top - 1}Z" fill="${grey.line}"/>`;
    case 'dependency':
      return line(false);
    case 'broken':
      return line(true);
    case 'today':
      return `<line x1="${x + 10}" y1="${top - 10}" x2="${x + 10}" y2="${top + 8}" stroke="${RED}" stroke-width="2"/>`;
  }
}

/** The legend: statuses, kinds, links, today. */
export function legendSvg(top: number): string {
  return legendLayout(top)
    .map(
      (e) =>
        `${legendMarkSvg(e.mark, e.x, e.y)}<text x="${e.x + 26}" y="${e.y + 4}" font-size="${TYPE.legend.size}" fill="${MUTED}">${escapeXml(e.label)}</text>`,
    )
    .join('');
}

/** The whole document; its size is in the `width` and `height` attributes. */
export function roadmapSvg(picture: RoadmapPicture, options: SvgOptions = {}): string {
  const measure = options.measure ?? guess;
  const { width, header } = picture;
  const frame = pictureFrame(picture);
  const { bodyTop, bodyHeight } = frame;
  const today = todayLineSvg(picture, -header.height, bodyHeight);
  const years = yearLinesSvg(picture, 0, bodyHeight);
  const { title, subtitle } = TYPE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(frame.width)}" height="${n(frame.height)}" viewBox="0 0 ${n(frame.width)} ${n(frame.height)}" font-family="${escapeXml(FONT)}">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${title.x}" y="${title.y}" font-size="${title.size}" font-weight="${title.weight}" fill="${TEXT}">${escapeXml(picture.title)}</text>`,
    `<text x="${subtitle.x}" y="${subtitle.y}" font-size="${subtitle.size}" fill="${MUTED}">${escapeXml(picture.subtitle)}</text>`,
    `<defs><clipPath id="track"><rect x="0" y="${-header.height}" width="${n(width)}" height="${n(header.height + bodyHeight)}"/></clipPath></defs>`,
    `<g transform="translate(${LANE_WIDTH} ${TITLE_HEIGHT})" clip-path="url(#track)">${headerSvg(header.rows, width)}</g>`,
    `<g transform="translate(${LANE_WIDTH} ${bodyTop})">`,
    rowsSvg(picture.rows, width, measure),
    `<g clip-path="url(#track)">${years}${picture.bars.map((b) => barSvg(b, measure)).join('')}${picture.arrows.map(arrowSvg).join('')}${today}</g>`,
    `<line x1="0" y1="${-header.height}" x2="0" y2="${n(bodyHeight)}" stroke="${STRONG_GRID}"/>`,
    '</g>',
    legendSvg(frame.legendTop),
    '</svg>',
  ].join('');
}
