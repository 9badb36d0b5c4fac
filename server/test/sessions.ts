import { collection, createItem, createLane, exportBoard, ValidationError } from '@planroom/shared';
import * as Y from 'yjs';
import type { Rooms } from '../src/rooms/rooms.js';
import { conflict, randomEdit } from './edits.js';
import { type Client, connect, connectSynced, createBoardHttp, waitFor } from './helpers.js';
import { type Rand, rand } from './prng.js';

/** When an offline client edits as it comes back: every moment of a reconnect. */
type Reconnect = 'status' | 'connect' | 'synced' | 'later';
const RECONNECTS: readonly Reconnect[] = ['status', 'connect', 'synced', 'later'];

interface Person {
  client: Client;
  /** True while the session has disconnected this client on purpose. */
  offline: boolean;
  /** Close codes the server sent that stop a stock client for good (4400-4499). */
  terminal: number[];
}

export interface SessionTarget {
  url: string;
  wsBase: string;
  /** The server's rooms when it runs in this process; otherwise a fresh viewer stands for it. */
  rooms?: Rooms;
}

export interface SessionResult {
  seed: number;
  boardId: string;
  clients: number;
  /** Empty when every client, the room and the export agree. */
  divergence: string;
}

function edit(doc: Y.Doc, r: Rand): void {
  try {
    randomEdit(doc, r);
  } catch (err) {
    // a write function refusing an edit (a link that would loop, say) changes nothing
    if (!(err instanceof ValidationError)) throw err;
  }
}

function seedBoard(doc: Y.Doc): void {
  const lanes = ['Run', 'Change', 'Grow', 'Later'].map((title) => createLane(doc, { title }));
  let parent: string | null = null;
  for (let i = 0; i < 8; i++) {
    const id: string = createItem(doc, {
      title: `Item ${i}`,
      start: '2026-01-05',
      laneId: lanes[i % lanes.length] ?? null,
      parentId: i % 3 === 0 ? null : parent,
    });
    if (i % 3 === 0) parent = id;
  }
}

/** Comes back online, editing at the chosen moment of the reconnect. */
function reconnect(p: Person, mode: Reconnect, r: Rand): void {
  const { provider, doc } = p.client;
  p.offline = false;
  if (mode === 'status') {
    const onStatus = ({ status }: { status: string }) => {
      if (status !== 'connected') return;
      provider.off('status', onStatus);
      edit(doc, r); // sent before the server's sync step 1 arrives
    };
    provider.on('status', onStatus);
    provider.connect();
  } else if (mode === 'connect') {
    provider.connect();
    edit(doc, r);
  } else {
    const onSync = (synced: boolean) => {
      if (!synced) return;
      provider.off('sync', onSync);
      edit(doc, r);
    };
    provider.on('sync', onSync);
    provider.connect();
  }
}

async function round(people: Person[], r: Rand): Promise<void> {
  // every choice is drawn up front, so a seed always plans the same session
  const plans = people.map(() => ({
    offline: r.chance(0.45),
    edits: r.int(4),
    reconnect: r.pick(RECONNECTS) as Reconnect,
    seed: r.int(2 ** 31),
  }));
  const clash = r.chance(0.7) ? { a: r.int(people.length), b: r.int(people.length), seed: r.int(2 ** 31) } : null;
  if (clash && clash.a !== clash.b) (plans[clash.a] as { offline: boolean }).offline = true;
  people.forEach((p, i) => {
    if (plans[i]?.offline && !p.offline) {
      p.client.provider.disconnect();
      p.offline = true;
    }
  });
  if (clash && clash.a !== clash.b) {
    const [a, b] = [people[clash.a] as Person, people[clash.b] as Person];
    conflict(a.client.doc, b.client.doc, rand(clash.seed));
  }
  people.forEach((p, i) => {
    const plan = plans[i] as (typeof plans)[number];
    const er = rand(plan.seed);
    for (let k = 0; k < plan.edits; k++) edit(p.client.doc, er);
    if (p.offline && plan.reconnect !== 'later') reconnect(p, plan.reconnect, er);
  });
  // let the round play out: every client that means to be online is synced again
  await waitFor(
    () => people.every((p) => p.offline || !p.client.provider.shouldConnect || p.client.provider.synced),
    10_000,
    'clients to resync after a round',
  ).catch(() => undefined);
}

function deleteSet(doc: Y.Doc): string {
  const ds = Y.createDeleteSetFromStructStore(doc.store).clients;
  return JSON.stringify([...ds].sort((x, y) => x[0] - y[0]));
}

