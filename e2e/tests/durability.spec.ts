import { expect, test } from '../fixtures/index.js';

test('edits that B has seen survive kill -9 of the server and come back after reconnect', async ({
  people,
  board,
  planroom,
}) => {
  const a = await people.open(board.links.editor);
  const b = await people.open(board.links.editor);
  // a viewer stays open through the crash: it reconnects, but can never re-upload anything
  const watcher = await people.open(board.links.viewer);

  const first = await a.createItem('Security audit');
  const second = await a.createItem('Cloud cost review');
  await b.rename(first, 'Security audit (external)');
  await expect(a.page.locator(`[data-testid=bar][data-item-id="${first}"]`)).toHaveAttribute('aria-label', /external/);
  await expect(b.page.locator(`[data-testid=bar][data-item-id="${second}"]`)).toBeVisible();
  const seenByB = { first: await b.item(first), second: await b.item(second) };

  await planroom.kill9();
  await expect(watcher.status).not.toHaveText(/^connected/i);
  // the editors leave, so only the server's store can bring their edits back
  await people.leave(a);
  await people.leave(b);
  await planroom.start();
  await expect(watcher.status).toHaveText(/^connected/i, { timeout: 45_000 });
  await expect(watcher.page.locator(`[data-testid=bar][data-item-id="${first}"]`)).toHaveAttribute(
    'aria-label',
    /external/,
  );

  const c = await people.open(board.links.viewer);
  expect(await c.item(first)).toEqual(seenByB.first);
  expect(await c.item(second)).toEqual(seenByB.second);
});
