import { daysBetween } from '../fixtures/dates.js';
import { expect, type People, test } from '../fixtures/index.js';

async function twoPeople(people: People, link: string) {
  return { a: await people.open(link), b: await people.open(link) };
}

test('a link drawn by drag appears for the other person, and turns red for both when the predecessor moves', async ({
  people,
  board,
}) => {
  const { a, b } = await twoPeople(people, board.links.editor);
  await a.zoom('Quarters');
  const from = await a.idOf('Laptop refresh wave 2');
  const to = await a.idOf('Collaboration suite rollout');
  const source = a.barById(from);
  await source.hover();
  const connector = source.getByTestId('connector');
  const start = await connector.boundingBox();
  const target = await a.barById(to).boundingBox();
  if (!start || !target) throw new Error('bars not on screen');
  await a.dragFromTo(
    { x: start.x + start.width / 2, y: start.y + start.height / 2 },
    { x: target.x + target.width / 2, y: target.y + target.height / 2 },
  );

  await expect.poll(async () => (await b.links()).find((l) => l.from === from && l.to === to)).toBeTruthy();
  const link = (await b.links()).find((l) => l.from === from && l.to === to);
  const arrowB = b.page.locator(`[data-testid=dep-arrow][data-dep-id="${link?.id}"]`);
  await b.zoom('Quarters');
  await expect(arrowB).toHaveAttribute('data-violated', 'false');

  // A moves the predecessor ten weeks later: it now ends after its successor starts
  const px = await a.pxPerDay(from);
  const box = await a.barById(from).boundingBox();
  if (!box) throw new Error('bar not on screen');
  await a.dragFromTo(
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    { x: box.x + box.width / 2 + 70 * px, y: box.y + box.height / 2 },
  );
  const arrowA = a.page.locator(`[data-testid=dep-arrow][data-dep-id="${link?.id}"]`);
  await expect(arrowA).toHaveAttribute('data-violated', 'true');
  await expect(arrowB).toHaveAttribute('data-violated', 'true');
});

test('"move dependents too" shifts the successors in the same step, for everyone', async ({ people, board }) => {
  const { a, b } = await twoPeople(people, board.links.editor);
  await a.zoom('Quarters');
  const platform = await a.idOf('Data platform');
  const dashboards = await a.idOf('Finance dashboards');
  const before = await b.item(dashboards);
  await a.page.getByTestId('move-dependents').click();
  await expect(a.page.getByTestId('move-dependents')).toHaveAttribute('aria-pressed', 'true');
  const px = await a.pxPerDay(platform);
  const box = await a.barById(platform).boundingBox();
  if (!box || !before) throw new Error('bar not on screen');
  await a.dragFromTo(
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    { x: box.x + box.width / 2 + 21 * px, y: box.y + box.height / 2 },
  );

  await expect
    .poll(async () => daysBetween(before.start, (await b.item(dashboards))?.start ?? before.start))
    .toBeGreaterThanOrEqual(18);
  const moved = await b.item(dashboards);
  const platformNow = await b.item(platform);
  // the successor still starts right after its predecessor ends, as before the move
  expect(daysBetween(platformNow?.end ?? '', moved?.start ?? '')).toBe(1);
  // one undo step takes both back
  await a.page.keyboard.press('Control+z');
  await expect.poll(async () => (await b.item(dashboards))?.start).toBe(before.start);
});

test('zoom changes the header: ISO weeks at week zoom, years at year zoom', async ({ people, board }) => {
  const { a } = await twoPeople(people, board.links.viewer);
  await a.zoom('Weeks');
  await expect(a.page.getByTestId('timeline')).toHaveAttribute('data-zoom', /week/i);
  await expect(
    a.page
      .getByTestId('timeline')
      .getByText(/^(W|v\. |uge )\d{1,2}$/)
      .first(),
  ).toBeVisible();
  await expect(a.page.locator('[data-testid=weekend]').first()).toBeAttached();
  await a.zoom('Years');
  await expect(a.page.getByTestId('timeline')).toHaveAttribute('data-zoom', /year/i);
  await expect(
    a.page
      .getByTestId('timeline')
      .getByText(/^20\d\d$/)
      .first(),
  ).toBeVisible();
  await expect(a.page.locator('[data-testid=weekend]')).toHaveCount(0);
});

test('keyboard nudges move dates by a day or a week, and undo takes them back', async ({ people, board }) => {
  const { a, b } = await twoPeople(people, board.links.editor);
  const id = await a.idOf('Web shop checkout');
  const before = await a.item(id);
  await a.barById(id).click();
  await a.page.getByRole('button', { name: 'Close details' }).click();
  await a.barById(id).focus();
  await a.page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await b.item(id))?.start).toBe(shift(before?.start, 1));
  await a.page.keyboard.press('Alt+Shift+ArrowRight');
  await expect.poll(async () => (await b.item(id))?.start).toBe(shift(before?.start, 8));
  await a.page.keyboard.press('Control+z');
  await expect.poll(async () => (await b.item(id))?.start).toBe(shift(before?.start, 1));
  await a.page.keyboard.press('Control+z');
  await expect.poll(async () => (await b.item(id))?.start).toBe(before?.start);
});

test("grouping and filtering are one person's view and do not change the board for the other", async ({
  people,
  board,
}) => {
  const { a, b } = await twoPeople(people, board.links.editor);
  const clockA = await a.stateClock();
  const clockB = await b.stateClock();
  const lanesB = await b.laneIds();

  await a.page.getByTestId('group-by').getByRole('button', { name: 'Owner' }).click();
  await expect(a.page).toHaveURL(/group=owner/);
  await a.page.getByTestId('search-toggle').click();
  await a.page.getByTestId('search').fill('platform');
  await expect(a.page.locator('[data-testid=bar][aria-label="Data platform"]')).toBeVisible();
  await expect(a.page.locator('[data-testid=bar][aria-label="Mobile app 3.0"]')).toHaveCount(0);

  // B still sees lanes and every bar; neither document changed
  expect(await b.laneIds()).toEqual(lanesB);
  await expect(b.page.locator('[data-testid=bar][aria-label="Mobile app 3.0"]')).toBeVisible();
  expect(await a.stateClock()).toBe(clockA);
  expect(await b.stateClock()).toBe(clockB);
});

function shift(date: string | undefined, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
