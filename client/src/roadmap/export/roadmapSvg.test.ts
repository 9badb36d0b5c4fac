import { createItem, createLane, linkItems, toDayNumber } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardStore } from '../../core/boardStore';
import { LayoutEngine } from '../layoutEngine';
import { exportFileName, roadmapPicture } from './exportModel';
import { printBands, printHeader, rowCuts } from './printBands';
import { barTitle, escapeXml, fitText, roadmapSvg } from './roadmapSvg';

const today = toDayNumber('2026-03-10');

function board() {
  const doc = new Y.Doc();
  const lane = createLane(doc, { title: 'Platform & <core>' });
  const a = createItem(doc, {
    title: 'Data "lake"',
    start: '2026-03-02',
    end: '2026-04-30',
    laneId: lane,
    status: 'on-track',
    progress: 40,
  });
  const b = createItem(doc, {
    title: 'Go live',
    kind: 'milestone',
    start: '2026-05-15',
    end: '2026-05-15',
    laneId: lane,
  });
  const c = createItem(doc, {
    title: 'Far away',
    start: '2027-09-01',
    end: '2027-10-30',
    laneId: lane,
    status: 'at-risk',
  });
  linkItems(doc, { from: a, to: b });
  // b ends before c starts: fine; c → a is broken (a starts long before c ends)
  linkItems(doc, { from: c, to: a });
  const store = new BoardStore(doc);
  const engine = new LayoutEngine(store, {
    group: 'lane',
    filter: {},
    collapsed: new Set(),
    ppd: 3.2,
    viewWidth: 1200,
    today,
  });
  return { store, engine, a, b, c };
}

function picture(kind: 'whole' | 'visible', fromDay?: number, toDay?: number) {
  const { store, engine, ...ids } = board();
  const scale = engine.getStructure().scale;
  const range = { kind, fromDay: fromDay ?? scale.fromDay, toDay: toDay ?? scale.toDay };
  return { ...ids, scale, pic: roadmapPicture({ engine, store, name: 'Q3 <plan>', range, today }) };
}

describe('roadmapPicture', () => {
  it('takes every row and bar of the whole board, with the header, today and arrows', () => {
    const { pic, scale, a } = picture('whole');
    expect(pic.width).toBeCloseTo(scale.width);
    expect(pic.rows.map((r) => r.title)).toEqual(['Platform & <core>']);
    expect(pic.bars.map((b) => b.title).sort()).toEqual(['Data "lake"', 'Far away', 'Go live']);
    expect(pic.bars.find((b) => b.id === a)).toMatchObject({ status: 'on-track', progress: 40, titleBeside: false });
    expect(pic.header.rows.map((r) => r.unit)).toEqual(['year', 'quarter', 'month']);
    expect(pic.header.rows[2]?.bands.some((b) => b.label === 'March' && b.today)).toBe(true);
    expect(pic.today).not.toBeNull();
    expect(pic.arrows).toHaveLength(2);
    expect(pic.arrows.filter((x) => x.broken)).toHaveLength(1);
    expect(pic.subtitle).toMatch(/^Whole board · .* · exported 10 Mar 2026$/);
  });

  it('cuts a visible range: bars and arrows outside it are left out, x counts from its first day', () => {
    const from = toDayNumber('2026-02-01');
    const { pic, scale } = picture('visible', from, toDayNumber('2026-06-01'));
    expect(pic.bars.map((b) => b.title).sort()).toEqual(['Data "lake"', 'Go live']);
    expect(pic.width).toBeCloseTo(scale.x(toDayNumber('2026-06-01')) - scale.x(from));
    expect(pic.bars.find((b) => b.title === 'Data "lake"')?.x).toBeCloseTo(
      scale.x(toDayNumber('2026-03-02')) - scale.x(from),
    );
    // the broken link's far end is out of range, but its near end is in: still drawn (clipped)
    expect(pic.arrows).toHaveLength(2);
    expect(pic.header.rows[0]?.bands.map((b) => b.label)).toEqual(['2026']);
    expect(pic.subtitle).toMatch(/^Visible range · 1 Feb 2026 – 31 May 2026/);
  });

  it('leaves today out when it is outside the range', () => {
    const { pic } = picture('visible', toDayNumber('2027-01-01'), toDayNumber('2027-12-01'));
    expect(pic.today).toBeNull();
    expect(pic.bars.map((b) => b.title)).toEqual(['Far away']);
  });
});

