import { CLOSE, CURSOR_HZ, PRESENCE_STATE_MAX_BYTES } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIMITS } from '../src/rooms/limits.js';
import { flood } from './floods.js';
import { awarenessFrame, presenceStates, syncStep1Frame } from './frames.js';
import { createBoardHttp, type RawSocket, serverForSuite, socketsPerTest, waitFor } from './helpers.js';

/** A state as a client writes it (any shape: the server checks). */
const state = (s: Record<string, unknown>) => JSON.stringify(s);
const publish = (s: RawSocket, id: number, clock: number, json: string) =>
  s.ws.send(awarenessFrame([[id, clock, json]]));
/** Every state for `id` a socket was sent, in order. */
const statesOf = (s: RawSocket, id: number) =>
  presenceStates(s.messages)
    .filter(([i]) => i === id)
    .map(([, , st]) => st);

/** Resolves once the server has handled everything `s` sent before, and kept it open: it answers a sync step 1. */
async function stillOpen(s: RawSocket): Promise<void> {
  const before = s.messages.length;
  s.ws.send(syncStep1Frame(new Y.Doc()));
  await waitFor(() => s.messages.slice(before).some((m) => m[0] === 0 && m[1] === 1), 5000, 'a sync step 2');
  expect(s.ws.readyState).toBe(s.ws.OPEN);
}

