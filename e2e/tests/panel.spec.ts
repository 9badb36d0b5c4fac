import { expect, test } from '../fixtures/index.js';

test('Escape in the item panel first drops the edit being typed, then closes the panel, then clears the selection', async ({
  people,
  board,
}) => {
  const a = await people.open(board.links.editor);
  const id = await a.idOf('Data platform');
  const bar = a.barById(id);
  await bar.click();
  const panel = a.page.getByTestId('item-panel');
  const title = panel.getByLabel('Title', { exact: true });
  await expect(title).toHaveValue('Data platform');

  // an edit in progress: the first Escape puts the saved title back and keeps the panel
  await title.click();
  await title.press('End');
  await title.pressSequentially(' v2');
  await expect(title).toHaveValue('Data platform v2');
  await title.press('Escape');
  await expect(title).toHaveValue('Data platform');
  await expect(title).toBeFocused();
  await expect(panel).toBeVisible();

  // the second closes the panel; nothing was written, the bar stays selected and has focus
  await title.press('Escape');
  await expect(panel).toBeHidden();
  expect((await a.item(id))?.title).toBe('Data platform');
  await expect(bar).toHaveAttribute('aria-pressed', 'true');
  await expect(bar).toBeFocused();

  // on the board, Escape clears the selection as before
  await a.page.keyboard.press('Escape');
  await expect(bar).toHaveAttribute('aria-pressed', 'false');
});

test('Escape closes the item panel from any field with nothing being typed, and an open filter popover closes alone', async ({
  people,
  board,
}) => {
  const a = await people.open(board.links.editor);
  const panel = a.page.getByTestId('item-panel');
  await a.bar('Data platform').click();

  await panel.getByLabel('Title', { exact: true }).focus();
  await a.page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  await a.bar('Data platform').click();
  await panel.getByLabel('Status', { exact: true }).focus();
  await a.page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  // a popover elsewhere on the page takes its own Escape and leaves the panel open
  await a.bar('Data platform').click();
  await a.page.getByTestId('filter-button').click();
  await expect(a.page.getByTestId('filter-popover')).toBeVisible();
  await a.page.keyboard.press('Escape');
  await expect(a.page.getByTestId('filter-popover')).toBeHidden();
  await expect(panel).toBeVisible();
});

test('Escape in the person panel reverts a name being typed, then closes the panel', async ({ people, board }) => {
  const a = await people.open(board.links.editor);
  await a.page.getByTestId('view-switch').getByRole('button', { name: 'Resources' }).click();
  const person = a.page.getByTestId('person-name').first();
  const name = (await person.textContent())?.trim() ?? '';
  await person.click();
  const panel = a.page.getByTestId('person-panel');
  const field = panel.getByLabel('Name', { exact: true });
  await expect(field).toHaveValue(name);

  await field.click();
  await field.press('End');
  await field.pressSequentially(' Jr');
  await field.press('Escape');
  await expect(field).toHaveValue(name);
  await expect(panel).toBeVisible();
  await field.press('Escape');
  await expect(panel).toBeHidden();
  await expect(a.page.getByTestId('person-name').filter({ hasText: name }).first()).toBeVisible();
});
