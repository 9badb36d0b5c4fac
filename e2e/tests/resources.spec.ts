import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/index.js';

const id = (prefix: string) => `${prefix}:${randomUUID()}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Two teams: Olle on Platform is booked 60 h a week from now on; Frida on Data is free. */
function staffingBoard() {
  const [platform, data] = [id('team'), id('team')];
  const [olle, frida] = [id('person'), id('person')];
  const lane = id('lane');
  const [migration, audit] = [id('item'), id('item')];
  const item = (itemId: string, title: string) => ({
    id: itemId,
    kind: 'project',
    title,
    laneId: lane,
    start: day(-14),
    end: day(70),
    status: 'on-track',
    order: itemId === migration ? 'a0' : 'a1',
  });
  return {
    ids: { platform, data, olle, frida, migration, audit, move: id('asg') },
    json(this: { ids: Record<string, string> }) {
      return {
        schemaVersion: 1,
        name: 'Staffing workshop',
        meta: { name: 'Staffing workshop' },
        lanes: [{ id: lane, title: 'Projects', order: 'a0' }],
        teams: [
          { id: platform, name: 'Platform', order: 'a0' },
          { id: data, name: 'Data', order: 'a1' },
        ],
        people: [
          { id: olle, name: 'Olle Berg', role: 'Architect', teamId: platform, capacityHoursPerWeek: 40 },
          { id: frida, name: 'Frida Holm', role: 'Architect', teamId: data, capacityHoursPerWeek: 40 },
        ],
        items: [item(migration, 'Cloud migration'), item(audit, 'Security audit')],
        assignments: [
          { id: this.ids.move, itemId: migration, personId: olle, hoursPerWeek: 30 },
          { id: id('asg'), itemId: audit, personId: olle, hoursPerWeek: 30 },
        ],
        deps: [],
        goals: [],
      };
    },
  };
}

function resourcesLink(link: string): string {
  const [path, fragment] = link.split('#');
  return `${path}?view=resources#${fragment}`;
}

async function overWeeks(page: Page, personId: string): Promise<number> {
  return Number(
    await page.locator(`[data-testid=person-row][data-person-id="${personId}"]`).getAttribute('data-over-weeks'),
  );
}

async function quarterHours(page: Page, teamId: string): Promise<number> {
  return Number(
    await page.locator(`[data-testid=team-summary][data-team-id="${teamId}"]`).getAttribute('data-quarter-hours'),
  );
}

test('reassigning from an over-allocated person to a free one changes load strips and team totals for both; undo restores them', async ({
  people,
  planroom,
  request,
}, testInfo) => {
  const setup = staffingBoard();
  const res = await request.post(`${planroom.url}/api/boards`, { data: { board: setup.json() } });
  expect(res.status(), await res.text()).toBe(201);
  const { links } = (await res.json()) as { links: { editor: string } };
  const { ids } = setup;
  const a = await people.join();
  const b = await people.join();
  for (const p of [a, b]) {
    await p.page.goto(resourcesLink(links.editor));
    await expect(p.status).toHaveText(/connected/i);
    await expect(p.page.getByTestId('resources')).toBeVisible();
  }

  // Olle is over capacity (60 h of 40 h) in the weeks ahead, Frida has nothing
  for (const p of [a, b]) {
    await expect.poll(() => overWeeks(p.page, ids.olle)).toBeGreaterThan(5);
    expect(await overWeeks(p.page, ids.frida)).toBe(0);
  }
  const olleStrip = (p: Page) =>
    p.locator(`[data-testid=load-strip][data-person-id="${ids.olle}"] [data-testid=load-cell][data-over=true]`);
  await expect(olleStrip(b.page).first()).toBeVisible();
  const before = { platform: await quarterHours(b.page, ids.platform), data: await quarterHours(b.page, ids.data) };
  await a.page.screenshot({ path: testInfo.outputPath('resources-before.png'), fullPage: true });

  // A drags Olle's migration bar onto Frida's row
  const bar = a.page.locator(`[data-testid=assignment-bar][data-assignment-id="${ids.move}"]`);
  const target = a.page.locator(`[data-testid=person-row][data-person-id="${ids.frida}"]`);
  const from = await bar.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('bar or row not on screen');
  await a.dragFromTo({ x: from.x + 20, y: from.y + from.height / 2 }, { x: from.x + 20, y: to.y + to.height / 2 });

  for (const p of [a, b]) {
    await expect.poll(() => overWeeks(p.page, ids.olle)).toBe(0);
    await expect(
      p.page
        .locator(`[data-testid=load-strip][data-person-id="${ids.frida}"] [data-testid=load-cell][data-hours="30"]`)
        .first(),
    ).toBeVisible();
    // thirty hours a week of demand moved from Platform to Data
    await expect.poll(() => quarterHours(p.page, ids.platform)).toBeGreaterThan(before.platform);
    await expect.poll(() => quarterHours(p.page, ids.data)).toBeLessThan(before.data);
  }
  await expect(olleStrip(b.page)).toHaveCount(0);
  await b.page.screenshot({ path: testInfo.outputPath('resources.png'), fullPage: true });

  // one undo step puts it back, for both
  await a.page.keyboard.press('Control+z');
  for (const p of [a, b]) {
    await expect.poll(() => overWeeks(p.page, ids.olle)).toBeGreaterThan(5);
    await expect.poll(() => quarterHours(p.page, ids.platform)).toBe(before.platform);
    await expect.poll(() => quarterHours(p.page, ids.data)).toBe(before.data);
  }
  expect(await overWeeks(b.page, ids.frida)).toBe(0);

  // a person's details open from their name and close with Escape
  await a.page.locator(`[data-testid=person-row][data-person-id="${ids.frida}"] [data-testid=person-name]`).click();
  await expect(a.page.getByTestId('person-panel')).toBeVisible();
  await a.page.locator('body').press('Escape');
  await expect(a.page.getByTestId('person-panel')).toBeHidden();
});
