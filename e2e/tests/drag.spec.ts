import type { Locator } from '@playwright/test';
import { daysBetween } from '../fixtures/dates.js';
import { expect, test } from '../fixtures/index.js';

/** Where each rendered bar of a lane sits, in pixels from the top of the lane (its sub-row). */
function barRows(lane: Locator): Promise<Record<string, number>> {
  return lane.evaluate((el) => {
    const top = el.getBoundingClientRect().top;
    const rows: Record<string, number> = {};
    for (const bar of el.querySelectorAll<HTMLElement>('[data-testid=bar]')) {
      rows[bar.dataset.itemId ?? ''] = Math.round(bar.getBoundingClientRect().top - top);
    }
    return rows;
  });
}

test('a bar held at the right edge lands on the date under the pointer, and its neighbours keep their rows', async ({
  people,
  board,
}) => {
  const a = await people.open(board.links.editor);
  const timeline = a.page.getByTestId('timeline');
  await a.zoom('Months');
  await expect(timeline).toHaveAttribute('data-zoom', 'month');
  const width = a.page.viewportSize()?.width ?? 1440;
  // a bar whose move used to reshuffle its lane: packed afresh, Support chatbot took another row
  const id = await a.idOf('Mobile app 3.0');
  const bar = a.barById(id);
  const lane = a.page.locator('[data-testid=lane]', { has: bar });

  // Put the bar under a pointer 190 px from the right edge of the window, as the user had it.
  const grabX = width - 190;
  const first = await bar.boundingBox();
  if (!first) throw new Error('bar not on screen');
  await timeline.evaluate((el, by) => el.scrollBy(by, 0), first.x + first.width / 2 - grabX);
  await expect
    .poll(async () => Math.abs(((await bar.boundingBox())?.x ?? 0) + first.width / 2 - grabX))
    .toBeLessThan(2);
  const box = await bar.boundingBox();
  const before = await a.item(id);
  if (!box || !before) throw new Error('bar not on screen');
  const rowsBefore = await barRows(lane);
  const startsBefore: Record<string, string | undefined> = {};
  for (const other of Object.keys(rowsBefore)) startsBefore[other] = (await a.item(other))?.start;
  const ppd = await a.pxPerDay(id);
  const scroll = () => timeline.evaluate((el) => el.scrollLeft);
  const s0 = await scroll();
  const y = box.y + box.height / 2;

  await a.page.mouse.move(grabX, y);
  await a.page.mouse.down();
  await a.page.mouse.move(grabX + 8, y, { steps: 2 });
  await a.page.mouse.move(grabX + 100, y, { steps: 10 });
  // 90 px from the edge is not the edge: the board stays put and the bar follows the pointer
  await expect.poll(async () => Math.abs(((await bar.boundingBox())?.x ?? 0) - (box.x + 100))).toBeLessThanOrEqual(ppd);
  expect(await scroll()).toBe(s0);

  // Held at the very edge, the board scrolls by itself; back off the edge, it stops.
  await a.page.mouse.move(width - 8, y, { steps: 4 });
  await expect.poll(scroll).toBeGreaterThanOrEqual(s0 + 300);
  await a.page.mouse.move(grabX + 100, y, { steps: 4 });
  const s1 = await scroll();
  const shown = await bar.boundingBox();
  await a.page.mouse.up();

  // The drop is the date under the pointer: 100 px plus what the board scrolled.
  const expected = Math.round((100 + s1 - s0) / ppd);
  await expect.poll(async () => daysBetween(before.start, (await a.item(id))?.start ?? before.start)).not.toBe(0);
  const moved = daysBetween(before.start, (await a.item(id))?.start ?? before.start);
  expect(Math.abs(moved - expected)).toBeLessThanOrEqual(1);
  expect(await scroll()).toBe(s1);
  // ...and where the bar was shown while dragging.
  await expect.poll(async () => Math.abs(((await bar.boundingBox())?.x ?? 0) - (shown?.x ?? 0))).toBeLessThanOrEqual(1);

  // The other bars of the lane (not its children, which moved along) kept their sub-rows.
  const rowsAfter = await barRows(lane);
  const others: string[] = [];
  for (const other of Object.keys(rowsBefore)) {
    const item = await a.item(other);
    if (other in rowsAfter && item?.start === startsBefore[other]) others.push(other);
  }
  expect(others.length).toBeGreaterThan(1);
  for (const other of others) expect({ other, top: rowsAfter[other] }).toEqual({ other, top: rowsBefore[other] });
});
