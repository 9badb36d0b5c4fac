import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PictureBar, RoadmapPicture } from './picture';
import { bandLabel, LANE_WIDTH, legendLayout, pictureFrame, TITLE_HEIGHT } from './pictureStyle';
import { pngScale } from './png';
import { paintRoadmap, withAlpha } from './roadmapCanvas';

/** Records the calls a painter makes, as far as these tests read them. */
class FakePath {
  parts: string[] = [];
  constructor(d?: string) {
    if (d) this.parts.push(`d ${d}`);
  }
  moveTo(x: number, y: number) {
    this.parts.push(`M ${x} ${y}`);
  }
  lineTo(x: number, y: number) {
    this.parts.push(`L ${x} ${y}`);
  }
  rect(...a: number[]) {
    this.parts.push(`rect ${a.join(' ')}`);
  }
  roundRect(...a: number[]) {
    this.parts.push(`roundRect ${a.join(' ')}`);
  }
  closePath() {}
}

function fakeContext() {
  const calls: Array<{ op: string; arg?: unknown; fill?: string; stroke?: string; font?: string }> = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    fillText(text: string, x: number, y: number) {
      calls.push({ op: 'text', arg: [text, x, y], fill: this.fillStyle, font: this.font });
    },
    fill(path: FakePath) {
      calls.push({ op: 'fill', arg: path.parts, fill: this.fillStyle });
    },
    stroke(path: FakePath) {
      calls.push({ op: 'stroke', arg: path.parts, stroke: this.strokeStyle });
    },
    fillRect: (...a: number[]) => calls.push({ op: 'fillRect', arg: a }),
    setTransform: (...a: number[]) => calls.push({ op: 'transform', arg: a }),
    translate: () => {},
    save: () => {},
    restore: () => {},
    beginPath: () => {},
    rect: () => {},
    clip: () => calls.push({ op: 'clip' }),
  };
  return { ctx, calls };
}

const bar = (over: Partial<PictureBar>): PictureBar => ({
  id: 'item:a',
  title: 'Data lake',
  kind: 'project',
  status: 'on-track',
  progress: 50,
  x: 10,
  y: 8,
  width: 200,
  titleBeside: false,
  room: 0,
  ...over,
});

const picture: RoadmapPicture = {
  title: 'Q3 <plan>',
  subtitle: 'Whole board',
  width: 600,
  header: {
    height: 24,
    rows: [{ unit: 'month', top: 0, height: 24, bands: [{ x: -20, width: 120, label: 'March', today: true }] }],
  },
  rows: [
    { title: 'Platform', top: 0, height: 80 },
    { title: 'Data', top: 80, height: 40 },
  ],
  bars: [
    bar({}),
    bar({ id: 'item:b', title: 'Go live', kind: 'milestone', status: 'done', x: 300, width: 16, titleBeside: true }),
    bar({ id: 'item:c', title: 'Program', kind: 'program', status: 'at-risk', y: 88, progress: 0 }),
  ],
  arrows: [
    {
      points: [
        { x: 210, y: 20 },
        { x: 300, y: 20 },
      ],
      broken: true,
    },
  ],
  today: 50,
  yearLines: [100],
};

