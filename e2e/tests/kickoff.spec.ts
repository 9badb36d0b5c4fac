import type { Locator, Page } from '@playwright/test';
import type { BoardPage } from '../fixtures/board-page.js';
import { expect, type People, test } from '../fixtures/index.js';
import { pageCount } from '../fixtures/pdf.js';

/** The same link, opened on the kickoff of one item (the query goes before the token's fragment). */
function kickoffLink(link: string, itemId: string): string {
  const [base, hash] = link.split('#');
  return `${base}?view=kickoff&kickoff=${encodeURIComponent(itemId)}#${hash}`;
}

const gaps = (page: Page) => page.getByTestId('readiness-gap');
const gap = (page: Page, check: string) => page.locator(`[data-testid=readiness-gap][data-check="${check}"]`);
const scopeEntry = (page: Page, side: 'in' | 'out', text: string) =>
  page
    .getByTestId(`scope-${side}`)
    .locator('[data-testid=scope-entry]', { has: page.locator(`input[value="${text}"]`) });

async function add(page: Page, testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.fill(text);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

/** Drags with the mouse in steps, as a hand does (dnd-kit starts a drag after 4 px). */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('nothing to drag from or to');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** The owner starts the kickoff of the first project from the kickoff list; the editor opens it by URL. */
async function kickoffMeeting(people: People, links: { owner: string; editor: string }) {
  const owner = await people.open(links.owner, { name: 'Fran Facilitator' });
  await owner.page.keyboard.press('k');
  await expect(owner.page.getByTestId('kickoff-index')).toBeVisible();
  const row = owner.page.getByTestId('kickoff-row').first();
  const itemId = await row.getAttribute('data-item');
  if (!itemId) throw new Error('no project on the board');
  await row.getByRole('button', { name: 'Start kickoff' }).click();
  await expect(owner.page.getByTestId('kickoff')).toBeVisible();
  await expect(owner.page).toHaveURL(new RegExp(`view=kickoff&kickoff=${itemId}`));
  await expect(owner.page.getByTestId('agenda-step')).toHaveCount(7);
  const editor: BoardPage = await people.join({ name: 'Anna Berg' });
  await editor.page.goto(kickoffLink(links.editor, itemId));
  await expect(editor.page.getByTestId('kickoff')).toBeVisible();
  return { owner: owner.page, editor: editor.page, itemId };
}

test('two people fill one kickoff: scope dragged in to out, a milestone from a deliverable, a RACI rule broken and fixed, a risk on the heat map, readiness shrinking', async ({
  people,
  board,
}) => {
  const { owner, editor, itemId } = await kickoffMeeting(people, board.links);
  // the agenda's time boxes run the workshop timer for everyone; only the owner has Start
  await expect(editor.getByTestId('agenda-start')).toHaveCount(0);
  await owner
    .getByTestId('agenda-step')
    .filter({ has: owner.locator('input[value="Scope"]') })
    .getByTestId('agenda-start')
    .click();
  await expect(editor.getByTestId('timer')).toHaveText(/^(20:00|19:[0-5]\d)$/);

  const before = await gaps(owner).count();
  await expect(gap(owner, 'scope-in')).toHaveText('Nothing is in scope yet');
  await expect(gap(owner, 'scope-out')).toHaveText('Nothing is out of scope yet');

  // the editor writes the scope; the owner sees it and the "in scope" gap goes
  await add(editor, 'add-scope-in', 'Invoicing for new customers');
  await add(editor, 'add-scope-in', 'Legacy archive migration');
  await expect(scopeEntry(owner, 'in', 'Legacy archive migration')).toBeVisible();
  await expect(gap(owner, 'scope-in')).toHaveCount(0);

  // the owner drags one across to "out of scope"; both see it there
  const entry = scopeEntry(owner, 'in', 'Legacy archive migration');
  await drag(owner, entry.getByTestId('scope-handle'), owner.getByTestId('scope-out'));
  for (const page of [owner, editor]) {
    await expect(scopeEntry(page, 'out', 'Legacy archive migration')).toBeVisible();
    await expect(scopeEntry(page, 'in', 'Legacy archive migration')).toHaveCount(0);
    await expect(gap(page, 'scope-out')).toHaveCount(0);
  }

  // an objective is measurable only with a measure, a target and a date: the gap says what is missing
  await add(owner, 'add-objective', 'Invoice within a week');
  await expect(gap(editor, 'objectives')).toHaveText(
    'Objective “Invoice within a week” needs a measure, a target and a date',
  );
  const objective = editor.getByTestId('objective-row').first();
  await objective.getByLabel('Measure').fill('Days from contract to first invoice');
  await objective.getByLabel('Target').fill('≤ 7 days');
  await objective.getByLabel('Date').fill('2027-03-31');
  await objective.getByLabel('Date').press('Enter');
  await expect(gap(owner, 'objectives')).toHaveCount(0);

  // a deliverable puts its milestone on the roadmap; the editor sees the link and the item
  await add(editor, 'add-deliverable', 'Billing service live');
  await owner.getByTestId('deliverable-row').first().getByTestId('create-milestone').click();
  await expect(editor.getByTestId('deliverable-milestone')).toBeVisible();
  await expect(gap(editor, 'milestone')).toHaveCount(0);
  const milestone = await editor.evaluate(() => {
    const pr = (window as unknown as { __planroom: { doc: import('yjs').Doc } }).__planroom;
    const items = pr.doc.getMap('items') as import('yjs').Map<import('yjs').Map<unknown>>;
    const deliverable = [
      ...(pr.doc.getMap('deliverables') as import('yjs').Map<import('yjs').Map<unknown>>).values(),
    ][0];
    const id = String(deliverable?.get('milestoneId'));
    const item = items.get(id);
    return item ? { kind: item.get('kind'), title: item.get('title'), parentId: item.get('parentId') } : null;
  });
  expect(milestone).toEqual({ kind: 'milestone', title: 'Billing service live', parentId: itemId });

  // sponsor and budget owner: one picks a person on the board, the other names someone outside it
  await editor.getByTestId('sponsor').selectOption({ index: 1 });
  await expect(gap(owner, 'sponsor')).toHaveCount(0);
  await owner.getByTestId('budget-owner').selectOption({ label: 'Someone not on the board…' });
  await owner.getByLabel('Budget owner: name of someone not on the board').fill('CFO office');
  await owner.getByLabel('Budget owner: name of someone not on the board').press('Enter');
  await expect(gap(editor, 'budget-owner')).toHaveCount(0);

  // what is left: the deliverable has no one Accountable or Responsible yet
  const after = await gaps(owner).count();
  expect(after).toBeLessThan(before);
  await expect(gaps(owner)).toHaveText(['Deliverable “Billing service live” has no one Accountable or Responsible']);

  // RACI: two people on the board become columns; a rule broken and fixed, explained in words for both
  await owner.getByTestId('add-stakeholder-person').selectOption({ index: 1 });
  await expect(editor.getByTestId('stakeholder-row')).toHaveCount(1);
  await editor.getByTestId('add-stakeholder-person').selectOption({ index: 1 });
  await expect(owner.getByTestId('stakeholder-row')).toHaveCount(2);
  const row = (page: Page) => page.getByTestId('raci-row').filter({ hasText: 'Billing service live' });
  const cells = (page: Page) => row(page).getByTestId('raci-cell');
  await expect(cells(owner)).toHaveCount(2);
  await expect(row(owner).getByTestId('raci-issue')).toHaveText(['No one is Accountable', 'No one is Responsible']);
  // by keyboard: focus the first cell, A; move right, A again: two Accountables break the rule
  await cells(editor).first().click();
  await expect(cells(editor).first()).toHaveAttribute('data-value', 'R');
  await editor.keyboard.press('a');
  await editor.keyboard.press('ArrowRight');
  await editor.keyboard.press('A');
  await expect(row(owner)).toHaveAttribute('data-broken', 'true');
  await expect(row(owner).getByTestId('raci-issue').first()).toHaveText(
    /^2 are Accountable \(.+, .+\): exactly one should be$/,
  );
  // the owner fixes it: the second becomes Responsible
  await cells(owner).nth(1).focus();
  await owner.keyboard.press('r');
  await expect(cells(editor).nth(1)).toHaveAttribute('data-value', 'R');
  await expect(row(editor).locator('[data-testid=raci-issue][data-rule=one-accountable]')).toHaveCount(0);
  await expect(row(editor).locator('[data-testid=raci-issue][data-rule=responsible]')).toHaveCount(0);
  await expect(gap(owner, 'raci')).toHaveCount(0);

  // a risk placed on the heat map: probability 4, impact 5 lands in that cell for both; the cell filters the list
  const riskForm = editor.getByTestId('risk-add');
  const addRisk = async (title: string, probability: string, impact: string) => {
    await riskForm.getByPlaceholder('Key supplier delivers late').fill(title);
    await riskForm.getByLabel('Probability').selectOption(probability);
    await riskForm.getByLabel('Impact').selectOption(impact);
    await riskForm.getByRole('button', { name: 'Add risk' }).click();
    await expect(riskForm.getByPlaceholder('Key supplier delivers late')).toHaveValue('');
  };
  await addRisk('Payment provider contract late', '4', '5');
  await addRisk('Key user on leave in March', '2', '2');
  const cell = owner.locator('[data-testid=heat-cell][data-probability="4"][data-impact="5"]');
  await expect(cell).toHaveAttribute('data-count', '1');
  await expect(cell).toHaveAttribute('data-level', 'high');
  await expect(owner.locator('[data-testid=heat-cell][data-probability="2"][data-impact="2"]')).toHaveAttribute(
    'data-count',
    '1',
  );
  await expect(owner.getByTestId('risk-row')).toHaveCount(2);
  await cell.click();
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  await expect(owner.getByTestId('risk-row')).toHaveCount(1);
  await expect(owner.getByTestId('risk-row').getByLabel('Risk title')).toHaveValue('Payment provider contract late');

  // the brief of what the two filled in prints on one A4 page
  await editor.emulateMedia({ media: 'print' });
  const brief = editor.getByTestId('kickoff-brief');
  await expect(brief).toBeVisible();
  await expect(brief).toContainText('Billing service live');
  await expect(brief).toContainText('Payment provider contract late');
  await editor.screenshot({ path: test.info().outputPath('kickoff-brief-two-people.png') });
  expect(pageCount(await editor.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);

  // an open high risk marks its item's bar on the roadmap
  await owner.getByTestId('view-switch').getByRole('button', { name: 'Roadmap' }).click();
  await expect(owner.locator(`[data-testid=bar][data-item-id="${itemId}"] [data-testid=risk-mark]`)).toBeVisible();
});

test('broken kickoff records are listed under needs attention and the kickoff still shows the rest', async ({
  people,
  board,
}) => {
  const { owner } = await kickoffMeeting(people, board.links);
  await add(owner, 'add-deliverable', 'Data migrated');
  await add(owner, 'add-deliverable', 'Old system retired');
  await expect(owner.getByTestId('deliverable-row')).toHaveCount(2);
  // what an old client or a bug could write: a risk with probability 9, a deliverable linked to an item that is gone
  await owner.evaluate(() => {
    const { doc } = (window as unknown as { __planroom: { doc: import('yjs').Doc } }).__planroom;
    const deliverables = doc.getMap('deliverables') as import('yjs').Map<import('yjs').Map<unknown>>;
    const risks = doc.getMap('risks') as import('yjs').Map<import('yjs').Map<unknown>>;
    const kickoffId = String([...deliverables.values()][0]?.get('kickoffId'));
    const last = [...deliverables.values()].find((d) => d.get('title') === 'Old system retired');
    if (!last) throw new Error('no deliverable to break');
    doc.transact(() => {
      last.set('itemIds', ['item:deleted-long-ago']);
      // the page's own Yjs: a Y.Map made by another copy of the library could not be inserted
      const risk = new (last.constructor as typeof import('yjs').Map<unknown>)();
      risks.set('risk:broken', risk);
      for (const [k, v] of Object.entries({ title: 'Vendor fails', probability: 9, impact: 3, kickoffId, order: 'a0' }))
        risk.set(k, v);
    });
  });
  await expect(owner.getByTestId('needs-attention-toggle')).toHaveText(/2 need attention/);
  await expect(owner.getByTestId('kickoff')).toBeVisible();
  await expect(owner.getByTestId('deliverable-row')).toHaveCount(1);
  await owner.getByTestId('needs-attention-toggle').click();
  await expect(owner.getByTestId('problem').filter({ hasText: 'risk:broken' })).toContainText('between 1 and 5');
  await expect(owner.getByTestId('problem').filter({ hasText: 'itemIds' })).toContainText(
    'points at an item that does not exist',
  );
});
