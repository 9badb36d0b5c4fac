import { CLOSE } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import { awarenessFrame } from './frames.js';
import { connectSynced, createBoardHttp, rawSocket, serverForSuite, waitFor } from './helpers.js';

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

describe('presence states the server cannot pass on', () => {
  const suite = serverForSuite();

  it('are refused before they are stored; everyone else keeps presence and the log stays short', async () => {
    const { server } = suite;
    const board = await createBoardHttp(server.url, { template: 'empty' });
    const alice = await connectSynced(server.wsBase, board.id, board.tokens.editor);
    suite.keep(alice);
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
    const linesBefore = server.lines.length;

    // a state that parses but cannot be encoded again, for an id that already had state
    const poison = await rawSocket(server.wsBase, board.id, board.tokens.editor);
    poison.ws.send(awarenessFrame([[777, 1, '{"user":{"name":"Mallory"}}']]));
    poison.ws.send(awarenessFrame([[777, 2, `{"user":${deep(5000)}}`]]));
    expect((await poison.closed).code).toBe(CLOSE.malformed);
    for (const bad of [deep(5000), '[1,2]', '"text"', '{"a":']) {
      const sock = await rawSocket(server.wsBase, board.id, board.tokens.editor);
      sock.ws.send(awarenessFrame([[778, 1, bad]]));
      expect((await sock.closed).code).toBe(CLOSE.malformed);
    }

    for (let i = 0; i < 30; i++) {
      const bob = await connectSynced(server.wsBase, board.id, board.tokens.viewer);
      const names = () => [...bob.provider.awareness.getStates().values()].map((s) => s.user?.name);
      await waitFor(() => names().includes('Alice'), 5000, 'Alice in the new client presence');
      expect(names()).not.toContain('Mallory');
      bob.destroy();
    }
    const query = await rawSocket(server.wsBase, board.id, board.tokens.viewer);
    const answered = query.messages.length;
    query.ws.send(Uint8Array.of(3)); // queryAwareness
    await waitFor(() => query.messages.slice(answered).some((m) => m[0] === 1), 5000, 'presence answer');
    expect(query.ws.readyState).toBe(query.ws.OPEN);
    query.ws.close();

    const lines = server.lines.slice(linesBefore);
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
  });

  it('refuses a frame with more states than a client sends, and more ids than one connection brings', async () => {
    const { server } = suite;
    const board = await createBoardHttp(server.url, { template: 'empty' });
    const many = await rawSocket(server.wsBase, board.id, board.tokens.editor);
    many.ws.send(awarenessFrame(Array.from({ length: 400 }, (_, i) => [1000 + i, 1, '{"u":1}'] as const)));
    expect((await many.closed).code).toBe(CLOSE.malformed);
    const drip = await rawSocket(server.wsBase, board.id, board.tokens.editor);
    for (let i = 0; i < 20; i++) drip.ws.send(awarenessFrame([[2000 + i, 1, '{"u":1}']]));
    expect((await drip.closed).code).toBe(CLOSE.malformed);
    await waitFor(() => suite.server.rooms.loaded(board.id)?.awareness.getStates().size === 0, 5000, 'presence gone');
  });
});
