import {
  CLOSE,
  type CreatedBoard,
  createItem,
  exportBoard,
  readBoard,
  ValidationError,
  WORKSHOP_MAP,
} from '@planroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ChildServer } from './child.js';
import { ClusterRun, CutProxy, DATABASE_URL, OwnRedis, servicesMissing } from './cluster.js';
import { randomEdit } from './edits.js';
import { maliciousUpdate, syncFrame, workshopEvents, workshopRequestFrame } from './frames.js';
import { type Client, connect, connectSynced, createBoardHttp, rawSocket, waitFor } from './helpers.js';
import { rand } from './prng.js';

/*
 * The cluster suite: real server processes (`pnpm start` with PLANROOM_DATABASE_URL and
 * PLANROOM_REDIS_URL) on the PostgreSQL and Redis this project's machines run. Each run
 * keeps its tables in a schema and its keys under a prefix of its own, dropped after.
 */
const missing = await servicesMissing();
const inCi = Boolean(process.env.CI);
if (missing && !inCi) {
  console.warn(
    `\n  The cluster suite needs PostgreSQL and Redis and did not run: ${missing}.\n` +
      '  Start them (e.g. `apt-get install postgresql redis-server`, then `service postgresql start` and\n' +
      '  `redis-server --daemonize yes`), with trust auth for user postgres and a database `test`, or point\n' +
      '  PLANROOM_TEST_DATABASE_URL and PLANROOM_TEST_REDIS_URL at yours.\n',
  );
}

// Defined only where it must fail, so a machine with the services reports no skipped test.
if (missing && inCi) {
  describe('cluster suite services', () => {
    it('are there (CI runs the cluster suite, it never skips it)', () => {
      expect(missing).toBeNull();
    });
  });
}
/** The cluster suites, defined only when the services answer (else the warning above says why). */
const clusterDescribe = missing ? () => undefined : describe;

/** Two docs hold the same board when their exports match. */
const same = (a: Y.Doc, b: Y.Doc) => JSON.stringify(exportBoard(a)) === JSON.stringify(exportBoard(b));

async function exportVia(url: string, board: CreatedBoard): Promise<unknown> {
  const res = await fetch(`${url}/api/boards/${board.id}/export`, {
    headers: { authorization: `Bearer ${board.tokens.viewer}` },
  });
  expect(res.status).toBe(200);
  return res.json();
}

