import { hostileUpdateFrame } from '../fixtures/frames.js';
import { expect, test } from '../fixtures/index.js';

test('a viewer sees live changes, has no edit controls, and cannot write even with its own socket', async ({
  people,
  board,
  planroom,
  request,
}, testInfo) => {
  const editor = await people.open(board.links.editor);
  const viewer = await people.open(board.links.viewer);

  // no editing affordances at all
  await expect(viewer.page.getByRole('button', { name: 'New item' })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: /share/i })).toHaveCount(0);
  await expect(viewer.page.locator('[data-testid=resize-handle]')).toHaveCount(0);
  await expect(viewer.page.getByText(/view only/i).first()).toBeVisible();
  const firstBar = viewer.page.locator('[data-testid=bar]').first();
  await firstBar.click();
  // (a comment box is the one field a viewer has: viewers may comment, comments.spec.ts)
  await expect(
    viewer.page
      .locator(
        'input:not([disabled]):not([readonly]), textarea:not([disabled]):not([readonly]):not([data-comment-box]), select:not([disabled])',
      )
      .filter({ visible: true }),
  ).toHaveCount(0);

  // live: the editor's new item appears for the viewer
  const id = await editor.createItem('Board review prep');
  await expect(viewer.page.locator(`[data-testid=bar][data-item-id="${id}"]`)).toBeVisible();
  await viewer.page.screenshot({ path: testInfo.outputPath('viewer.png'), fullPage: true });
  await editor.page.screenshot({ path: testInfo.outputPath('board.png'), fullPage: true });

  const exportNow = async () =>
    (
      await request.get(`${planroom.url}/api/boards/${board.id}/export`, {
        headers: { authorization: `Bearer ${board.tokens.owner}` },
      })
    ).json();
  const before = await exportNow();

  // a hand-crafted write over the page's own WebSocket with the viewer token
  const frame = hostileUpdateFrame();
  const closeCode = await viewer.page.evaluate(
    async ({ url, bytes }) => {
      const ws = new WebSocket(url);
      ws.binaryType = 'arraybuffer';
      await new Promise((resolve) => ws.addEventListener('open', resolve, { once: true }));
      const closed = new Promise<number>((resolve) => ws.addEventListener('close', (e) => resolve(e.code)));
      ws.send(new Uint8Array(bytes));
      return closed;
    },
    { url: `${planroom.url.replace('http', 'ws')}/ws/${board.id}?token=${board.tokens.viewer}`, bytes: frame },
  );
  expect(closeCode).toBe(4403);

  // and a write made straight into the viewer page's document is not applied either
  await viewer.page.evaluate(() => {
    const w = window as unknown as { __planroom: { doc: { getMap(n: string): { set(k: string, v: unknown): void } } } };
    w.__planroom.doc.getMap('meta').set('name', 'Renamed by a viewer');
  });
  await expect.poll(async () => (await exportNow()).meta.name).toBe(before.meta.name);
  expect(await exportNow()).toEqual(before);
  await expect(editor.page.getByText('Injected by a viewer')).toHaveCount(0);
});
