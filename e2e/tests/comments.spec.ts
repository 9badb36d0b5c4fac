import { expect, test } from '../fixtures/index.js';

interface ExportedComment {
  id: string;
  itemId: string;
  threadId: string;
  text: string;
  mentions: string[];
  author: { name: string; role: string };
  resolution: { state: string; by: { name: string } } | null;
}

test('a viewer asks on an item with an @mention; an editor sees it unread, reads, replies and resolves', async ({
  people,
  board,
  planroom,
  request,
}, testInfo) => {
  // two people and three round trips each way: on a loaded shared machine this passes 120 s
  test.slow();
  const editor = await people.open(board.links.editor, { name: 'Eddie Editor' });
  const viewer = await people.open(board.links.viewer, { name: 'Vera Viewer' });

  // the viewer opens an item and asks, mentioning someone with the keyboard
  const bar = viewer.page.locator('[data-testid=bar]').first();
  const itemId = (await bar.getAttribute('data-item-id')) as string;
  await bar.click();
  const box = viewer.page.getByTestId('new-thread').locator('textarea');
  await box.click();
  await box.pressSequentially('Is @ing');
  const options = viewer.page.getByRole('option');
  await expect(options).toHaveText(['Ingrid BergProduct owner']);
  await viewer.page.getByTestId('item-panel').screenshot({ path: testInfo.outputPath('viewer-mention.png') });
  await box.press('Enter');
  await expect(box).toHaveValue('Is @Ingrid Berg ');
  await box.pressSequentially('signing this off before the QBR?');
  await viewer.page.getByTestId('new-thread').getByRole('button', { name: 'Comment' }).click();
  const viewerThread = viewer.page.getByTestId('thread');
  await expect(viewerThread.getByTestId('comment')).toHaveCount(1);
  await expect(viewerThread.locator('mark.mention')).toHaveText('@Ingrid Berg');
  await expect(box).toHaveValue('');
  // the author fixes a typo in their own comment (only they get Edit)
  await viewerThread.getByRole('button', { name: 'Edit' }).click();
  const edit = viewerThread.getByTestId('edit-composer').locator('textarea');
  await edit.fill('Is @Ingrid Berg signing this off before the Q3 QBR?');
  await viewerThread.getByTestId('edit-composer').getByRole('button', { name: 'Save' }).click();
  await expect(viewerThread.getByTestId('comment')).toContainText('before the Q3 QBR?');
  await expect(viewerThread.getByTestId('comment')).toContainText('edited');

  // the editor sees the unread count on the bar and in the header, and the panel lists it
  const editorBar = editor.page.locator(`[data-testid=bar][data-item-id="${itemId}"]`);
  await expect(editorBar.getByTestId('unread-mark')).toHaveText('1');
  await expect(editor.page.getByTestId('comments-unread')).toHaveText('1');
  const box0 = await editorBar.boundingBox();
  if (box0)
    await editor.page.screenshot({
      path: testInfo.outputPath('bar-unread.png'),
      clip: { x: Math.max(0, box0.x - 40), y: Math.max(0, box0.y - 30), width: box0.width + 120, height: 90 },
    });
  await editor.page.keyboard.press('c');
  const panel = editor.page.getByTestId('comments-panel');
  await expect(panel.getByTestId('thread-row')).toHaveCount(1);
  await expect(panel.getByTestId('thread-unread')).toHaveText('1');
  await expect(panel.getByTestId('thread-row')).toContainText(
    'Vera Viewer: Is @Ingrid Berg signing this off before the Q3 QBR?',
  );
  await editor.page.screenshot({ path: testInfo.outputPath('comments-panel.png') });

  // opening the thread from the panel reads it: the counts clear
  await panel.getByTestId('thread-row').click();
  const editorThread = editor.page.getByTestId('item-panel').getByTestId('thread');
  await expect(editorThread.getByTestId('comment')).toHaveCount(1);
  await expect(editorThread.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(editorBar.getByTestId('unread-mark')).toHaveCount(0);
  await expect(editor.page.getByTestId('comments-unread')).toHaveCount(0);

  // the editor replies; the viewer (thread open) sees it
  await editorThread.getByRole('button', { name: 'Reply' }).click();
  const reply = editorThread.getByTestId('reply-composer').locator('textarea');
  await reply.fill('Yes, Ingrid signs on Friday.');
  await reply.press('Control+Enter');
  await expect(editorThread.getByTestId('comment')).toHaveCount(2);
  await expect(viewerThread.getByTestId('comment')).toHaveCount(2);
  await editor.page.getByTestId('item-panel').screenshot({ path: testInfo.outputPath('thread.png') });

  // resolved: the thread folds away for both, and says who resolved it
  await editorThread.getByRole('button', { name: 'Resolve' }).click();
  await expect(editor.page.getByTestId('item-panel').getByTestId('thread')).toHaveCount(0);
  await expect(viewer.page.getByText('Show 1 resolved thread')).toBeVisible();
  await viewer.page.getByText('Show 1 resolved thread').click();
  await expect(viewer.page.getByTestId('thread-state')).toContainText('Resolved by Eddie Editor');
  // the viewer started the thread, so it may reopen it (the server would refuse anyone else's)
  await expect(viewer.page.getByTestId('thread').getByRole('button', { name: 'Reopen' })).toBeVisible();

  // what the server stored: the author is who the connection was, the mention a person id
  const res = await request.get(`${planroom.url}/api/boards/${board.id}/export`, {
    headers: { authorization: `Bearer ${board.tokens.owner}` },
  });
  const exported = (await res.json()) as {
    comments: ExportedComment[];
    people: Array<{ id: string; name: string }>;
  };
  const ingrid = exported.people.find((p) => p.name === 'Ingrid Berg')?.id;
  const root = exported.comments.find((c) => c.threadId === c.id);
  expect(root).toMatchObject({
    itemId,
    text: 'Is @Ingrid Berg signing this off before the Q3 QBR?',
    mentions: [ingrid],
    author: { name: 'Vera Viewer', role: 'viewer' },
    resolution: { state: 'resolved', by: { name: 'Eddie Editor' } },
  });
  expect(exported.comments.find((c) => c.threadId !== c.id)).toMatchObject({
    threadId: root?.id,
    text: 'Yes, Ingrid signs on Friday.',
    author: { name: 'Eddie Editor', role: 'editor' },
  });
});
