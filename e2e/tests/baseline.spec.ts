import { daysBetween } from '../fixtures/dates.js';
import { expect, test } from '../fixtures/index.js';

test('an editor sets a baseline, moves a project, and sees the variance, the thin baseline bar and the slipped milestone', async ({
  people,
  board,
}, testInfo) => {
  const a = await people.open(board.links.editor);
  const page = a.page;
  const project = await a.idOf('Data platform');
  const milestone = await a.idOf('Lakehouse ready');
  const before = await a.item(project);
  if (!before) throw new Error('Data platform is not on the board');

  // set a baseline from now: it is chosen at once and its lines appear under the bars
  await page.getByTestId('baselines-button').click();
  const dialog = page.getByTestId('baselines-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('no-baselines')).toBeVisible();
  await dialog.getByTestId('baseline-name').fill('Q3 plan');
  await dialog.getByRole('button', { name: 'Set baseline' }).click();
  const row = dialog.getByTestId('baseline-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-chosen', 'true');
  await expect(dialog.getByTestId('slipped-milestones')).toContainText('No milestone is later');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('baselines-button')).toHaveText(/Baseline: Q3 plan/);

  const line = page.locator(`[data-testid=baseline-bar][data-item-id="${project}"]`);
  await expect(line).toHaveAttribute('data-start', before.start);
  const liveBox = await a.barById(project).boundingBox();
  const lineBox = await line.boundingBox();
  if (!liveBox || !lineBox) throw new Error('bar or baseline line not on screen');
  // thin, under the live bar, and as long as it while nothing has moved
  expect(lineBox.height).toBeLessThanOrEqual(5);
  expect(lineBox.y).toBeGreaterThanOrEqual(liveBox.y + liveBox.height);
  expect(Math.abs(lineBox.x - liveBox.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(lineBox.width - liveBox.width)).toBeLessThanOrEqual(1);

  // move the project about two weeks later by dragging it: its milestone goes along
  const ppd = await a.pxPerDay(project);
  await a.dragBy(a.barById(project), Math.round(14 * ppd), 0);
  await expect.poll(async () => (await a.item(project))?.start).not.toBe(before.start);
  const after = await a.item(project);
  if (!after) throw new Error('Data platform is gone');
  const moved = daysBetween(before.start, after.start);
  expect(moved).toBeGreaterThan(0);

  // the baseline line stayed where the plan was; the live bar moved away from it
  await expect(line).toHaveAttribute('data-start', before.start);
  const movedBox = await a.barById(project).boundingBox();
  const lineAfter = await line.boundingBox();
  if (!movedBox || !lineAfter) throw new Error('bar or baseline line not on screen');
  expect(Math.abs(lineAfter.x - lineBox.x)).toBeLessThanOrEqual(1);
  expect(movedBox.x - lineAfter.x).toBeGreaterThan(moved * ppd - 2);

  // the tooltip and the item panel say how far, in days
  const later = `${moved} day${moved === 1 ? '' : 's'} later`;
  await expect(a.barById(project)).toHaveAttribute('title', new RegExp(`Ends ${later} than baseline 'Q3 plan'`));
  await a.barById(project).click();
  const variance = page.getByTestId('item-panel').getByTestId('baseline-variance');
  await expect(variance).toContainText(`Start: ${later}`);
  await expect(variance).toContainText(`End: ${later}`);
  await expect(variance).toHaveAttribute('data-end-days', String(moved));
  await page.screenshot({ path: testInfo.outputPath('baseline-roadmap.png') });

  // the milestone is in the slipped list with its days; a click selects it on the roadmap
  await page.getByTestId('baselines-button').click();
  const slipped = dialog.getByTestId('slipped-row');
  await expect(slipped).toHaveCount(1);
  await expect(slipped).toHaveAttribute('data-item-id', milestone);
  await expect(slipped).toContainText('Lakehouse ready');
  await expect(slipped.getByTestId('slip-days')).toHaveText(`+${moved} d`);
  await dialog.screenshot({ path: testInfo.outputPath('baselines-dialog.png') });
  await slipped.getByRole('button', { name: 'Lakehouse ready' }).click();
  await expect(dialog).toBeHidden();
  await expect(a.barById(milestone)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('item-panel').getByTestId('baseline-variance')).toContainText(`Due: ${later}`);
  // brought into view: the milestone with its baseline diamond the slip's days before it
  await expect(page.locator(`[data-testid=baseline-bar][data-item-id="${milestone}"]`)).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('baseline-milestone.png') });
});

