import { createItem, exportBoard, moveItems, readBoard } from '@planroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectSynced, createBoardHttp, startTestServer, type TestServer, waitFor } from './helpers.js';

describe('compaction and idle unload', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ compactEvery: 40, idleMs: 50 });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('replaces the update log with a snapshot without changing the content', { timeout: 240_000 }, async () => {
    const board = await createBoardHttp(server.url);
    const a = await connectSynced(server.wsBase, board.id, board.tokens.editor);
    const laneId = readBoard(a.doc).lanes[0]?.id ?? null;
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 25; i++) {
        const id = createItem(a.doc, { title: `Item ${round}-${i}`, start: '2026-05-04', laneId });
        moveItems(a.doc, [id], { days: i % 9 });
      }
      // the creation snapshot plus one compaction per round of 50 updates (a generous deadline:
      // the compactor is a worker thread, and a loaded machine can hold it back for seconds)
      await waitFor(
        async () => (await server.store.listSnapshots(board.id)).length >= round + 2,
        40_000,
        `compaction ${round}`,
      );
    }
    const expected = exportBoard(a.doc);
    await waitFor(() => server.rooms.loaded(board.id)?.doc.getMap('items').size === expected.items.length);
    expect(await server.store.countUpdates(board.id)).toBeLessThan(100 * 2);

    a.destroy();
    await waitFor(() => server.rooms.loaded(board.id) === undefined, 30_000, 'idle unload');
    // unloading compacted the rest: the log is empty and the snapshot alone holds the board
    await waitFor(async () => (await server.store.countUpdates(board.id)) === 0, 40_000, 'compaction on unload');
    const stored = await server.store.load(board.id);
    const fromSnapshot = new Y.Doc();
    Y.applyUpdate(fromSnapshot, stored.snapshot as Uint8Array);
    expect(exportBoard(fromSnapshot)).toEqual(expected);

    const again = await connectSynced(server.wsBase, board.id, board.tokens.viewer);
    expect(exportBoard(again.doc)).toEqual(expected);
    again.destroy();
    await waitFor(() => server.rooms.loaded(board.id) === undefined, 5000, 'unload after the viewer left');

    // an HTTP read loads the board once for the socket that follows, and unloads it when idle
    const info = await fetch(`${server.url}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${board.tokens.viewer}` },
    });
    expect(info.status).toBe(200);
    expect(server.rooms.loaded(board.id)).toBeDefined();
    await waitFor(() => server.rooms.loaded(board.id) === undefined, 5000, 'unload with no socket ever attached');
  });

  it('loads a board for an HTTP read once, for the socket that follows, and unloads it when idle', async () => {
    const own = await startTestServer({ idleMs: 400 });
    try {
      const board = await createBoardHttp(own.url);
      const info = await fetch(`${own.url}/api/boards/${board.id}`, {
        headers: { authorization: `Bearer ${board.tokens.viewer}` },
      });
      expect(info.status).toBe(200);
      const room = own.rooms.loaded(board.id);
      expect(room).toBeDefined();
      const viewer = await connectSynced(own.wsBase, board.id, board.tokens.viewer);
      expect(own.rooms.loaded(board.id)).toBe(room);
      viewer.destroy();
      await waitFor(() => own.rooms.loaded(board.id) === undefined, 5000, 'unload once idle');
      await fetch(`${own.url}/api/boards/${board.id}/export`, {
        headers: { authorization: `Bearer ${board.tokens.viewer}` },
      });
      await waitFor(() => own.rooms.loaded(board.id) === undefined, 5000, 'unload with no socket ever attached');
    } finally {
      await own.stop();
    }
  });
});