describe('paintRoadmap', () => {
  beforeEach(() => vi.stubGlobal('Path2D', FakePath));
  afterEach(() => vi.unstubAllGlobals());

  it('paints title, header, lanes, bar titles and the legend as text', () => {
    const { ctx, calls } = fakeContext();
    paintRoadmap(ctx as never, picture, 2, (t) => t.length * 6);
    const texts = calls.filter((c) => c.op === 'text').map((c) => (c.arg as [string])[0]);
    for (const t of ['Q3 <plan>', 'Whole board', 'March', 'Platform', 'Data', 'Data lake', 'Go live', 'Program'])
      expect(texts).toContain(t);
    for (const t of ['On track', 'Milestone', 'Dependency', 'Broken dependency', 'Today']) expect(texts).toContain(t);
    expect(calls[0]).toEqual({ op: 'transform', arg: [2, 0, 0, 2, 0, 0] });
    // today's month in red and bold, as in the SVG
    expect(calls.find((c) => c.op === 'text' && (c.arg as [string])[0] === 'March')).toMatchObject({
      fill: '#c7252f',
      font: expect.stringMatching(/^600 11px/),
    });
  });

  it('fills bars by status, their progress at a lower opacity, and strokes a broken arrow red', () => {
    const { ctx, calls } = fakeContext();
    paintRoadmap(ctx as never, picture, 1, (t) => t.length * 6);
    const fills = calls.filter((c) => c.op === 'fill');
    expect(fills).toContainEqual({ op: 'fill', arg: ['roundRect 10 8 200 24 5'], fill: '#e8f5ec' });
    expect(fills).toContainEqual({ op: 'fill', arg: ['roundRect 10 8 100 24 5'], fill: 'rgba(26, 127, 55, 0.18)' });
    // the program's band on top, in its status colour
    expect(fills).toContainEqual({ op: 'fill', arg: ['rect 10 88 200 4'], fill: '#9a6400' });
    // the milestone as a diamond around the middle of its box
    expect(fills.find((c) => c.fill === '#7045c9')?.arg).toEqual(['M 308 12', 'L 316 20', 'L 308 28', 'L 300 20']);
    const strokes = calls.filter((c) => c.op === 'stroke');
    expect(strokes).toContainEqual({ op: 'stroke', arg: ['d M210 20 L300 20'], stroke: '#c7252f' });
    // everything of the time area is clipped: the header and the body
    expect(calls.filter((c) => c.op === 'clip')).toHaveLength(2);
  });
});

describe('pictureStyle', () => {
  it('frames the picture: lane column, title and header above, legend below', () => {
    expect(pictureFrame(picture)).toEqual({
      width: 960,
      height: TITLE_HEIGHT + 24 + 120 + 64 + 8,
      bodyTop: TITLE_HEIGHT + 24,
      bodyHeight: 120,
      legendTop: TITLE_HEIGHT + 24 + 120 + 28,
    });
    expect(pictureFrame({ ...picture, width: 2000 }).width).toBe(2000 + LANE_WIDTH);
  });

  it('keeps a header label at the range edge, cuts a narrow month to its initial, drops what cannot fit', () => {
    const row = { unit: 'month', top: 0, height: 24, bands: [] };
    expect(bandLabel({ x: -20, width: 120, label: 'March' }, row)).toEqual({ x: 4, y: 19, text: 'March' });
    expect(bandLabel({ x: 0, width: 20, label: 'March' }, row)?.text).toBe('M');
    expect(bandLabel({ x: 0, width: 10, label: 'March' }, row)).toBeNull();
  });

  it('lays the legend out in two lines, each entry after the last', () => {
    const legend = legendLayout(100);
    expect(legend.map((e) => e.label)).toEqual([
      'Not started',
      'On track',
      'At risk',
      'Off track',
      'Done',
      'Project or task',
      'Program or portfolio',
      'Milestone',
      'Dependency',
      'Broken dependency',
      'Today',
    ]);
    expect(legend[0]).toMatchObject({ x: 16, y: 100 });
    expect(legend[5]).toMatchObject({ x: 16, y: 126 });
    expect(legend[1]?.x).toBeGreaterThan(legend[0]?.x ?? 0);
  });

  it('writes a hex colour with an opacity', () => {
    expect(withAlpha('#1a7f37', 0.45)).toBe('rgba(26, 127, 55, 0.45)');
    expect(withAlpha('#ffffff', 1)).toBe('rgba(255, 255, 255, 1)');
  });

  it('keeps 2x for a small picture and comes down for a huge one', () => {
    expect(pngScale(1000, 800)).toBe(2);
    const scale = pngScale(6000, 20_000);
    expect(6000 * scale * 20_000 * scale).toBeLessThanOrEqual(24 * 1024 * 1024 + 1);
  });
});
