import { addDays } from '../fixtures/dates.js';
import { expect, test } from '../fixtures/index.js';

test('an owner names a version, edits, reads what changed, restores and undoes the restore; an editor sees each step', async ({
  people,
  board,
}) => {
  // a whole meeting with two people on a shared 2-core machine: more than the default two minutes
  test.slow();
  const owner = await people.open(board.links.owner, { name: 'Olivia Owner' });
  const editor = await people.open(board.links.editor, { name: 'Erik Editor' });
  const { page } = owner;

  // History opens from the header (H does the same)
  await page.getByTestId('history-button').click();
  const panel = page.getByTestId('history-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('history-loading')).toBeHidden();

  // 1. name a version: the editor, opening history with H, finds it in the list
  await panel.getByLabel('Version name').fill('Before Q3 QBR');
  await panel.getByRole('button', { name: 'Save version' }).click();
  const named = panel.getByTestId('version').filter({ hasText: 'Before Q3 QBR' });
  await expect(named).toBeVisible();
  await expect(named).toContainText('Olivia Owner');
  await editor.page.locator('body').press('h');
  const editorPanel = editor.page.getByTestId('history-panel');
  await expect(editorPanel.getByTestId('version').filter({ hasText: 'Before Q3 QBR' })).toBeVisible();
  await page.screenshot({ path: 'test-results/history-named.png' });

  // 2. edit: the owner moves a project a week later; the editor's board has it too
  const bar = page.locator('[data-testid=bar][data-kind=project]').first();
  const id = (await bar.getAttribute('data-item-id')) ?? '';
  const before = await owner.item(id);
  if (!before) throw new Error('no project on the template board');
  await owner.nudgeWeeks(id, 1);
  const movedStart = addDays(before.start, 7);
  await expect.poll(async () => (await editor.item(id))?.start).toBe(movedStart);

  // 3. what changed since the named version, in words and on the roadmap, for both
  const sentence = `“${before.title}” moved 7 days later`;
  for (const person of [owner, editor]) {
    const changes = person.page.getByTestId('what-changed');
    await expect(changes.getByTestId('change').filter({ hasText: sentence })).toBeVisible();
    await expect(person.barById(id).getByTestId('change-mark')).toHaveAttribute('data-marks', /moved/);
  }
  await page.screenshot({ path: 'test-results/history-what-changed.png' });

  // the slider replays the versions read-only, with a clear banner: a second named
  // version holds the move, marked against the version before it
  await panel.getByLabel('Version name').fill('After the move');
  await panel.getByRole('button', { name: 'Save version' }).click();
  await expect(panel.getByTestId('version').filter({ hasText: 'After the move' })).toBeVisible();
  const slider = panel.getByTestId('version-slider');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  const banner = page.getByTestId('version-banner');
  await expect(banner).toContainText('After the move');
  await expect(banner).toContainText('read-only');
  const versionBar = page.getByTestId('version-roadmap').locator(`[data-testid=bar][data-item-id="${id}"]`);
  await expect(versionBar.getByTestId('change-mark')).toHaveAttribute('data-marks', /moved/);
  await expect(versionBar.getByTestId('resize-handle')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/history-replay.png' });
  await page.keyboard.press('ArrowLeft');
  await expect(banner).toContainText('Before Q3 QBR');
  await expect(versionBar).toBeVisible();
  await expect(versionBar.getByTestId('change-mark')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to live' }).click();
  await expect(page.getByTestId('version-banner')).toBeHidden();
  await expect(owner.barById(id)).toBeVisible();

  // 4. restore the named version: everyone's board goes back
  await named.getByRole('button', { name: 'Restore…' }).click();
  await named.getByRole('button', { name: 'Restore for everyone' }).click();
  await expect(page.getByTestId('restore-notice')).toContainText('Before Q3 QBR');
  await expect.poll(async () => (await editor.item(id))?.start).toBe(before.start);
  await expect.poll(async () => (await owner.item(id))?.start).toBe(before.start);
  await page.screenshot({ path: 'test-results/history-restored.png' });

  // 5. undo the restore with Ctrl+Z while the notice shows: the moved plan is back for both
  await page.locator('body').press('Control+z');
  await expect.poll(async () => (await editor.item(id))?.start).toBe(movedStart);
  await expect.poll(async () => (await owner.item(id))?.start).toBe(movedStart);
  await expect(page.getByTestId('restore-notice')).toBeHidden();
});

test('a viewer reads the history but cannot name or restore; an empty history says when versions come', async ({
  people,
  board,
}) => {
  const viewer = await people.open(board.links.viewer, { name: 'Vera Viewer' });
  await viewer.page.locator('body').press('h');
  const panel = viewer.page.getByTestId('history-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('history-loading')).toBeHidden();
  // a new board may already hold its first version; either way the panel says something
  await expect(panel.getByTestId('history-empty').or(panel.getByTestId('version').first())).toBeVisible();
  await expect(panel.getByLabel('Version name')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Restore…' })).toHaveCount(0);
  await viewer.page.screenshot({ path: 'test-results/history-viewer.png' });
  // on a phone the panel is a sheet across the bottom, inside the screen
  await viewer.page.setViewportSize({ width: 390, height: 844 });
  await expect
    .poll(async () => {
      const box = await panel.boundingBox();
      return box ? [box.x, box.width, box.y > 0] : null;
    })
    .toEqual([0, 390, true]);
  await viewer.page.screenshot({ path: 'test-results/history-viewer-phone.png' });
});