describe('roadmapSvg', () => {
  it('is one well-formed SVG document with the titles escaped, the legend and a size', () => {
    const { pic } = picture('whole');
    const svg = roadmapSvg(pic);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Q3 &#60;plan&#62;');
    expect(svg).toContain('Data &#34;lake&#34;');
    expect(svg).toContain('Platform &#38; &#60;core&#62;');
    for (const word of ['On track', 'At risk', 'Milestone', 'Dependency', 'Broken dependency', 'Today'])
      expect(svg).toContain(`>${word}<`);
    expect(svg).not.toMatch(/@import|url\(http|<image/);
    const [, w, h] = svg.match(/width="([\d.]+)" height="([\d.]+)"/) ?? [];
    expect(Number(w)).toBeGreaterThanOrEqual(pic.width + 200);
    expect(Number(h)).toBeGreaterThan(pic.header.height + (pic.rows[0]?.height ?? 0));
    // tags open and close in pairs
    expect(svg.match(/<g[ >]/g)?.length).toBe(svg.match(/<\/g>/g)?.length);
    expect((svg.match(/#c7252f/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });
});

describe('fitText and escapeXml', () => {
  const measure = (t: string) => t.length * 10;
  it.each([
    ['Roadmap', 70, 'Roadmap'],
    ['Roadmap', 50, 'Road…'],
    ['Roadmap', 9, ''],
  ])('%s in %d px is %s', (text, room, out) => {
    expect(fitText(text, room, measure)).toBe(out);
  });
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a & 'b' "c">`)).toBe('&#60;a &#38; &#39;b&#39; &#34;c&#34;&#62;');
  });
});

describe('exportFileName', () => {
  it('names the board, what and the day, without characters file systems refuse', () => {
    expect(exportFileName('Q3: plan/draft', 'roadmap', today, 'png')).toBe('Q3 plan draft roadmap 2026-03-10.png');
    expect(exportFileName('  ', 'items', today, 'csv')).toBe('Board items 2026-03-10.csv');
  });
});

describe('printBands', () => {
  it('cuts each row between its lines of bars, so every bar lies whole inside one band', () => {
    const { pic } = picture('whole');
    const bands = printBands(pic);
    const row = pic.rows[0];
    expect(bands[0]?.title).toBe(row?.title);
    expect(bands[0]?.y0).toBe(row?.top);
    expect(bands.at(-1)?.y1).toBe((row?.top ?? 0) + (row?.height ?? 0));
    for (const bar of pic.bars) {
      const holding = bands.filter((b) => bar.y >= b.y0 && bar.y + 24 <= b.y1);
      expect(holding).toHaveLength(1);
      expect(holding[0]?.svg).toContain(`data-item-id="${bar.id}"`);
    }
    expect(bands.slice(1).every((b) => b.title === null)).toBe(true);
  });

  it('cuts in the middle of the gap between lines', () => {
    expect(rowCuts(100, 32 * 3 + 8)).toEqual([100, 136, 168, 204]);
    expect(rowCuts(0, 32 * 2 + 8)).toEqual([0, 36, 72]);
    expect(rowCuts(0, 60)).toEqual([0, 60]);
  });

  it('draws the header with its labels', () => {
    const { pic } = picture('whole');
    expect(printHeader(pic)).toContain('>2026<');
  });
});

describe('barTitle', () => {
  const measure = (t: string) => t.length * 10;
  const bar = { id: 'item:a', title: 'Abcdefghij', kind: 'project' as const, status: 'done' as const, progress: 0 };
  it.each([
    ['inside when it fits', { x: 10, width: 200, titleBeside: false, room: 0 }, { x: 18, text: 'Abcdefghij' }],
    [
      'beside when it does not fit and the line has room',
      { x: 10, width: 50, titleBeside: false, room: 300 },
      { x: 66, text: 'Abcdefghij' },
    ],
    [
      'cut inside when there is no room beside',
      { x: 10, width: 70, titleBeside: false, room: 20 },
      { x: 18, text: 'Abcd…' },
    ],
    [
      'beside always when the layout made room',
      { x: 10, width: 16, titleBeside: true, room: 0 },
      { x: 32, text: 'Abcdefghij' },
    ],
    [
      'at the range edge for a bar that starts before it',
      { x: -500, width: 700, titleBeside: false, room: 0 },
      { x: 8, text: 'Abcdefghij' },
    ],
  ])('%s', (_, box, out) => {
    expect(barTitle({ ...bar, y: 0, ...box }, measure)).toEqual(out);
  });
});
