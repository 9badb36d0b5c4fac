import type { CreatedBoard } from '@planroom/shared';
import * as Y from 'yjs';
import { startPlanroom } from '../src/app.js';
import { silentLogger } from '../src/log.js';
import { connect } from '../test/helpers.js';
import { BENCH_SECRET, spawnBenchServer } from './child.js';
import { type Client, destroyAll, synced } from './clients.js';
import type { Result } from './report.js';

const JOINERS = 20;
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** Runs `fn` `n` times; wall and CPU ms in all. */
function timed(n: number, fn: () => unknown): { wall: number; cpu: number } {
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  return { wall: performance.now() - t0, cpu: cpuMs() - c0 };
}

/**
 * 20 stock clients with nothing joining a loaded 10,000-item board at once (a meeting
 * starting): the server's CPU and the time until every one is synced, in a child server.
 * Then, in this process, what each join costs the server: the whole-board encode it did
 * before (`Y.encodeStateAsUpdate`), against the kept bytes it sends now.
 */
export async function joinsBench(dataDir: string, board: CreatedBoard): Promise<Result[]> {
  const server = await spawnBenchServer('joins', dataDir);
  let clients: Client[] = [];
  let wall: number;
  let serverCpu: number;
  try {
    const first = connect(server.wsBase, board.id, board.tokens.editor);
    clients.push(first);
    await synced(first, 60_000);
    // the board is decoded once the first answer has left; wait for it, so only joins count
    for (let i = 0; i < 600 && !(await server.stats()).decodeMaxMs; i++) await new Promise((r) => setTimeout(r, 50));
    const s0 = await server.stats();
    const t0 = performance.now();
    const joiners = Array.from({ length: JOINERS }, () => connect(server.wsBase, board.id, board.tokens.viewer));
    clients = clients.concat(joiners);
    await Promise.all(joiners.map((c) => synced(c, 180_000)));
    wall = performance.now() - t0;
    const s1 = await server.stats();
    serverCpu = s1.cpuUserMs + s1.cpuSystemMs - s0.cpuUserMs - s0.cpuSystemMs;
  } finally {
    destroyAll(clients);
    await server.close();
  }
  const app = await startPlanroom({ port: 0, dataDir, secret: BENCH_SECRET, log: silentLogger });
  let encode: { wall: number; cpu: number };
  let kept: { wall: number; cpu: number };
  try {
    const room = await app.rooms.open(board.id);
    if (!room) throw new Error('board vanished');
    encode = timed(JOINERS, () => Y.encodeStateAsUpdate(room.doc));
    kept = timed(JOINERS, () => room.encoded.frames());
  } finally {
    await app.close();
  }
  return [
    {
      name: `${JOINERS} clients join a loaded 10k board: all synced`,
      value: wall,
      unit: 'ms',
      target: null,
      note: `server CPU ${serverCpu.toFixed(0)} ms for the ${JOINERS} joins (child server); the clients' own decodes share this process`,
    },
    {
      name: `${JOINERS} joins, server work per join: kept bytes`,
      value: kept.cpu / JOINERS,
      unit: 'ms CPU',
      target: null,
      note: `wall ${(kept.wall / JOINERS).toFixed(1)} ms; before: a whole-board encode per join, ${(encode.cpu / JOINERS).toFixed(0)} ms CPU (wall ${(encode.wall / JOINERS).toFixed(0)} ms)`,
    },
  ];
}
