import { STATUS_TITLES, STATUSES, type Status } from '@planroom/shared';
import { BAR_HEIGHT, MILESTONE_SIZE } from '../../timeline/bars';
import { arrowHead, pathOf } from '../arrowRoute';
import type { PictureArrow, PictureBar, PictureHeaderRow, PictureRow, RoadmapPicture } from './picture';

/*
 * The roadmap as one SVG document: title, time header, lane column, bars, arrows, today
 * line and a legend. A string, so it is the same in a test, a download and the PNG's
 * canvas. Only system fonts (an SVG drawn as an image may not load anything), colours
 * written out (no CSS variables outside the page), text escaped.
 */

export const LANE_WIDTH = 200;
const TITLE_HEIGHT = 56;
const LEGEND_HEIGHT = 64;
const MIN_WIDTH = 960;
const FONT = `-apple-system, BlinkMacSystemFont, 'Segoe UI', system-ui, Roboto, 'Helvetica Neue', Arial, sans-serif`;

/** Status colours as on screen (base.css): the line and the bar's background. */
export const STATUS_COLOURS: Record<Status, { line: string; bg: string }> = {
  'not-started': { line: '#6b7480', bg: '#f1f3f5' },
  'on-track': { line: '#1a7f37', bg: '#e8f5ec' },
  'at-risk': { line: '#9a6400', bg: '#fff3d1' },
  'off-track': { line: '#c7252f', bg: '#fdeaea' },
  done: { line: '#7045c9', bg: '#f1ecfc' },
};
const TEXT = '#1c2024';
const MUTED = '#5b6573';
const GRID = '#e3e6ea';
const RED = '#c7252f';
const ARROW = '#7b8594';

export interface SvgOptions {
  /** Width of a text at the bar font size (12 px); a per-character guess by default. */
  measure?: (text: string) => number;
}

const guess = (text: string) => text.length * 6.6;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const n = (v: number) => String(Math.round(v * 10) / 10);

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
      const left = Math.max(band.x, 0);
      const room = band.x + band.width - left - 8;
      // a month too narrow for its name shows its initial ("J F M"), as printed calendars do
      const label = guess(band.label) <= room ? band.label : guess('M') <= room ? band.label.slice(0, 1) : '';
      if (label)
        out.push(
          `<text x="${n(left + 4)}" y="${n(row.top + row.height - 5)}" ${band.today ? `font-size="11" font-weight="600" fill="${RED}"` : `font-size="11" fill="${MUTED}"`}>${escapeXml(label)}</text>`,
        );
    }
  }
  return out.join('');
}

