import { BoardPage } from '../fixtures/board-page.js';
import { expect, test } from '../fixtures/index.js';

test('edits that B has seen survive kill -9 of the server and come back after reconnect', async ({
  browser,
  board,
  planroom,
}) => {
  const aContext = await browser.newContext();
  const bContext = await browser.newContext();
  const a = new BoardPage(await aContext.newPage());
  const b = new BoardPage(await bContext.newPage());
  // a viewer stays open through the crash: it reconnects, but can never re-upload anything
  const watcher = new BoardPage(await (await browser.newContext()).newPage());
  await a.open(board.links.editor);
  await b.open(board.links.editor);
  await watcher.open(board.links.viewer);

  const first = await a.createItem('Security audit');
  const second = await a.createItem('Cloud cost review');
  await b.rename(first, 'Security audit (external)');
  await expect(a.page.locator(`[data-testid=bar][data-item-id="${first}"]`)).toHaveAttribute('aria-label', /external/);
  await expect(b.page.locator(`[data-testid=bar][data-item-id="${second}"]`)).toBeVisible();
  const seenByB = { first: await b.item(first), second: await b.item(second) };

  await planroom.kill9();
  await expect(watcher.status).not.toHaveText(/^connected/i);
  // the editors leave, so only the server's store can bring their edits back
  await aContext.close();
  await bContext.close();
  await planroom.start();
  await expect(watcher.status).toHaveText(/^connected/i, { timeout: 20_000 });
  await expect(watcher.page.locator(`[data-testid=bar][data-item-id="${first}"]`)).toHaveAttribute(
    'aria-label',
    /external/,
  );

  const c = new BoardPage(await (await browser.newContext()).newPage());
  await c.open(board.links.viewer);
  expect(await c.item(first)).toEqual(seenByB.first);
  expect(await c.item(second)).toEqual(seenByB.second);
});
