import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/index.js';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Point {
  x: number;
  y: number;
}

/** The points of a link's drawn line, in page coordinates. */
async function arrowPoints(page: Page, title: string): Promise<Point[]> {
  const line = page.locator(`[data-testid=dep-arrow][aria-label="${title}"] .dep-line`);
  await expect(line).toBeAttached();
  return line.evaluate((path: SVGPathElement) => {
    const m = path.getScreenCTM();
    const d = path.getAttribute('d') ?? '';
    if (!m) return [];
    return [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((c) => {
      const p = new DOMPoint(Number(c[1]), Number(c[2])).matrixTransform(m);
      return { x: p.x, y: p.y };
    });
  });
}

/** Whether a segment passes through the inside of a box (touching an edge does not count). */
function segmentCrosses(p: Point, q: Point, b: Box): boolean {
  // Liang–Barsky clipping of the segment against the box shrunk by half a pixel
  const [x0, y0, x1, y1] = [b.x + 0.5, b.y + 0.5, b.x + b.width - 0.5, b.y + b.height - 0.5];
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  for (const [num, den] of [
    [p.x - x0, -dx],
    [x1 - p.x, dx],
    [p.y - y0, -dy],
    [y1 - p.y, dy],
  ] as const) {
    if (den === 0) {
      if (num < 0) return false;
      continue;
    }
    const t = num / den;
    if (den < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

const crosses = (points: Point[], box: Box) =>
  points.slice(1).some((q, i) => segmentCrosses(points[i] as Point, q, box));

test('arrows stay in the time area: the lane column covers them at every horizontal scroll', async ({
  people,
  board,
}) => {
  const a = await people.open(board.links.viewer);
  const { page } = a;
  await a.zoom('Months');
  await expect(page.locator('[data-testid=dep-arrow]').first()).toBeAttached();
  const timeline = page.getByTestId('timeline');
  const range = await timeline.evaluate((el) => el.scrollWidth - el.clientWidth);
  let under = 0;
  for (let left = 0; left <= range; left += 150) {
    await timeline.evaluate((el, x) => {
      el.scrollLeft = x;
    }, left);
    await expect.poll(() => timeline.evaluate((el) => el.scrollLeft)).toBe(Math.min(left, range));
    // what a person sees along each row's title cell, its bottom border included, once the
    // frame after the scroll is painted (rows render in runs)
    const look = () =>
      page.evaluate(() => {
        const out = { points: 0, arrows: 0, notLaneColumn: 0, arrowsUnderColumn: 0 };
        const column = document.querySelector('.tl-corner')?.getBoundingClientRect();
        const scroller = document.querySelector('[data-testid=timeline]');
        if (!column || !scroller) return out;
        // above the horizontal scroll bar
        const bottom = scroller.getBoundingClientRect().top + scroller.clientHeight;
        for (const row of document.querySelectorAll('.lane')) {
          // the row from its top to the bottom of its border, across the column's width
          const r = row.getBoundingClientRect();
          if (r.bottom <= column.bottom || r.top >= bottom) continue;
          // hit testing works in whole pixels: the last one is the row's bottom border
          for (const y of [Math.ceil(r.top) + 4, Math.round(r.top + r.height / 2), Math.floor(r.bottom) - 1]) {
            if (y <= column.bottom || y >= bottom - 1) continue;
            for (let x = column.left + 1; x < column.right - 1; x += 3) {
              const el = document.elementFromPoint(x, y);
              out.points++;
              if (el?.closest('[data-testid=dep-arrow]')) out.arrows++;
              if (!el?.closest('.lane-head')) out.notLaneColumn++;
            }
          }
        }
        for (const g of document.querySelectorAll('[data-testid=dep-arrow]')) {
          const b = g.getBoundingClientRect();
          if (b.left < column.right && b.right > column.left) out.arrowsUnderColumn++;
        }
        return out;
      });
    await expect
      .poll(async () => {
        const s = await look();
        return s.arrows + s.notLaneColumn;
      })
      .toBe(0);
    const seen = await look();
    expect(seen.points).toBeGreaterThan(100);
    expect(seen.arrows, `arrows seen over the lane column at scrollLeft ${left}`).toBe(0);
    expect(seen.notLaneColumn, `points of the lane column not showing it at scrollLeft ${left}`).toBe(0);
    under += seen.arrowsUnderColumn;
  }
  // the check means something: some arrows did run under the column while scrolling
  expect(under).toBeGreaterThan(0);
});

test('a link goes around a bar that lies on the straight line between its ends', async ({ people, board }) => {
  const a = await people.open(board.links.viewer);
  const { page } = a;
  await a.zoom('Quarters');
  const from = await a.bar('Customer 360').boundingBox();
  const to = await a.bar('CRM migration').boundingBox();
  const third = page.locator('[data-testid=bar][aria-label="QBR pack automated"]');
  const bar = await third.boundingBox();
  const title = await third.locator('.bar-label').boundingBox();
  if (!from || !to || !bar || !title) throw new Error('bars not on screen');

  // the straight line from the predecessor's end to the successor's start goes through it
  const straight = [
    { x: from.x + from.width, y: from.y + from.height / 2 },
    { x: to.x, y: to.y + to.height / 2 },
  ];
  expect(crosses(straight, bar) || crosses(straight, title)).toBe(true);

  const route = await arrowPoints(page, 'Link from Customer 360 to CRM migration');
  expect(route.length).toBeGreaterThan(2);
  expect(crosses(route, bar)).toBe(false);
  expect(crosses(route, title)).toBe(false);
  // and it still joins the predecessor's end to the successor's start
  expect(route[0]?.x).toBeCloseTo(straight[0]?.x ?? 0, 0);
  expect(route.at(-1)?.x).toBeCloseTo(straight[1]?.x ?? 0, 0);
});
