import { type CommentEvent, exportBoard, readBoard } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { authorIdOf } from '../src/rooms/comments.js';
import { commentEvents, commentRequestFrame, maliciousUpdate, syncFrame } from './frames.js';
import { createBoardHttp, type RawSocket, serverForSuite, socketsPerTest, waitFor } from './helpers.js';

const VIEWER_KEY = 'viewer-key-0123456789';
const OTHER_KEY = 'other-viewer-key-98765';
const EDITOR_KEY = 'editor-key-0123456789';

const send = (s: RawSocket, request: object | string) => s.ws.send(commentRequestFrame(request));

/** The answer to request `ref` (or the welcome, for ref null), waited for. */
function answer(s: RawSocket, ref: number | null): Promise<CommentEvent> {
  return waitFor(
    () =>
      commentEvents(s.messages).find((e) =>
        ref === null ? e.type === 'welcome' : (e.type === 'done' || e.type === 'refused') && e.ref === ref,
      ),
    5000,
    `the answer to comment request ${ref}`,
  ) as Promise<CommentEvent>;
}

describe('comments on the socket', () => {
  const suite = serverForSuite();
  const sockets = socketsPerTest(() => suite.server.wsBase);

  /** A board with items and people, a stock editor client watching it, and the first item and person. */
  async function board() {
    const b = await createBoardHttp(suite.server.url);
    const watcher = await sockets.stock(b.id, b.tokens.editor);
    const snapshot = readBoard(watcher.doc);
    const item = [...snapshot.items.keys()][0] as string;
    const person = snapshot.people[0];
    if (!person) throw new Error('the template has no people');
    return { b, watcher, item, other: [...snapshot.items.keys()][1] as string, person };
  }

  /** A raw socket of `token` that said hello with `key` and got its welcome. */
  async function commenter(boardId: string, token: string, key: string, name: string): Promise<RawSocket> {
    const sock = await sockets.raw(boardId, token);
    send(sock, { type: 'hello', key, name, color: '#3366cc' });
    await answer(sock, null);
    return sock;
  }

  it('writes a viewer’s comment into the board, author stamped by the server, and everyone receives it', async () => {
    const { b, watcher, item, person } = await board();
    const viewer = await commenter(b.id, b.tokens.viewer, VIEWER_KEY, 'Vera');
    expect(await answer(viewer, null)).toEqual({ type: 'welcome', authorId: authorIdOf(VIEWER_KEY) });
    send(viewer, { type: 'add', ref: 1, itemId: item, text: `Is @${person.name} on this?`, mentions: [person.id] });
    const done = await answer(viewer, 1);
    expect(done.type).toBe('done');
    const id = (done as { id: string }).id;
    const comment = await waitFor(() => readBoard(watcher.doc).comments[0], 5000, 'the comment at the editor');
    expect(comment).toMatchObject({
      id,
      itemId: item,
      threadId: id,
      author: { id: authorIdOf(VIEWER_KEY), name: 'Vera', color: '#3366cc', role: 'viewer' },
      mentions: [person.id],
    });
    // stored before it was sent: the export (from the store's room) has it
    const res = await fetch(`${suite.server.url}/api/boards/${b.id}/export`, {
      headers: { authorization: `Bearer ${b.tokens.owner}` },
    });
    expect(((await res.json()) as { comments: unknown[] }).comments).toHaveLength(1);
    // the key itself is never in the board
    expect(JSON.stringify(exportBoard(watcher.doc))).not.toContain(VIEWER_KEY);
  });

  it('still refuses a viewer’s item edit with 4403, after it commented', async () => {
    const { b, watcher, item } = await board();
    const viewer = await commenter(b.id, b.tokens.viewer, VIEWER_KEY, 'Vera');
    send(viewer, { type: 'add', ref: 1, itemId: item, text: 'A question' });
    expect((await answer(viewer, 1)).type).toBe('done');
    await waitFor(() => readBoard(watcher.doc).comments.length === 1, 5000, 'the comment');
    const before = exportBoard(watcher.doc);
    viewer.ws.send(syncFrame(2, maliciousUpdate(watcher.doc)));
    expect((await viewer.closed).code).toBe(4403);
    expect(exportBoard(watcher.doc)).toEqual(before);
  });

  it('refuses a viewer writing a comment record straight into the document (sync update) with 4403', async () => {
    const { b, watcher, item } = await board();
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(watcher.doc));
    const sv = Y.encodeStateVector(forged);
    const entry = new Y.Map<unknown>();
    forged.getMap('comments').set('comment:forged', entry);
    entry.set('itemId', item);
    entry.set('text', 'as the CEO');
    const viewer = await sockets.raw(b.id, b.tokens.viewer);
    viewer.ws.send(syncFrame(2, Y.encodeStateAsUpdate(forged, sv)));
    expect((await viewer.closed).code).toBe(4403);
    expect(watcher.doc.getMap('comments').size).toBe(0);
  });

  it('refuses editing, deleting or resolving another person’s comment, and changes nothing', async () => {
    const { b, watcher, item } = await board();
    const author = await commenter(b.id, b.tokens.viewer, VIEWER_KEY, 'Vera');
    send(author, { type: 'add', ref: 1, itemId: item, text: 'Mine' });
    const id = ((await answer(author, 1)) as { id: string }).id;
    await waitFor(() => readBoard(watcher.doc).comments.length === 1, 5000, 'the comment');
    const before = exportBoard(watcher.doc);
    const intruder = await commenter(b.id, b.tokens.viewer, OTHER_KEY, 'Vera');
    send(intruder, { type: 'edit', ref: 2, id, text: 'Changed' });
    send(intruder, { type: 'delete', ref: 3, id });
    send(intruder, { type: 'resolve', ref: 4, threadId: id });
    expect(await answer(intruder, 2)).toMatchObject({ type: 'refused', reason: 'you can only edit your own comments' });
    expect(await answer(intruder, 3)).toMatchObject({ reason: 'you can only delete your own comments' });
    expect(await answer(intruder, 4)).toMatchObject({ reason: 'viewers can only resolve threads they started' });
    // an editor may resolve it, but not edit it
    const editor = await commenter(b.id, b.tokens.editor, EDITOR_KEY, 'Eddie');
    send(editor, { type: 'edit', ref: 5, id, text: 'Changed' });
    expect(await answer(editor, 5)).toMatchObject({ type: 'refused' });
    expect(exportBoard(watcher.doc)).toEqual(before);
    send(editor, { type: 'resolve', ref: 6, threadId: id });
    expect((await answer(editor, 6)).type).toBe('done');
    await waitFor(() => readBoard(watcher.doc).comments[0]?.resolution?.state === 'resolved', 5000, 'resolved');
    // the author, back in another tab with the same key, may reopen their own thread
    const again = await commenter(b.id, b.tokens.viewer, VIEWER_KEY, 'Vera');
    send(again, { type: 'reopen', ref: 7, threadId: id });
    expect((await answer(again, 7)).type).toBe('done');
  });

  it('refuses requests the rules do not allow with a reason, keeping the connection', async () => {
    const { b, item, other } = await board();
    const viewer = await sockets.raw(b.id, b.tokens.viewer);
    send(viewer, { type: 'add', ref: 1, itemId: item, text: 'Before hello' });
    expect(await answer(viewer, 1)).toMatchObject({ reason: 'say hello (who you are) before commenting' });
    send(viewer, { type: 'hello', key: VIEWER_KEY, name: '', color: '#3366cc' });
    await answer(viewer, null);
    send(viewer, { type: 'add', ref: 2, itemId: 'item:nope', text: 'Where?' });
    send(viewer, { type: 'add', ref: 3, itemId: item, text: 'Hi', mentions: ['person:ghost'] });
    send(viewer, { type: 'add', ref: 4, itemId: item, text: '  ' });
    send(viewer, { type: 'add', ref: 5, itemId: other, threadId: 'comment:nope', text: 'Reply' });
    expect(await answer(viewer, 2)).toMatchObject({
      reason: 'comment itemId points at an item that does not exist',
    });
    expect(await answer(viewer, 3)).toMatchObject({ reason: expect.stringContaining('who is not on the board') });
    expect(await answer(viewer, 4)).toMatchObject({ reason: expect.stringContaining('text must not be empty') });
    expect(await answer(viewer, 5)).toMatchObject({ reason: expect.stringContaining('does not exist') });
    send(viewer, { type: 'add', ref: 6, itemId: item, text: 'Still here' });
    expect((await answer(viewer, 6)).type).toBe('done');
  });

  it.each([
    ['not JSON', 'hello?', 'comment message is not JSON'],
    ['an author the client chose', { type: 'add', ref: 1, itemId: 'item:a', text: 'x', author: 'ceo' }, 'author'],
    ['an unknown request', { type: 'paint', ref: 1 }, 'comment message type'],
    ['a frame over 20 KiB', { type: 'add', ref: 1, itemId: 'item:a', text: 'x'.repeat(21_000) }, 'over 20480 bytes'],
  ])('closes only the connection that sends %s (4400, with the reason)', async (_, request, reason) => {
    const { b, watcher } = await board();
    const viewer = await sockets.raw(b.id, b.tokens.viewer);
    send(viewer, request);
    const closed = await viewer.closed;
    expect(closed.code).toBe(4400);
    expect(closed.reason).toContain(reason);
    expect(watcher.provider.wsconnected).toBe(true);
  });
});