describe('presence a connection may publish', () => {
  const suite = serverForSuite();
  const sockets = socketsPerTest(() => suite.server.wsBase);

  async function board() {
    return createBoardHttp(suite.server.url, { template: 'empty' });
  }

  it("never relays a state for another connection's client id, and closes a connection that keeps trying", async () => {
    const b = await board();
    const alice = await sockets.raw(b.id, b.tokens.editor);
    const mallory = await sockets.raw(b.id, b.tokens.editor);
    const carol = await sockets.stock(b.id, b.tokens.viewer);
    const seen: string[] = [];
    carol.provider.awareness.on('change', () => {
      for (const s of carol.provider.awareness.getStates().values()) if (s.user?.name) seen.push(s.user.name);
    });
    publish(alice, 100, 1, state({ user: { name: 'Alice', color: '#0072B2' } }));
    await waitFor(() => carol.provider.awareness.getStates().get(100)?.user?.name === 'Alice', 5000, 'Alice at Carol');

    publish(mallory, 100, 50, state({ user: { name: 'Mallory', color: '#D55E00' } }));
    // Mallory's own presence is relayed; once it is at Carol, the frame before it was handled
    publish(mallory, 200, 1, state({ user: { name: 'Mallory herself', color: '#D55E00' } }));
    await waitFor(() => carol.provider.awareness.getStates().has(200), 5000, "Mallory's own presence at Carol");
    expect(seen).not.toContain('Mallory');
    expect(carol.provider.awareness.getStates().get(100)?.user?.name).toBe('Alice');
    const room = suite.server.rooms.loaded(b.id);
    expect(room?.awareness.getStates().get(100)).toEqual({ user: { name: 'Alice', color: '#0072B2' }, role: 'editor' });

    // while Alice is silent (she could be a socket that died, with her client back as Mallory) nobody is closed
    for (let clock = 51; clock < 81; clock++) publish(mallory, 100, clock, state({ user: { name: 'Mallory' } }));
    await stillOpen(mallory);
    // once Alice shows she is alive, each further attempt counts, and the 20th closes the socket
    publish(alice, 100, 2, state({ user: { name: 'Alice', color: '#0072B2' }, idle: true }));
    await waitFor(() => carol.provider.awareness.getStates().get(100)?.idle === true, 5000, "Alice's update at Carol");
    for (let clock = 81; clock < 81 + LIMITS.presenceOffences - 1; clock++) {
      publish(mallory, 100, clock, state({ user: { name: 'Mallory' } }));
    }
    await stillOpen(mallory);
    publish(mallory, 100, 200, state({ user: { name: 'Mallory' } }));
    const closed = await mallory.closed;
    expect(closed).toEqual({
      code: CLOSE.malformed,
      reason: "20 presence frames refused: presence for another connection's client id",
    });
    expect(seen).not.toContain('Mallory');
    expect(room?.awareness.getStates().get(100)?.user).toEqual({ name: 'Alice', color: '#0072B2' });
  });

  it('skips echoes: states sent back at a clock the room has seen, for anyone, in any number, are no offence', async () => {
    const b = await board();
    const alice = await sockets.raw(b.id, b.tokens.editor);
    const echoer = await sockets.raw(b.id, b.tokens.editor);
    const carol = await sockets.stock(b.id, b.tokens.viewer);
    // a workshop of many: Alice and forty others who came and went
    publish(alice, 100, 3, state({ user: { name: 'Alice', color: '#0072B2' } }));
    await waitFor(() => carol.provider.awareness.getStates().get(100)?.user?.name === 'Alice', 5000, 'Alice at Carol');
    const room = suite.server.rooms.loaded(b.id);
    if (!room) throw new Error('room not loaded');
    const clockOf = (id: number) => room.awareness.meta.get(id)?.clock ?? 0;
    // what the stock client does on joining: every state it received, back in one frame
    const everyone: Array<[number, number, string]> = [[100, 3, state({ user: { name: 'Alice' } })]];
    for (const [id] of room.awareness.meta) if (id !== 100) everyone.push([id, clockOf(id), 'null']);
    echoer.ws.send(awarenessFrame(everyone));
    // and what it does for every move of Alice's it receives, while she keeps moving
    for (let clock = 4; clock < 4 + LIMITS.presenceOffences + 5; clock++) {
      publish(alice, 100, clock, state({ user: { name: 'Alice', color: '#0072B2' }, cursor: clock }));
      await waitFor(() => clockOf(100) === clock, 5000, `Alice's move ${clock}`);
      echoer.ws.send(awarenessFrame([[100, clock, state({ user: { name: 'Alice' }, cursor: clock })]]));
    }
    await stillOpen(echoer);
    expect(room.awareness.getStates().get(100)).toEqual({
      user: { name: 'Alice', color: '#0072B2' },
      cursor: 3 + LIMITS.presenceOffences + 5,
      role: 'editor',
    });
    // its own state still goes through
    publish(echoer, 300, 1, state({ user: { name: 'Echo', color: '#009E73' } }));
    await waitFor(() => carol.provider.awareness.getStates().get(300)?.user?.name === 'Echo', 5000, 'Echo at Carol');
  });

  it("refuses presence under the server's own client id", async () => {
    const b = await board();
    const mallory = await sockets.raw(b.id, b.tokens.editor);
    const room = suite.server.rooms.loaded(b.id);
    if (!room) throw new Error('room not loaded');
    publish(mallory, room.awareness.clientID, 5, state({ user: { name: 'Server' } }));
    await stillOpen(mallory);
    expect(room.awareness.getLocalState()).toBeNull();
    expect(room.awareness.getStates().size).toBe(0);
  });

  it('relays a state up to 4 KiB, drops a larger one, and closes a connection that keeps sending them', async () => {
    const b = await board();
    const big = await sockets.raw(b.id, b.tokens.editor);
    const watcher = await sockets.raw(b.id, b.tokens.viewer);
    // with the role the server writes in, exactly the limit
    const fits = (n: number) => state({ user: { name: 'x'.repeat(n), color: '#0072B2' } });
    const padding =
      PRESENCE_STATE_MAX_BYTES - JSON.stringify({ user: { name: '', color: '#0072B2' }, role: 'editor' }).length;
    publish(big, 300, 1, fits(padding));
    await waitFor(() => statesOf(watcher, 300).length === 1, 5000, 'the 4 KiB state at the watcher');
    publish(big, 300, 2, fits(padding + 1));
    publish(big, 300, 3, state({ user: { name: 'small' } }));
    await waitFor(() => statesOf(watcher, 300).length === 2, 5000, 'the small state at the watcher');
    expect(statesOf(watcher, 300).map((s) => s?.user?.name.length)).toEqual([padding, 5]);

    for (let clock = 4; clock < 4 + LIMITS.presenceOffences - 2; clock++) publish(big, 300, clock, fits(5000));
    await stillOpen(big);
    publish(big, 300, 100, fits(5000));
    expect(await big.closed).toEqual({
      code: CLOSE.malformed,
      reason: `20 presence frames refused: a presence state over ${PRESENCE_STATE_MAX_BYTES} bytes`,
    });
    expect(statesOf(watcher, 300).filter((s) => s !== null)).toHaveLength(2);
  });

  it('drops presence frames past the rate, and closes a connection that keeps on with 1013', async () => {
    const b = await board();
    const flooder = await sockets.raw(b.id, b.tokens.editor);
    const watcher = await sockets.raw(b.id, b.tokens.viewer);
    const room = suite.server.rooms.loaded(b.id);
    if (!room) throw new Error('room not loaded');
    // what the room applies (relaying is once a tick, so the watcher sees only the latest)
    let applied = 0;
    const count = ({ added, updated }: { added: number[]; updated: number[] }) => {
      if (added.includes(400) || updated.includes(400)) applied++;
    };
    room.awareness.on('update', count);
    const sent = 900;
    const frames = Array.from({ length: sent }, (_, i) =>
      awarenessFrame([[400, i + 1, state({ user: { name: 'Cursor' }, cursor: { day: 20_000 + i, fy: 0.5 } })]]),
    );
    const start = performance.now();
    expect(await flood(flooder, frames)).toBe(CLOSE.tryAgain);
    const seconds = (performance.now() - start) / 1000;
    room.awareness.off('update', count);
    expect((await flooder.closed).reason).toBe('too many presence updates; reconnect');
    // the state leaves with the socket
    await waitFor(() => statesOf(watcher, 400).includes(null), 5000, 'the removal at the watcher');
    expect(applied).toBeGreaterThanOrEqual(LIMITS.awarenessRate.burst);
    // at most the burst and what the rate refilled while the flood ran: the rest were dropped
    expect(applied).toBeLessThanOrEqual(
      LIMITS.awarenessRate.burst + Math.ceil(LIMITS.awarenessRate.perSecond * seconds),
    );
  });

  it('relays a cursor moving at 20 Hz right after a burst: the burst in a few frames, then each move, the last one included', async () => {
    const b = await board();
    const mover = await sockets.raw(b.id, b.tokens.editor);
    const watcher = await sockets.raw(b.id, b.tokens.viewer);
    const dayOf = (st: unknown) => (st as { cursor?: { day?: number } } | null)?.cursor?.day ?? -1;
    const move = (i: number) =>
      publish(mover, 500, i + 1, state({ user: { name: 'Mover' }, cursor: { day: 20_000 + i, fy: 0.5 } }));
    const burst = LIMITS.awarenessRate.burst;
    for (let i = 0; i < burst; i++) move(i);
    // relayed once a tick, the latest state winning: sixty moves at once are a frame or two
    await waitFor(() => statesOf(watcher, 500).some((st) => dayOf(st) === 20_000 + burst - 1), 5000, 'the burst');
    const afterBurst = statesOf(watcher, 500).length;
    expect(afterBurst).toBeLessThan(10);
    // then 2 s of moves at CURSOR_HZ, each no sooner than 1/20 s after the one before: within the rate
    const start = performance.now();
    for (let i = 0; i < 2 * CURSOR_HZ; i++) {
      const due = start + ((i + 1) * 1000) / CURSOR_HZ;
      await waitFor(() => performance.now() >= due, 5000, 'the next cursor tick');
      move(burst + i);
    }
    const last = 20_000 + burst + 2 * CURSOR_HZ - 1;
    await waitFor(() => statesOf(watcher, 500).some((st) => dayOf(st) === last), 5000, 'the last move at the watcher');
    // moves 50 ms apart and a 20 ms tick: most arrive on their own, never out of order
    const days = statesOf(watcher, 500).map(dayOf);
    expect(days.length - afterBurst).toBeGreaterThanOrEqual(CURSOR_HZ / 2);
    expect(days).toEqual([...days].sort((x, y) => x - y));
    await stillOpen(mover);
  });

  it('shows others the role of the link, whatever a client claims', async () => {
    const b = await board();
    const viewer = await sockets.stock(b.id, b.tokens.viewer);
    const editor = await sockets.raw(b.id, b.tokens.editor);
    const observer = await sockets.stock(b.id, b.tokens.owner);
    viewer.provider.awareness.setLocalState({ user: { name: 'Vic', color: '#009E73' }, role: 'owner' });
    publish(editor, 600, 1, state({ user: { name: 'Eddie' }, role: 'owner' }));
    const id = viewer.doc.clientID;
    const roleOf = (clientId: number) => observer.provider.awareness.getStates().get(clientId)?.role;
    await waitFor(() => roleOf(id) && roleOf(600), 5000, 'both states at the observer');
    expect(roleOf(id)).toBe('viewer');
    expect(roleOf(600)).toBe('editor');
    expect(observer.provider.awareness.getStates().get(id)?.user?.name).toBe('Vic');
    // a state without a role gets one too
    viewer.provider.awareness.setLocalState({ user: { name: 'Vic again', color: '#009E73' } });
    await waitFor(() => observer.provider.awareness.getStates().get(id)?.user?.name === 'Vic again', 5000, 'update');
    expect(roleOf(id)).toBe('viewer');
  });
});
