import { createItem, exportBoard, metaMap, readBoard, SCHEMA_VERSION } from '@planroom/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TestServer } from './helpers.js';
import { connect, connectSynced, createBoardHttp, serverForSuite, socketsPerTest, waitFor } from './helpers.js';

/** Writes `change` into a board straight into the store's update log, as if it were stored before a restart. */
async function storeChange(server: TestServer, boardId: string, change: (doc: Y.Doc) => void): Promise<Y.Doc> {
  const stored = await server.store.load(boardId);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored.snapshot as Uint8Array);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  change(doc);
  for (const update of updates) await server.store.appendBatch([{ boardId, update }]);
  return doc;
}

describe('a board opened from its stored bytes', () => {
  const suite = serverForSuite({ idleMs: 60_000 });
  const sockets = socketsPerTest(() => suite.server.wsBase);

  it('gives a client with nothing the snapshot and the updates after it, all there when synced', async () => {
    const board = await createBoardHttp(suite.server.url);
    const expected = await storeChange(suite.server, board.id, (doc) => {
      createItem(doc, { title: 'Stored after the snapshot', start: '2026-03-02' });
      createItem(doc, { title: 'And another', start: '2026-03-03' });
    });
    expect(suite.server.rooms.loaded(board.id)).toBeUndefined();

    const client = connect(suite.server.wsBase, board.id, board.tokens.editor);
    suite.keep(client);
    // read at the moment the stock client says synced: the tail must not come after it
    let atSynced: unknown = null;
    client.provider.on('sync', (isSynced: boolean) => {
      if (isSynced && atSynced === null) atSynced = exportBoard(client.doc);
    });
    await waitFor(() => atSynced, 10_000, 'first sync');
    expect(atSynced).toEqual(exportBoard(expected));
  });

  it('asks a client for its offline changes once the board is decoded, and they reach everyone', async () => {
    const board = await createBoardHttp(suite.server.url);
    // a client that edited offline: it holds the board plus an item the server never saw
    const offline = await storeChange(suite.server, board.id, () => undefined);
    const id = createItem(offline, { title: 'Made offline', start: '2026-04-06' });
    const client = connect(suite.server.wsBase, board.id, board.tokens.editor);
    Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(offline));
    suite.keep(client);
    const other = await connectSynced(suite.server.wsBase, board.id, board.tokens.viewer);
    suite.keep(other);
    await waitFor(() => readBoard(other.doc).items.get(id)?.title === 'Made offline', 10_000, 'the offline item');
    expect(suite.server.rooms.loaded(board.id)?.decoded).toBe(true);
  });

  it('answers later clients with nothing from the bytes kept up to date by each stored change', async () => {
    const board = await createBoardHttp(suite.server.url);
    const first = await connectSynced(suite.server.wsBase, board.id, board.tokens.editor);
    suite.keep(first);
    for (let i = 0; i < 5; i++) createItem(first.doc, { title: `Live ${i}`, start: '2026-05-04' });
    const room = suite.server.rooms.loaded(board.id);
    await waitFor(() => room?.pending === 0 && room.lastSeq >= 5, 10_000, 'the edits stored');
    const later = await connectSynced(suite.server.wsBase, board.id, board.tokens.viewer);
    suite.keep(later);
    expect(exportBoard(later.doc)).toEqual(exportBoard(first.doc));
  });

  it('re-encodes the kept bytes once the updates since them pile up, and keeps serving from the new base', async () => {
    const board = await createBoardHttp(suite.server.url, { template: 'empty' });
    const first = await connectSynced(suite.server.wsBase, board.id, board.tokens.editor);
    suite.keep(first);
    // past the tail's limit (200 updates): the next client with nothing is answered by an encode
    for (let i = 0; i < 210; i++) createItem(first.doc, { title: `Item ${i}`, start: '2026-05-04' });
    const room = suite.server.rooms.loaded(board.id);
    await waitFor(() => room?.pending === 0 && room.lastSeq >= 210, 20_000, 'the edits stored');
    expect(room?.encoded.usable).toBe(false);
    const second = await connectSynced(suite.server.wsBase, board.id, board.tokens.viewer);
    suite.keep(second);
    expect(exportBoard(second.doc)).toEqual(exportBoard(first.doc));
    // that encode became the base; one more change goes on top of it
    expect(room?.encoded.usable).toBe(true);
    createItem(first.doc, { title: 'After the new base', start: '2026-05-05' });
    await waitFor(() => room?.pending === 0 && room.lastSeq >= 211, 10_000, 'the last edit stored');
    const third = await connectSynced(suite.server.wsBase, board.id, board.tokens.viewer);
    suite.keep(third);
    expect(exportBoard(third.doc)).toEqual(exportBoard(first.doc));
  });

  it('stores and sends the migration of an older board, run when it is decoded', async () => {
    const board = await createBoardHttp(suite.server.url, { template: 'empty' });
    await storeChange(suite.server, board.id, (doc) => metaMap(doc).set('schemaVersion', SCHEMA_VERSION - 1));
    const before = await suite.server.store.countUpdates(board.id);
    const client = await connectSynced(suite.server.wsBase, board.id, board.tokens.editor);
    suite.keep(client);
    await waitFor(() => metaMap(client.doc).get('schemaVersion') === SCHEMA_VERSION, 10_000, 'the migration');
    await waitFor(
      async () => (await suite.server.store.countUpdates(board.id)) > before,
      10_000,
      'the migration stored',
    );
  });

  it('closes sockets with 4409 when the decoded board turns out newer than this server', async () => {
    const board = await createBoardHttp(suite.server.url);
    await storeChange(suite.server, board.id, (doc) => metaMap(doc).set('schemaVersion', SCHEMA_VERSION + 1));
    const before = await suite.server.store.countUpdates(board.id);
    const sock = await sockets.raw(board.id, board.tokens.editor);
    // sync step 1 with an empty state vector: answered from the bytes, then the board decodes
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint8Array(encoder, new Uint8Array([0]));
    sock.ws.send(encoding.toUint8Array(encoder));
    expect((await sock.closed).code).toBe(4409);
    expect(await suite.server.store.countUpdates(board.id)).toBe(before);
    // and the next socket is refused at once
    const again = await sockets.raw(board.id, board.tokens.editor);
    expect((await again.closed).code).toBe(4409);
  });
});
