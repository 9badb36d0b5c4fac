import { expect, test } from '../fixtures/index.js';

test("the browser's WebSocket URLs hold a one-use ticket, never the token, also after a reconnect", async ({
  people,
  board,
}) => {
  const editor = await people.join();
  const urls: string[] = [];
  editor.page.on('websocket', (ws) => urls.push(ws.url()));
  await editor.open(board.links.editor);
  expect(urls).toHaveLength(1);

  // drop the socket: y-websocket reconnects, and must not reuse the spent ticket
  await editor.page.evaluate(() => {
    const w = window as unknown as { __planroom: { provider: { ws: { close(): void } | null } } };
    w.__planroom.provider.ws?.close();
  });
  await expect.poll(() => urls.length).toBe(2);
  await expect(editor.status).toHaveText(/connected/i);

  const secret = board.tokens.editor.split('.')[1] as string;
  for (const url of urls) {
    expect(url).not.toContain('token=');
    expect(url).not.toContain(secret);
    expect(url).toMatch(new RegExp(`/ws/${board.id}\\?ticket=[\\w-]{43}$`));
  }
  expect(new Set(urls).size).toBe(2);
});

test('an owner resets the viewer link from the share dialog: open viewer pages lose access, the new link opens read-only', async ({
  people,
  board,
  planroom,
  request,
}) => {
  const owner = await people.open(board.links.owner);
  const viewer = await people.open(board.links.viewer);

  await owner.page.getByRole('button', { name: 'Share' }).click();
  const dialog = owner.page.getByTestId('share-dialog');
  await expect(dialog.getByTestId('share-editor-link')).toHaveValue(board.links.editor);
  await expect(dialog.getByTestId('share-viewer-link')).toHaveValue(board.links.viewer);
  await expect(dialog.getByTestId('share-owner-link')).toHaveValue(board.links.owner);
  await expect(dialog.getByText('The key to managing this board')).toBeVisible();

  // the reset asks first; Cancel changes nothing
  const viewerRow = dialog.getByTestId('share-viewer');
  await viewerRow.getByRole('button', { name: /Reset link/ }).click();
  await viewerRow.getByRole('button', { name: 'Cancel' }).click();
  await expect(viewer.status).toHaveText(/connected/i);
  await viewerRow.getByRole('button', { name: /Reset link/ }).click();
  await viewerRow.getByRole('button', { name: 'Reset viewer link' }).click();
  await expect(dialog.getByTestId('share-viewer-status')).toContainText('New link ready');
  const newLink = await dialog.getByTestId('share-viewer-link').inputValue();
  expect(newLink).not.toBe(board.links.viewer);
  expect(newLink).toContain(`/b/${board.id}#token=viewer.`);

  await expect(viewer.page.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();
  // the editor link keeps working, and the owner's page stays connected
  await expect(dialog.getByTestId('share-editor-link')).toHaveValue(board.links.editor);
  const asEditor = await request.get(`${planroom.url}/api/boards/${board.id}`, {
    headers: { authorization: `Bearer ${board.tokens.editor}` },
  });
  expect(asEditor.status()).toBe(200);
  await expect(owner.status).toHaveText(/connected/i);

  const newViewer = await people.open(newLink);
  await expect(newViewer.page.getByText(/view only/i).first()).toBeVisible();
  await expect(newViewer.page.getByRole('button', { name: 'New item' })).toHaveCount(0);
});

test('an owner resets their own link: this tab carries on with the new one, the old one stops working', async ({
  people,
  board,
  planroom,
  request,
}) => {
  const owner = await people.open(board.links.owner);
  await owner.page.getByRole('button', { name: 'Share' }).click();
  const dialog = owner.page.getByTestId('share-dialog');
  const ownerRow = dialog.getByTestId('share-owner');
  await ownerRow.getByRole('button', { name: /Reset link/ }).click();
  await ownerRow.getByRole('button', { name: 'Reset your owner link' }).click();
  await expect(dialog.getByTestId('share-owner-status')).toContainText('New link ready');
  const newLink = await dialog.getByTestId('share-owner-link').inputValue();
  expect(newLink).not.toBe(board.links.owner);
  expect(new URL(owner.page.url()).hash).toBe(new URL(newLink).hash);
  await expect(owner.status).toHaveText(/connected/i);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const id = await owner.createItem('Owner still at work');

  const roleWith = async (token: string) => {
    const res = await request.get(`${planroom.url}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return res.ok() ? ((await res.json()) as { role: string }).role : res.status();
  };
  expect(await roleWith(board.tokens.owner)).toBe(401);
  expect(await roleWith(new URL(newLink).hash.replace('#token=', ''))).toBe('owner');
  // the edit made after the reset was stored: the new owner link shows it
  const fresh = await people.open(newLink);
  await expect(fresh.page.locator(`[data-testid=bar][data-item-id="${id}"]`)).toBeVisible();
});