/** The client keeps its document and reconnects to another process (what a proxy does when one dies). */
function moveTo(client: Client, wsBase: string, boardId: string, token: string): Client {
  client.provider.destroy();
  const provider = new WebsocketProvider(wsBase, boardId, client.doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return {
    doc: client.doc,
    provider,
    destroy() {
      provider.destroy();
      client.doc.destroy();
    },
  };
}

clusterDescribe('cluster: three processes on PostgreSQL and Redis', () => {
  const run = new ClusterRun();
  let procs: ChildServer[] = [];
  const clients: Client[] = [];
  const keep = (c: Client) => {
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    // one after the other: the first runs the migrations
    procs = [await run.spawn()];
    procs.push(...(await Promise.all([run.spawn(), run.spawn()])));
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await run.cleanup();
  });

  it('syncs live between processes, converges on seeded random edits, and exports alike everywhere', async () => {
    const board = await createBoardHttp(procs[0]?.url ?? '');
    const [a, b, c] = await Promise.all(
      procs.map((p) => connectSynced(p.wsBase, board.id, board.tokens.editor).then(keep)),
    );
    if (!a || !b || !c) throw new Error('three clients');
    const id = createItem(a.doc, { title: 'Live from process 1', start: '2026-03-02', laneId: null });
    await waitFor(() => readBoard(b.doc).items.has(id) && readBoard(c.doc).items.has(id), 10_000, 'live sync');

    const docs = [a.doc, b.doc, c.doc];
    for (let round = 0; round < 20; round++) {
      docs.forEach((doc, i) => {
        const r = rand(1000 * round + i);
        for (let k = 0; k < 3; k++) {
          try {
            randomEdit(doc, r);
          } catch (err) {
            // an edit the board's rules refuse (a cycle of parents…) changes nothing
            if (!(err instanceof ValidationError)) throw err;
          }
        }
      });
      await new Promise((r) => setTimeout(r, 5));
    }
    await waitFor(() => same(a.doc, b.doc) && same(b.doc, c.doc), 20_000, 'convergence');
    const exports = await Promise.all(procs.map((p) => exportVia(p.url, board)));
    expect(exports[1]).toEqual(exports[0]);
    expect(exports[2]).toEqual(exports[0]);
    expect(exports[0]).toEqual(JSON.parse(JSON.stringify(exportBoard(a.doc))));

    // presence crosses processes too
    a.provider.awareness.setLocalStateField('user', { name: 'Ada', color: '#123456' });
    await waitFor(() => c.provider.awareness.getStates().get(a.doc.clientID), 10_000, 'presence relayed');
  });

  it('relays workshop state, keeps dots secret until the reveal, and the reveal reaches every process', async () => {
    const board = await createBoardHttp(procs[0]?.url ?? '');
    const [p0, p1, p2] = procs.map((p) => p.wsBase);
    const owner = await rawSocket(p0 ?? '', board.id, board.tokens.owner);
    const voter = await rawSocket(p1 ?? '', board.id, board.tokens.editor);
    const watcher = await rawSocket(p2 ?? '', board.id, board.tokens.editor);
    try {
      for (const [i, s] of [owner, voter, watcher].entries()) {
        s.ws.send(workshopRequestFrame({ type: 'hello', voter: `voter-key-${i}-0123456789` }));
      }
      await waitFor(() => workshopEvents(watcher.messages).some((e) => e.type === 'welcome'), 10_000, 'welcome');
      owner.ws.send(workshopRequestFrame({ type: 'timer', action: 'start', seconds: 300 }));
      await waitFor(
        () => workshopEvents(watcher.messages).some((e) => e.type === 'timer' && e.timer.status === 'running'),
        10_000,
        'timer on another process',
      );
      const client = await connectSynced(p0 ?? '', board.id, board.tokens.editor).then(keep);
      const itemId = [...readBoard(client.doc).items.keys()][0] ?? '';
      owner.ws.send(
        workshopRequestFrame({
          type: 'vote-start',
          title: 'Pick',
          itemIds: [itemId],
          dots: 3,
          cap: null,
          viewers: false,
        }),
      );
      await waitFor(
        () => workshopEvents(voter.messages).some((e) => e.type === 'vote' && e.vote),
        10_000,
        'vote on the voter process',
      );
      voter.ws.send(workshopRequestFrame({ type: 'vote-cast', itemId, add: true }));
      const seen = await waitFor(
        () =>
          workshopEvents(watcher.messages).find((e) => e.type === 'vote' && e.vote && e.vote.voters === 1) as
            | { type: 'vote'; vote: { mine: Record<string, number> } }
            | undefined,
        10_000,
        'voter count on a third process',
      );
      // the count of voters moves everywhere; nobody else's dots are ever sent
      expect(seen?.vote.mine).toEqual({});
      for (const e of workshopEvents(watcher.messages))
        if (e.type === 'vote' && e.vote) expect(e.vote.mine).toEqual({});
      owner.ws.send(workshopRequestFrame({ type: 'vote-reveal' }));
      const on2 = await connectSynced(p2 ?? '', board.id, board.tokens.viewer).then(keep);
      await waitFor(
        () =>
          (on2.doc.getMap(WORKSHOP_MAP).get('lastVote') as { tallies?: Record<string, number> } | undefined)?.tallies?.[
            itemId
          ] === 1,
        10_000,
        'revealed tallies on another process',
      );
    } finally {
      for (const s of [owner, voter, watcher]) s.ws.close();
    }
  });

  it('enforces viewer rules, tokens and hostile frames on every process as one process does', async () => {
    const board = await createBoardHttp(procs[0]?.url ?? '');
    const p1 = procs[1]?.wsBase ?? '';
    const bad = await rawSocket(p1, board.id, `${board.tokens.editor}x`);
    expect((await bad.closed).code).toBe(CLOSE.unauthorized);
    const viewer = await rawSocket(p1, board.id, board.tokens.viewer);
    const ref = await connectSynced(procs[2]?.wsBase ?? '', board.id, board.tokens.editor).then(keep);
    viewer.ws.send(syncFrame(2, maliciousUpdate(ref.doc)));
    expect((await viewer.closed).code).toBe(CLOSE.forbidden);
    const hostile = await rawSocket(p1, board.id, board.tokens.editor);
    hostile.ws.send(new Uint8Array([0, 2, 200, 1, 2, 3]));
    expect((await hostile.closed).code).toBe(CLOSE.malformed);
    expect(readBoard(ref.doc).lanes.some((lane) => lane.id === 'lane:evil')).toBe(false);
    expect((await exportVia(procs[0]?.url ?? '', board)) as { name: string }).not.toMatchObject({ name: 'Hacked' });
  });

  it('loses nothing anyone saw when one process is killed with SIGKILL; its clients go on through another', async () => {
    const board = await createBoardHttp(procs[0]?.url ?? '');
    const victim = procs[2] as ChildServer;
    const writer = keep(await connectSynced(victim.wsBase, board.id, board.tokens.editor));
    const watcher = keep(await connectSynced(procs[0]?.wsBase ?? '', board.id, board.tokens.editor));
    let i = 0;
    const editing = setInterval(() => {
      for (let k = 0; k < 3; k++) createItem(writer.doc, { title: `Edit ${i++}`, start: '2026-02-02', laneId: null });
    }, 5);
    await waitFor(() => readBoard(watcher.doc).items.size > 100, 15_000, 'edits seen on another process');
    victim.proc.kill('SIGKILL');
    await victim.exited;
    clearInterval(editing);
    const seen = Y.encodeStateVector(watcher.doc);
    // the writer's client keeps its document and reconnects to a live process
    const moved = moveTo(writer, procs[1]?.wsBase ?? '', board.id, board.tokens.editor);
    clients[clients.indexOf(writer)] = moved;
    await waitFor(() => moved.provider.synced, 10_000, 'reconnect to another process');
    await waitFor(() => same(moved.doc, watcher.doc), 15_000, 'convergence after the kill');
    const fresh = keep(await connectSynced(procs[1]?.wsBase ?? '', board.id, board.tokens.viewer));
    const stored = Y.decodeStateVector(Y.encodeStateVector(fresh.doc));
    for (const [client, clock] of Y.decodeStateVector(seen))
      expect(stored.get(client) ?? 0).toBeGreaterThanOrEqual(clock);
    expect(same(fresh.doc, moved.doc)).toBe(true);
    procs = procs.slice(0, 2);
  });
});

