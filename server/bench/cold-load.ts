import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreatedBoard } from '@planroom/shared';
import * as Y from 'yjs';
import { type Planroom, startPlanroom } from '../src/app.js';
import { silentLogger } from '../src/log.js';
import { connect, createBoardHttp } from '../test/helpers.js';
import { bigBoardJson } from './big-board.js';
import { BENCH_SECRET, spawnBenchServer } from './child.js';
import { synced } from './clients.js';
import { joinsBench } from './joins.js';
import { atMost, type Result } from './report.js';

const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');

/** A fresh in-process server on the board's data dir, as after a restart: nothing loaded. */
function start(dataDir: string): Promise<Planroom> {
  return startPlanroom({ port: 0, dataDir, secret: BENCH_SECRET, log: silentLogger });
}

/** The first client after a restart: a new server process (cold JIT too), then one sync. */
async function firstClient(dataDir: string, board: CreatedBoard) {
  const server = await spawnBenchServer('cold-load', dataDir);
  try {
    const t0 = performance.now();
    const client = connect(server.wsBase, board.id, board.tokens.editor);
    let opened = Number.NaN;
    client.provider.on('status', ({ status }) => {
      if (status === 'connected') opened = performance.now();
    });
    try {
      await synced(client, 30_000);
      const done = performance.now();
      // what the client alone spends decoding the board, for telling server from client time
      const state = Y.encodeStateAsUpdate(client.doc);
      const a0 = performance.now();
      Y.applyUpdate(new Y.Doc(), state);
      const clientApply = performance.now() - a0;
      const { openMaxMs, decodeMaxMs } = await server.stats();
      return {
        fromOpen: done - opened,
        fromConnect: done - t0,
        clientApply,
        serverOpen: openMaxMs,
        serverDecode: decodeMaxMs,
      };
    } finally {
      client.destroy();
    }
  } finally {
    await server.close();
  }
}

/**
 * Cold load of a 10,000-item board, imported over HTTP. (a) restarts the server as its own
 * process RUNS times and times the first client's sync; the server sends 101 before it
 * loads the room, so "open -> synced" covers SQLite read, Yjs load, sync and the client's
 * own decode. (b) times `rooms.open` in fresh in-process servers (JIT already warm). The OS
 * page cache stays warm throughout: a restarted server, not a rebooted host.
 */
export async function coldLoadBench(): Promise<Result[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'planroom-bench-cold-'));
  try {
    const json = bigBoardJson();
    let board: CreatedBoard;
    let snapshotBytes: number;
    let importMs: number;
    {
      const app = await start(dataDir);
      try {
        const t0 = performance.now();
        board = await createBoardHttp(app.url, { board: json });
        importMs = performance.now() - t0;
        snapshotBytes = (await app.store.listSnapshots(board.id))[0]?.bytes ?? Number.NaN;
      } finally {
        await app.close();
      }
    }
    const runs: Array<Awaited<ReturnType<typeof firstClient>>> = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstClient(dataDir, board));
    const storeOnly: number[] = [];
    const open: number[] = [];
    const decode: number[] = [];
    const openCpu: number[] = [];
    const decodeCpu: number[] = [];
    const cpuMs = () => {
      const c = process.cpuUsage();
      return (c.user + c.system) / 1000;
    };
    for (let i = 0; i < RUNS * 2; i++) {
      const app = await start(dataDir);
      try {
        // alternate runs time the SQLite read alone, so neither warms the other's cache
        const t0 = performance.now();
        if (i % 2) await app.store.load(board.id);
        else {
          const c0 = cpuMs();
          const room = await app.rooms.open(board.id);
          if (!room) throw new Error('board vanished');
          open.push(performance.now() - t0);
          openCpu.push(cpuMs() - c0);
          // what the open defers: the board decoded into its Y.Doc (after the first answer)
          const d0 = performance.now();
          const dc0 = cpuMs();
          void room.doc;
          decode.push(performance.now() - d0);
          decodeCpu.push(cpuMs() - dc0);
        }
        if (i % 2) storeOnly.push(performance.now() - t0);
      } finally {
        await app.close();
      }
    }
    const joins = await joinsBench(dataDir, board);
    const fromOpen = runs.map((r) => r.fromOpen);
    const size = `${json.items.length} items, ${json.lanes.length} lanes, ${json.deps.length} deps, ${json.assignments.length} assignments`;
    return [
      {
        name: 'cold load 10k items: WebSocket open -> synced',
        value: median(fromOpen),
        unit: 'ms',
        target: atMost(100),
        note:
          `median of ${RUNS} restarts of a child server [${fmt(fromOpen)}]; from connect() ` +
          `${median(runs.map((r) => r.fromConnect)).toFixed(0)} ms; server rooms.open ${median(runs.map((r) => r.serverOpen)).toFixed(0)} ms, ` +
          `its deferred decode ${median(runs.map((r) => r.serverDecode)).toFixed(0)} ms (cold JIT); ` +
          `client decode alone ${median(runs.map((r) => r.clientApply)).toFixed(0)} ms`,
      },
      {
        name: 'cold load 10k items: server rooms.open',
        value: median(open),
        unit: 'ms',
        target: atMost(100),
        note: `median of ${RUNS} in-process restarts [${fmt(open)}], CPU [${fmt(openCpu)}]; SQLite read alone ${median(storeOnly).toFixed(0)} ms`,
      },
      {
        name: 'cold load 10k items: server decode (deferred)',
        value: median(decode),
        unit: 'ms',
        target: null,
        note: `median of ${RUNS} [${fmt(decode)}], CPU [${fmt(decodeCpu)}]; the Y.Doc built from the stored bytes after the first answer has left (before, rooms.open did this)`,
      },
      ...joins,
      {
        name: 'cold load 10k items: snapshot size',
        value: snapshotBytes,
        unit: 'bytes',
        target: null,
        note: `${size}; POST import ${importMs.toFixed(0)} ms, ${JSON.stringify({ board: json }).length} B JSON`,
      },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