function rowsSvg(rows: readonly PictureRow[], width: number, measure: (t: string) => number): string {
  return rows
    .map((row, i) => {
      const stripe =
        i % 2
          ? `<rect x="${-LANE_WIDTH}" y="${n(row.top)}" width="${n(width + LANE_WIDTH)}" height="${n(row.height)}" fill="#fafbfc"/>`
          : '';
      const title = fitText(row.title, LANE_WIDTH - 24, measure);
      return `${stripe}<line x1="${-LANE_WIDTH}" y1="${n(row.top + row.height)}" x2="${n(width)}" y2="${n(row.top + row.height)}" stroke="${GRID}"/><text x="${12 - LANE_WIDTH}" y="${n(row.top + 22)}" font-size="13" font-weight="600" fill="${TEXT}">${escapeXml(title)}</text>`;
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

/** A bar with its progress and its title (inside when it fits, else beside). */
export function barSvg(bar: PictureBar, measure: (t: string) => number = guess): string {
  const c = STATUS_COLOURS[bar.status];
  const y = bar.y;
  const parts: string[] = [];
  if (bar.kind === 'milestone') parts.push(milestoneSvg(bar));
  else {
    const summary = bar.kind === 'program' || bar.kind === 'portfolio';
    parts.push(
      `<rect x="${n(bar.x)}" y="${n(y)}" width="${n(bar.width)}" height="${BAR_HEIGHT}" rx="5" fill="${c.bg}" stroke="${c.line}" stroke-opacity="0.45"${summary ? ' stroke-width="2"' : ''}/>`,
    );
    const done = (bar.width * Math.max(0, Math.min(100, bar.progress))) / 100;
    if (done > 0)
      parts.push(
        `<rect x="${n(bar.x)}" y="${n(y)}" width="${n(done)}" height="${BAR_HEIGHT}" rx="5" fill="${c.line}" fill-opacity="0.18"/>`,
      );
    if (summary) parts.push(`<rect x="${n(bar.x)}" y="${n(y)}" width="${n(bar.width)}" height="4" fill="${c.line}"/>`);
  }
  const label = barTitle(bar, measure);
  if (label)
    parts.push(
      `<text x="${n(label.x)}" y="${n(y + 16)}" font-size="12" fill="${TEXT}">${escapeXml(label.text)}</text>`,
    );
  return `<g data-item-id="${escapeXml(bar.id)}">${parts.join('')}</g>`;
}

export function arrowSvg(arrow: PictureArrow): string {
  const colour = arrow.broken ? RED : ARROW;
  return `<path d="${pathOf(arrow.points)}" fill="none" stroke="${colour}" stroke-width="1.4"/><path d="${arrowHead(arrow.points)}" fill="${colour}"/>`;
}

/** The legend: statuses, kinds, links, today. */
export function legendSvg(top: number): string {
  const out: string[] = [];
  let x = 16;
  const item = (shape: string, label: string) => {
    out.push(shape, `<text x="${x + 26}" y="${top + 4}" font-size="12" fill="${MUTED}">${escapeXml(label)}</text>`);
    x += 44 + guess(label);
  };
  for (const status of STATUSES) {
    const c = STATUS_COLOURS[status];
    item(
      `<rect x="${x}" y="${top - 8}" width="20" height="14" rx="3" fill="${c.bg}" stroke="${c.line}"/>`,
      STATUS_TITLES[status],
    );
  }
  x = 16;
  top += 26;
  item(
    `<rect x="${x}" y="${top - 8}" width="20" height="14" rx="3" fill="#f1f3f5" stroke="#6b7480"/>`,
    'Project or task',
  );
  item(
    `<rect x="${x}" y="${top - 8}" width="20" height="14" rx="3" fill="#f1f3f5" stroke="#6b7480" stroke-width="2"/><rect x="${x}" y="${top - 8}" width="20" height="4" fill="#6b7480"/>`,
    'Program or portfolio',
  );
  item(
    `<path d="M${x + 10} ${top - 9}L${x + 18} ${top - 1}L${x + 10} ${top + 7}L${x + 2} ${top - 1}Z" fill="#6b7480"/>`,
    'Milestone',
  );
  item(
    arrowSvg({
      points: [
        { x, y: top - 1 },
        { x: x + 20, y: top - 1 },
      ],
      broken: false,
    }),
    'Dependency',
  );
  item(
    arrowSvg({
      points: [
        { x, y: top - 1 },
        { x: x + 20, y: top - 1 },
      ],
      broken: true,
    }),
    'Broken dependency',
  );
  item(
    `<line x1="${x + 10}" y1="${top - 10}" x2="${x + 10}" y2="${top + 8}" stroke="${RED}" stroke-width="2"/>`,
    'Today',
  );
  return out.join('');
}

/** The whole document; its size is in the `width` and `height` attributes. */
export function roadmapSvg(picture: RoadmapPicture, options: SvgOptions = {}): string {
  const measure = options.measure ?? guess;
  const { width, header } = picture;
  const bodyTop = TITLE_HEIGHT + header.height;
  const last = picture.rows.at(-1);
  const bodyHeight = last ? last.top + last.height : 0;
  const total = {
    w: Math.ceil(Math.max(MIN_WIDTH, LANE_WIDTH + width)),
    h: Math.ceil(bodyTop + bodyHeight + LEGEND_HEIGHT + 8),
  };
  const today =
    picture.today === null
      ? ''
      : `<line x1="${n(picture.today)}" y1="${-header.height}" x2="${n(picture.today)}" y2="${n(bodyHeight)}" stroke="${RED}" stroke-width="1.5"/>`;
  const years = picture.yearLines
    .map((x) => `<line x1="${n(x)}" y1="0" x2="${n(x)}" y2="${n(bodyHeight)}" stroke="#c9ced6"/>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(total.w)}" height="${n(total.h)}" viewBox="0 0 ${n(total.w)} ${n(total.h)}" font-family="${escapeXml(FONT)}">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="16" y="28" font-size="20" font-weight="650" fill="${TEXT}">${escapeXml(picture.title)}</text>`,
    `<text x="16" y="46" font-size="12" fill="${MUTED}">${escapeXml(picture.subtitle)}</text>`,
    `<defs><clipPath id="track"><rect x="0" y="${-header.height}" width="${n(width)}" height="${n(header.height + bodyHeight)}"/></clipPath></defs>`,
    `<g transform="translate(${LANE_WIDTH} ${TITLE_HEIGHT})" clip-path="url(#track)">${headerSvg(header.rows, width)}</g>`,
    `<g transform="translate(${LANE_WIDTH} ${bodyTop})">`,
    rowsSvg(picture.rows, width, measure),
    `<g clip-path="url(#track)">${years}${picture.bars.map((b) => barSvg(b, measure)).join('')}${picture.arrows.map(arrowSvg).join('')}${today}</g>`,
    `<line x1="0" y1="${-header.height}" x2="0" y2="${n(bodyHeight)}" stroke="#c9ced6"/>`,
    '</g>',
    legendSvg(bodyTop + bodyHeight + 28),
    '</svg>',
  ].join('');
}