function stateVector(doc: Y.Doc): string {
  return JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort((x, y) => x[0] - y[0]));
}

/**
 * Same document state: the same changes from every client, the same deletions and the
 * same board. (The bytes of two equal states can differ in how structs are split.)
 */
function sameDoc(a: Y.Doc, b: Y.Doc): boolean {
  return (
    stateVector(a) === stateVector(b) &&
    deleteSet(a) === deleteSet(b) &&
    JSON.stringify(exportBoard(a)) === JSON.stringify(exportBoard(b))
  );
}

async function describeDivergence(
  server: Y.Doc | undefined,
  url: string,
  boardId: string,
  owner: string,
  people: Person[],
) {
  if (!server) return 'the room was unloaded during the session';
  const room = { doc: server };
  const apart = people.filter((p) => !sameDoc(p.client.doc, room.doc));
  if (apart.length) {
    const codes = apart
      .map((p) => {
        const pr = p.client.provider;
        const state = `connected ${pr.wsconnected}, synced ${pr.synced}, reconnecting ${pr.shouldConnect}`;
        return `[${p.terminal.join(',')}; ${state}; sv ${stateVector(p.client.doc)} vs ${stateVector(room.doc)}]`;
      })
      .join(' ');
    return `${apart.length} of ${people.length} clients differ from the server : ${codes}`;
  }
  const res = await fetch(`${url}/api/boards/${boardId}/export`, {
    headers: { authorization: `Bearer ${owner}` },
  });
  const exported = JSON.stringify(await res.json());
  if (exported !== JSON.stringify(exportBoard(room.doc))) return 'the export differs from the room';
  return '';
}

/**
 * One seeded session: 5-8 stock y-websocket clients on a fresh board, rounds of edits,
 * offline spells, edits at every moment of a reconnect and structural conflicts, then
 * every client back online. Reports how the clients, the room and the export differ.
 */
export async function runSession(target: SessionTarget, seed: number, rounds = 4): Promise<SessionResult> {
  const r = rand(seed);
  const count = 5 + r.int(4);
  const board = await createBoardHttp(target.url, { template: 'empty' });
  const first = await connectSynced(target.wsBase, board.id, board.tokens.editor);
  seedBoard(first.doc);
  const clients = [first];
  for (let i = 1; i < count; i++) clients.push(connect(target.wsBase, board.id, board.tokens.editor));
  const people: Person[] = clients.map((client) => {
    const p: Person = { client, offline: false, terminal: [] };
    client.provider.on('connection-close', (event: { code: number } | null) => {
      if (event && event.code >= 4400 && event.code < 4500) p.terminal.push(event.code);
    });
    return p;
  });
  try {
    const items = () => collection(first.doc, 'items').size;
    await waitFor(() => clients.every((c) => c.provider.synced && collection(c.doc, 'items').size === items()));
    for (let i = 0; i < rounds; i++) await round(people, r);
    for (const p of people) {
      if (p.offline) reconnect(p, 'connect', r);
    }
    // the server's state: its room, or what a viewer joining now receives from it
    let witness: Client | null = null;
    if (!target.rooms) {
      witness = await connectSynced(target.wsBase, board.id, board.tokens.viewer);
      clients.push(witness);
    }
    const room = () => (target.rooms ? target.rooms.loaded(board.id)?.doc : witness?.doc);
    const converged = await waitFor(
      () => {
        const doc = room();
        return !!doc && people.every((p) => sameDoc(p.client.doc, doc));
      },
      8_000,
      'convergence',
    ).catch(() => false);
    const divergence = await describeDivergence(room(), target.url, board.id, board.tokens.owner, people);
    return { seed, boardId: board.id, clients: count, divergence: divergence || (converged ? '' : 'did not settle') };
  } finally {
    for (const c of clients) c.destroy();
  }
}

/** Runs `count` sessions, `concurrency` at a time; returns the ones that diverged. */
export async function runSessions(
  target: SessionTarget,
  seeds: readonly number[],
  concurrency: number,
): Promise<{ results: SessionResult[]; diverged: SessionResult[] }> {
  const results: SessionResult[] = [];
  let next = 0;
  const lane = async () => {
    while (next < seeds.length) {
      const seed = seeds[next++] as number;
      results.push(await runSession(target, seed));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { results, diverged: results.filter((s) => s.divergence) };
}