clusterDescribe('cluster: failures of Redis and PostgreSQL', () => {
  const run = new ClusterRun();
  let redis: OwnRedis;
  let proxy: CutProxy;
  let procs: ChildServer[] = [];
  const clients: Client[] = [];
  const keep = (c: Client) => {
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    redis = await OwnRedis.start();
    proxy = await CutProxy.start(DATABASE_URL);
    const opts = { redisUrl: redis.url, databaseUrl: proxy.url(DATABASE_URL) };
    procs = [await run.spawn(opts)];
    procs.push(await run.spawn(opts));
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await run.cleanup();
    await proxy.restore();
    await proxy.cut();
    await redis.stop();
  });

  it('a restart of Redis during edits loses nothing, and everyone converges', async () => {
    const board = await createBoardHttp(procs[0]?.url ?? '');
    const a = keep(await connectSynced(procs[0]?.wsBase ?? '', board.id, board.tokens.editor));
    const b = keep(await connectSynced(procs[1]?.wsBase ?? '', board.id, board.tokens.editor));
    let i = 0;
    const edit = () => {
      createItem(a.doc, { title: `A ${i}`, start: '2026-02-02', laneId: null });
      createItem(b.doc, { title: `B ${i++}`, start: '2026-02-02', laneId: null });
    };
    const editing = setInterval(edit, 10);
    await waitFor(() => readBoard(b.doc).items.size > 60, 15_000, 'edits crossing processes');
    await redis.down();
    await new Promise((r) => setTimeout(r, 300)); // edits go on while Redis is away
    await redis.up();
    await waitFor(() => i > 80, 15_000, 'more edits after the restart');
    clearInterval(editing);
    await waitFor(() => same(a.doc, b.doc), 20_000, 'convergence after the Redis restart');
    expect(readBoard(a.doc).items.size).toBeGreaterThanOrEqual(2 * i);
    const fresh = keep(await connectSynced(procs[0]?.wsBase ?? '', board.id, board.tokens.viewer));
    expect(same(fresh.doc, a.doc)).toBe(true);
  });

  it('PostgreSQL unreachable: no acknowledged edit is lost, clients are told saving is paused, and recover', async () => {
    const board = await createBoardHttp(procs[0]?.url ?? '');
    const a = keep(await connectSynced(procs[0]?.wsBase ?? '', board.id, board.tokens.editor));
    const b = keep(await connectSynced(procs[1]?.wsBase ?? '', board.id, board.tokens.editor));
    const closes: Array<{ code: number; reason: string }> = [];
    a.provider.on('connection-close', (event: { code: number; reason: string } | null) => {
      if (event) closes.push({ code: event.code, reason: event.reason });
    });
    createItem(a.doc, { title: 'Before the cut', start: '2026-02-02', laneId: null });
    await waitFor(() => same(a.doc, b.doc), 10_000, 'first edit acknowledged');
    // what B has seen was stored (nothing is sent on before it is)
    const acknowledged = exportBoard(b.doc).items.map((item) => item.id);
    await proxy.cut();
    const during = createItem(a.doc, { title: 'While the database is away', start: '2026-02-02', laneId: null });
    await waitFor(() => closes.some((c) => c.code === 1011), 20_000, 'saving paused').catch((err) => {
      console.log(procs.map((p) => p.output()).join('\n----\n'), closes);
      throw err;
    });
    expect(closes.find((c) => c.code === 1011)?.reason).toMatch(/storage unavailable/);
    // not stored, so not shown to anyone
    expect(readBoard(b.doc).items.has(during)).toBe(false);
    await proxy.restore();
    await waitFor(() => readBoard(b.doc).items.has(during) && same(a.doc, b.doc), 30_000, 'recovery');
    const fresh = keep(connect(procs[1]?.wsBase ?? '', board.id, board.tokens.viewer));
    await waitFor(() => fresh.provider.synced, 10_000, 'a new client');
    const stored = new Set(exportBoard(fresh.doc).items.map((item) => item.id));
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    expect(stored.has(during)).toBe(true);
  });
});
