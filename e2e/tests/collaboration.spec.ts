import { daysBetween } from '../fixtures/dates.js';
import { expect, test } from '../fixtures/index.js';

test('an item created and dragged by A shows up for B in its new lane and month; B renames it for A', async ({
  people,
  board,
}) => {
  const a = await people.open(board.links.editor);
  const b = await people.open(board.links.editor);

  const id = await a.createItem('Vendor selection');
  const created = await a.item(id);
  expect(created).not.toBeNull();
  await expect(b.page.locator(`[data-testid=bar][data-item-id="${id}"]`)).toBeVisible();

  // close the panel: the drag stays well away from the timeline's auto-scrolling edges
  await a.page.getByRole('button', { name: 'Close details' }).click();
  await expect(a.page.getByLabel('Title', { exact: true })).toBeHidden();
  const lanes = await a.laneIds();
  const from = lanes.indexOf(created?.laneId ?? '');
  const target = lanes[from + 2] ?? lanes[from - 2];
  if (!target) throw new Error('the template board needs at least three lanes');
  const bar = a.page.locator(`[data-testid=bar][data-item-id="${id}"]`);
  const box = await bar.boundingBox();
  const fromBox = await a.lane(created?.laneId ?? '').boundingBox();
  const toBox = await a.lane(target).boundingBox();
  if (!box || !fromBox || !toBox || !created) throw new Error('bar or lanes not on screen');
  const pxPerDay = box.width / (daysBetween(created.start, created.end) + 1);
  await a.dragBy(bar, Math.round(35 * pxPerDay), toBox.y + toBox.height / 2 - (box.y + box.height / 2));

  await expect.poll(async () => (await a.item(id))?.laneId).toBe(target);
  const moved = await a.item(id);
  const shift = daysBetween(created.start, moved?.start ?? created.start);
  expect(shift).toBeGreaterThanOrEqual(30);
  expect(shift).toBeLessThanOrEqual(40);
  expect(daysBetween(moved?.start ?? '', moved?.end ?? '')).toBe(daysBetween(created.start, created.end));
  // B sees the bar inside the target lane, with the same dates
  await expect(b.lane(target).locator(`[data-testid=bar][data-item-id="${id}"]`)).toBeVisible();
  await expect.poll(async () => b.item(id)).toEqual(moved);

  // one drag is one undo step for A
  await a.page.keyboard.press('Escape');
  await a.page.keyboard.press('Control+z');
  await expect.poll(async () => (await b.item(id))?.laneId).toBe(created.laneId);
  await a.page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await b.item(id))?.laneId).toBe(target);

  await b.rename(id, 'Vendor selection (shortlist)');
  await expect(a.page.locator(`[data-testid=bar][data-item-id="${id}"]`)).toHaveAttribute(
    'aria-label',
    /Vendor selection \(shortlist\)/,
  );
});