test('a baseline set from a named version keeps the dates of that version, not of now', async ({
  people,
  board,
  planroom,
  request,
}) => {
  const a = await people.open(board.links.editor);
  const page = a.page;
  const id = await a.idOf('Data platform');
  const was = await a.item(id);
  if (!was) throw new Error('Data platform is not on the board');
  const named = await request.post(`${planroom.url}/api/boards/${board.id}/versions`, {
    headers: { Authorization: `Bearer ${board.tokens.editor}` },
    data: { name: 'Before Q3 QBR' },
  });
  expect(named.status()).toBe(201);

  // the plan moves on after the version: five days later, through the panel
  await a.barById(id).click();
  const start = page.getByTestId('item-panel').getByLabel('Start', { exact: true });
  const next = new Date(Date.parse(was.start) + 5 * 86_400_000).toISOString().slice(0, 10);
  await start.fill(next);
  await expect.poll(async () => (await a.item(id))?.start).toBe(next);

  await page.getByTestId('baselines-button').click();
  const dialog = page.getByTestId('baselines-dialog');
  const source = dialog.getByTestId('baseline-source');
  await expect(source.locator('option', { hasText: 'Before Q3 QBR' })).toHaveCount(1);
  await source.selectOption({
    label: (await source.locator('option', { hasText: 'Before Q3 QBR' }).textContent()) ?? '',
  });
  await dialog.getByTestId('baseline-name').fill('QBR plan');
  await dialog.getByRole('button', { name: 'Set baseline' }).click();
  const row = dialog.getByTestId('baseline-row');
  await expect(row).toHaveAttribute('data-chosen', 'true');
  await expect(row).toContainText("from 'Before Q3 QBR'");
  await page.keyboard.press('Escape');
  await expect(page.locator(`[data-testid=baseline-bar][data-item-id="${id}"]`)).toHaveAttribute(
    'data-start',
    was.start,
  );
  await expect(page.getByTestId('item-panel').getByTestId('baseline-variance')).toContainText('Start: 5 days later');

  // a baseline written wrong by some other client is listed with its reason, and can be deleted
  await page.evaluate(() => {
    const w = window as unknown as { __planroom: { doc: { getMap(n: string): { set(k: string, v: unknown): void } } } };
    w.__planroom.doc.getMap('baselines').set('baseline:broken', { name: 'not a Y.Map' });
  });
  await page.getByTestId('baselines-button').click();
  const problems = dialog.getByTestId('baseline-problems');
  await expect(problems).toContainText('baselines baseline:broken: is not a record');
  await expect(dialog.getByTestId('baseline-row')).toHaveCount(1);
  await problems.getByRole('button', { name: 'Delete it' }).click();
  await expect(problems).toHaveCount(0);
});

test('a viewer sees the chosen baseline and its slipped milestones but cannot set, choose or delete one', async ({
  people,
  board,
}, testInfo) => {
  const editor = await people.open(board.links.editor);
  await editor.page.getByTestId('baselines-button').click();
  await editor.page.getByTestId('baseline-name').fill('Signed-off plan');
  await editor.page.getByRole('button', { name: 'Set baseline' }).click();
  await expect(editor.page.getByTestId('baseline-row')).toHaveAttribute('data-chosen', 'true');
  await editor.page.keyboard.press('Escape');
  const milestone = await editor.idOf('Go-live');
  await editor.barById(milestone).click();
  // the milestone moved three days on through its date in the item panel
  const date = editor.page.getByTestId('item-panel').getByLabel('Start', { exact: true });
  const was = (await editor.item(milestone))?.start ?? '';
  const next = new Date(Date.parse(was) + 3 * 86_400_000).toISOString().slice(0, 10);
  await date.fill(next);
  await date.press('Enter');
  await expect.poll(async () => (await editor.item(milestone))?.start).toBe(next);

  const viewer = await people.open(board.links.viewer);
  const button = viewer.page.getByTestId('baselines-button');
  await expect(button).toHaveText(/Baseline: Signed-off plan/);
  await expect(viewer.page.locator(`[data-testid=baseline-bar][data-item-id="${milestone}"]`)).toHaveAttribute(
    'data-start',
    was,
  );
  await viewer.page.keyboard.press('b'); // the shortcut, for viewers too
  const dialog = viewer.page.getByTestId('baselines-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('set-baseline')).toHaveCount(0);
  await expect(dialog.getByRole('radio')).toHaveCount(2);
  for (const radio of await dialog.getByRole('radio').all()) await expect(radio).toBeDisabled();
  await expect(dialog.getByRole('button', { name: /Delete/ })).toHaveCount(0);
  await expect(dialog.getByTestId('slipped-row')).toHaveAttribute('data-item-id', milestone);
  await expect(dialog.getByTestId('slip-days')).toHaveText('+3 d');
  await dialog.screenshot({ path: testInfo.outputPath('baselines-viewer.png') });

  // on a phone the dialog fits the screen: nothing runs off to the side
  await viewer.page.setViewportSize({ width: 390, height: 844 });
  const box = await dialog.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  const overflow = await dialog.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await viewer.page.screenshot({ path: testInfo.outputPath('baselines-viewer-phone.png') });
});
