import { CLOSE } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncFrame } from './frames.js';
import { connectSynced, createBoardHttp, rawSocket, serverForSuite, waitFor } from './helpers.js';

/** Two updates from one writer: the second builds on the first. */
function chain(base: Y.Doc): [Uint8Array, Uint8Array] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const v0 = Y.encodeStateVector(doc);
  doc.getMap('meta').set('first', 1);
  const v1 = Y.encodeStateVector(doc);
  doc.getMap('meta').set('second', 2);
  return [Y.encodeStateAsUpdate(doc, v0), Y.encodeStateAsUpdate(doc, v1)];
}

describe('updates that arrive before what they build on', () => {
  const suite = serverForSuite();

  it('are held, not stored or shown, and applied in order once the missing change comes', async () => {
    const board = await createBoardHttp(suite.server.url, { template: 'empty' });
    const peer = await connectSynced(suite.server.wsBase, board.id, board.tokens.editor);
    suite.keep(peer);
    const [first, second] = chain(peer.doc);
    const sock = await rawSocket(suite.server.wsBase, board.id, board.tokens.editor);
    const before = await suite.server.store.countUpdates(board.id);
    sock.ws.send(syncFrame(2, second));
    const room = suite.server.rooms.loaded(board.id);
    await waitFor(() => room?.held.size === 1, 5000, 'the update to be held');
    expect(peer.doc.getMap('meta').get('second')).toBeUndefined();
    expect(await suite.server.store.countUpdates(board.id)).toBe(before);

    sock.ws.send(syncFrame(2, first));
    await waitFor(() => peer.doc.getMap('meta').get('second') === 2, 5000, 'both updates at the peer');
    expect(peer.doc.getMap('meta').get('first')).toBe(1);
    expect(room?.held.size).toBe(0);
    expect(sock.ws.readyState).toBe(sock.ws.OPEN);
    sock.ws.close();
  });

  it('closes a socket holding too many with 1013, so a stock client reconnects and resyncs', async () => {
    const board = await createBoardHttp(suite.server.url, { template: 'empty' });
    const sock = await rawSocket(suite.server.wsBase, board.id, board.tokens.editor);
    const doc = new Y.Doc();
    doc.getMap('meta').set('gap', 0);
    const from = Y.encodeStateVector(doc);
    for (let i = 0; i < 100; i++) {
      doc.getMap('meta').set(`k${i}`, i);
      sock.ws.send(syncFrame(2, Y.encodeStateAsUpdate(doc, from)));
    }
    expect((await sock.closed).code).toBe(CLOSE.tryAgain);
    expect(suite.server.rooms.loaded(board.id)?.held.size).toBe(0);
  });
});
