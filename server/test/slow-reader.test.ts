import { collection, createItem } from '@planroom/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/rooms/limits.js';
import { connectSynced, createBoardHttp, rawSocket, serverForSuite, waitFor } from './helpers.js';

describe('a reader that stops reading', () => {
  const suite = serverForSuite();
  const limit = LIMITS.sendQueueBytes;
  afterAll(() => {
    LIMITS.sendQueueBytes = limit;
  });

  it('is cut off once its send queue passes the limit, while it still is not reading', async () => {
    LIMITS.sendQueueBytes = 2 * 1024 * 1024; // the same rule, reached with less traffic
    const { server } = suite;
    const board = await createBoardHttp(server.url, { template: 'empty' });
    const writer = await connectSynced(server.wsBase, board.id, board.tokens.editor);
    const watcher = await connectSynced(server.wsBase, board.id, board.tokens.viewer);
    suite.keep(writer, watcher);
    const stalled = await rawSocket(server.wsBase, board.id, board.tokens.viewer);
    let closedAt = -1;
    let notes = 0;
    stalled.ws.on('close', () => {
      closedAt = notes;
    });
    (stalled.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const room = server.rooms.loaded(board.id);
    const notesText = 'x'.repeat(90_000);
    // 90 kB at a time, each waited for at the watcher, until the server lets the socket go
    while (room?.conns.size === 3 && notes < 400) {
      notes++;
      const id = createItem(writer.doc, { title: `Big ${notes}`, start: '2026-03-02', notes: notesText });
      await waitFor(() => collection(watcher.doc, 'items').has(id), 10_000, 'the edit');
    }
    expect(room?.conns.size).toBe(2);
    // nothing was read on the stalled socket: it was cut without reading again
    expect(closedAt).toBe(-1);
    expect(watcher.provider.wsconnected && writer.provider.wsconnected).toBe(true);
  });
});
