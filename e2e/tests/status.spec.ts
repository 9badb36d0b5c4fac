import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/index.js';
import { pageCount } from '../fixtures/pdf.js';

const id = (prefix: string) => `${prefix}:${randomUUID()}`;

/**
 * Two programs around Q1 2027, written by hand: CRM with a pilot milestone due in Q1 that
 * slipped 14 days against the "Q4 plan" baseline and a cutover planned in Q1 that now
 * falls in Q2 (16 days); Data warehouse with a milestone in Q1, and Lars on the Data team
 * asked for 30 h a week of his 20: the team's shortfall.
 */
function qbrBoard() {
  const ids = {
    lane: id('lane'),
    platform: id('team'),
    data: id('team'),
    astrid: id('person'),
    lars: id('person'),
    crm: id('item'),
    migrate: id('item'),
    pilot: id('item'),
    cutover: id('item'),
    dw: id('item'),
    ingest: id('item'),
    schema: id('item'),
    baseline: id('baseline'),
  };
  let order = 0;
  const item = (itemId: string, kind: string, title: string, parentId: string | null, start: string, end = start) => ({
    id: itemId,
    kind,
    title,
    parentId,
    laneId: ids.lane,
    start,
    end,
    status: kind === 'program' ? 'at-risk' : 'on-track',
    order: `a${order++}`,
  });
  const json = {
    schemaVersion: 1,
    name: 'QBR board',
    meta: { name: 'QBR board', baselineId: ids.baseline },
    lanes: [{ id: ids.lane, title: 'Portfolio', order: 'a0' }],
    teams: [
      { id: ids.platform, name: 'Platform', order: 'a0' },
      { id: ids.data, name: 'Data', order: 'a1' },
    ],
    people: [
      { id: ids.astrid, name: 'Astrid Lund', teamId: ids.platform, capacityHoursPerWeek: 40 },
      { id: ids.lars, name: 'Lars Holm', teamId: ids.data, capacityHoursPerWeek: 20 },
    ],
    items: [
      item(ids.crm, 'program', 'CRM', null, '2026-10-01', '2027-06-30'),
      item(ids.migrate, 'project', 'Migrate CRM', ids.crm, '2026-11-02', '2027-04-30'),
      item(ids.pilot, 'milestone', 'Pilot live', ids.migrate, '2027-02-15'),
      item(ids.cutover, 'milestone', 'Cutover', ids.migrate, '2027-04-10'),
      item(ids.dw, 'program', 'Data warehouse', null, '2027-01-01', '2027-12-31'),
      item(ids.ingest, 'project', 'Ingest', ids.dw, '2027-01-04', '2027-06-30'),
      item(ids.schema, 'milestone', 'Schema frozen', ids.ingest, '2027-01-20'),
    ],
    assignments: [
      { id: id('asg'), itemId: ids.ingest, personId: ids.lars, hoursPerWeek: 30 },
      { id: id('asg'), itemId: ids.migrate, personId: ids.astrid, hoursPerWeek: 20 },
    ],
    baselines: [
      {
        id: ids.baseline,
        name: 'Q4 plan',
        createdAt: '2026-11-30T09:00:00.000Z',
        source: { kind: 'now' },
        dates: {
          [ids.pilot]: { start: '2027-02-01', end: '2027-02-01' },
          [ids.cutover]: { start: '2027-03-25', end: '2027-03-25' },
          [ids.schema]: { start: '2027-01-20', end: '2027-01-20' },
        },
      },
    ],
    deps: [],
    goals: [],
  };
  return { ids, json };
}

/** A board link with a query before its `#token=…` fragment. */
function withQuery(link: string, query: string): string {
  const [path, fragment] = link.split('#');
  return `${path}?${query}#${fragment}`;
}

const card = (page: Page, name: string) => page.getByTestId(`status-${name}`);
const rowOf = (list: Locator, title: string) => list.filter({ hasText: title });

async function openStatus(page: Page, link: string): Promise<void> {
  await page.goto(link);
  // a viewer's first connection on a loaded 2-core machine can take longer than one expect
  await expect(page.getByTestId('conn-status')).toHaveText(/connected/i, { timeout: 45_000 });
  await expect(page.getByTestId('status-page')).toBeVisible();
}

/** Creates the board on the running server; its links and ids. */
async function createQbrBoard(planroom: { url: string }, request: APIRequestContext) {
  const { ids, json } = qbrBoard();
  const res = await request.post(`${planroom.url}/api/boards`, { data: { board: json } });
  expect(res.status(), await res.text()).toBe(201);
  const { links } = (await res.json()) as { links: { editor: string; viewer: string } };
  return { ids, links };
}

test('the status view: portfolio and program, the quarter in the URL, due and slipped milestones with days, a team short, print', async ({
  people,
  planroom,
  request,
}, testInfo) => {
  const { ids, links } = await createQbrBoard(planroom, request);

  // from the roadmap, the view switch's Status button; the quarter goes into the URL
  const editor = await people.open(links.editor);
  const { page } = editor;
  await page.getByTestId('view-switch').getByRole('button', { name: 'Status' }).click();
  await expect(page.getByTestId('status-page')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('view')).toBe('status');
  await page.goto(withQuery(links.editor, 'view=status&quarter=2027-Q1'));
  await expect(page.getByTestId('status-page')).toBeVisible();
  await expect(page.getByTestId('status-title')).toContainText('Whole portfolio');
  await expect(page.getByTestId('status-title')).toContainText('Q1 2027');

  // the whole portfolio: both programs, milestones due, slips against the baseline, the Data team short
  const due = card(page, 'due').getByTestId('due-milestone');
  await expect(due).toHaveCount(2);
  await expect(rowOf(due, 'Schema frozen')).toContainText('Data warehouse');
  await expect(rowOf(due, 'Pilot live')).toContainText('15 Feb 2027');
  const slipped = card(page, 'slipped').getByTestId('slipped-milestone');
  await expect(slipped).toHaveCount(2);
  await expect(slipped.first()).toContainText('Cutover');
  await expect(slipped.first()).toContainText('16 days late');
  await expect(rowOf(slipped, 'Pilot live')).toContainText('14 days late');
  await expect(card(page, 'slipped')).toContainText('against “Q4 plan”');
  const teams = card(page, 'capacity').getByTestId('status-team');
  await expect(teams.first()).toContainText('Data');
  await expect(teams.first()).toContainText('Short');
  await expect(rowOf(teams, 'Platform')).toContainText('Spare');
  await expect(card(page, 'kpis')).toContainText('No KPIs yet');
  await expect(card(page, 'risks')).toContainText('No open risks');
  await page.screenshot({ path: testInfo.outputPath('status-portfolio.png'), fullPage: true });

  // one program: the picker puts it in the URL, and only its milestones and teams remain
  await page.getByTestId('program-button').click();
  await page.getByRole('button', { name: 'CRM', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`program=${ids.crm}`));
  await expect(page.getByTestId('status-title')).toContainText('CRM');
  await expect(due).toHaveCount(1);
  await expect(due.first()).toContainText('Pilot live');
  await expect(teams).toHaveCount(1);
  await expect(teams.first()).toContainText('Platform');

  // the next quarter: the URL follows; the cutover is due there and still slipped
  await page.getByRole('button', { name: 'Next quarter' }).click();
  await expect(page).toHaveURL(/quarter=2027-Q2/);
  await expect(due).toHaveCount(1);
  await expect(due.first()).toContainText('Cutover');
  await expect(slipped).toHaveCount(1);
  await page.getByTestId('quarter-button').click();
  await page.getByRole('button', { name: /^Q1 2027/ }).click();
  await expect(page).toHaveURL(/quarter=2027-Q1/);
  await expect(due.first()).toContainText('Pilot live');

  // S goes back to the roadmap and to the status view again
  await page.keyboard.press('s');
  await expect(page.getByTestId('status-page')).toBeHidden();
  await page.keyboard.press('s');
  await expect(page.getByTestId('status-page')).toBeVisible();

  // print: the report alone, on A4, no card cut across a page
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.board-head', '[data-testid=view-switch]', '.status-controls'])
    await expect(page.locator(hidden).first()).toBeHidden();
  const breaks = await page
    .locator('.status-card')
    .evaluateAll((cards) => cards.map((c) => getComputedStyle(c).breakInside));
  expect(breaks.length).toBeGreaterThan(4);
  expect(new Set(breaks)).toEqual(new Set(['avoid']));
  // what a person looks at: the printable width of A4 with 12 mm margins
  await page.setViewportSize({ width: Math.round(((210 - 24) / 25.4) * 96), height: 1000 });
  await page.screenshot({ path: testInfo.outputPath('status-print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  writeFileSync(testInfo.outputPath('status.pdf'), pdf);
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
});

test('a viewer link opens the status view, with no form fields, and an editor’s move arrives as a new slip', async ({
  people,
  planroom,
  request,
}, testInfo) => {
  const { ids, links } = await createQbrBoard(planroom, request);
  const editor = await people.open(links.editor);
  const { page } = editor;
  // a viewer link opens the same report, and sees an edit arrive live
  const viewer = await people.join();
  await openStatus(viewer.page, withQuery(links.viewer, `view=status&program=${ids.crm}&quarter=2027-Q1`));
  const viewerSlips = card(viewer.page, 'slipped').getByTestId('slipped-milestone');
  await expect(rowOf(viewerSlips, 'Pilot live')).toContainText('14 days late');
  // an editor's move (a milestone is a point: both ends, in one transaction, as the roadmap writes it)
  await page.evaluate((pilot) => {
    type Doc = { transact(f: () => void): void; getMap(n: string): { get(k: string): Map<string, unknown> } };
    const { doc } = (window as unknown as { __planroom: { doc: Doc } }).__planroom;
    doc.transact(() => {
      doc.getMap('items').get(pilot).set('start', '2027-02-20');
      doc.getMap('items').get(pilot).set('end', '2027-02-20');
    });
  }, ids.pilot);
  await expect(rowOf(viewerSlips, 'Pilot live')).toContainText('19 days late');
  await expect(
    viewer.page
      .locator(
        'input:not([disabled]):not([readonly]), textarea:not([disabled]):not([readonly]), select:not([disabled])',
      )
      .filter({ visible: true }),
  ).toHaveCount(0);
  await viewer.page.screenshot({ path: testInfo.outputPath('status-viewer.png'), fullPage: true });
});

test('on a phone (390x844) the status view reads in one column with nothing covered', async ({
  browser,
  planroom,
  request,
}, testInfo) => {
  const { links } = await createQbrBoard(planroom, request);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await context.addInitScript(() => localStorage.setItem('planroom.displayName', 'Phone viewer'));
  try {
    const page = await context.newPage();
    await openStatus(page, withQuery(links.viewer, 'view=status&quarter=2027-Q1'));
    await expect(card(page, 'slipped').getByTestId('slipped-milestone').first()).toContainText('days late');
    await page.screenshot({ path: testInfo.outputPath('status-phone.png') });

    // nothing wider than the screen, and the board name and save status are what is at their own centre
    const overflow = await page.evaluate(() => {
      const report = document.querySelector('.status-report') as HTMLElement;
      return { page: document.documentElement.scrollWidth, report: report.scrollWidth, width: window.innerWidth };
    });
    expect(overflow.page).toBeLessThanOrEqual(overflow.width);
    expect(overflow.report).toBeLessThanOrEqual(overflow.width);
    for (const selector of [
      '.board-name',
      '[data-testid=conn-status]',
      '[data-testid=tile-due]',
      '[data-testid=status-title]',
    ]) {
      const uncovered = await page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return r.width > 0 && r.right <= window.innerWidth && hit !== null && (el === hit || el.contains(hit));
        });
      expect(uncovered, `${selector} is on screen and uncovered`).toBe(true);
    }

    // further down, a table read as blocks of "label value" lines
    await card(page, 'slipped').scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('status-phone-slipped.png') });
  } finally {
    await context.close();
  }
});

test('the business template: KPIs against their targets and the top risks from its kickoff', async ({
  people,
  planroom,
  request,
}, testInfo) => {
  const res = await request.post(`${planroom.url}/api/boards`, {
    data: { template: 'business-pmo', name: 'E2E business' },
  });
  expect(res.status()).toBe(201);
  const { links } = (await res.json()) as { links: { viewer: string } };
  const viewer = await people.join();
  await openStatus(viewer.page, withQuery(links.viewer, 'view=status'));
  const kpis = card(viewer.page, 'kpis').getByTestId('status-kpi');
  await expect(kpis.first()).toBeVisible();
  // each KPI row says where it stands in words, on hover
  expect(await kpis.first().getAttribute('title')).toMatch(/target/i);
  const risks = card(viewer.page, 'risks').getByTestId('status-risk');
  await expect(risks.first()).toBeVisible();
  expect(await risks.count()).toBeLessThanOrEqual(5);
  const scores = await risks.locator('.risk-score').allInnerTexts();
  expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((a, b) => b - a));
  // the report scrolls inside the board: a tall window shows all of it at once
  await viewer.page.setViewportSize({ width: 1440, height: 2000 });
  await viewer.page.screenshot({ path: testInfo.outputPath('status-business.png') });
});
