import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CreatedBoard, collection, updateItem } from '@planroom/shared';
import { Redis } from 'ioredis';
import pg from 'pg';
import * as Y from 'yjs';
import { type ChildServer, spawnServer } from '../test/child.js';
import { type Client, connect } from '../test/helpers.js';
import { BENCH_SECRET } from './child.js';
import { createBoards, destroyAll, synced } from './clients.js';
import { atMost, quantile, type Result } from './report.js';

/*
 * Cluster mode against single-process SQLite, in one run: the same clients, boards and
 * update rate. Servers are `src/main.ts` processes (as `pnpm start`), CPU and RSS read
 * from /proc; every client is a stock WebsocketProvider in this process.
 */

export interface ClusterBenchOptions {
  processes: number;
  boards: number;
  connections: number;
  /** Updates per second, all boards together. */
  rate: number;
  seconds: number;
  warmupSeconds: number;
}

const DATABASE_URL = process.env.PLANROOM_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.PLANROOM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const TICK_MS = 1000 / 100; // USER_HZ on Linux

/** The cluster suite's child server (`test/child.ts`), with the bench's secret. */
const start = ({ PLANROOM_DATA_DIR, ...env }: { PLANROOM_DATA_DIR: string } & Record<string, string>) =>
  spawnServer(PLANROOM_DATA_DIR, { PLANROOM_SECRET: BENCH_SECRET, ...env });

/** CPU ms (user + system) and RSS MB of a process, from /proc. */
function usage(pid: number): { cpuMs: number; rssMB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuMs = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuMs, rssMB: Number(rss?.[1] ?? 0) / 1024 };
}

interface RunFigures {
  latencies: Float64Array;
  expected: number;
  received: number;
  crossLatencies: Float64Array;
  serverCpuMs: number;
  rssMaxMB: number[];
  sendMs: number;
}

/** One run: boards created, clients spread round-robin over the processes (so a board's clients are on several), updates paced by the clock. */
async function run(procs: ChildServer[], o: ClusterBenchOptions): Promise<RunFigures> {
  try {
    const figures = await measure(procs, o);
    if (process.env.BENCH_CLUSTER_LOG)
      for (const p of procs) console.error(`--- server ${p.url}:\n${p.output().slice(-3000)}`);
    return figures;
  } catch (err) {
    // what the servers said is the first thing to read when a run fails
    for (const p of procs) console.error(`--- server ${p.url} (exit ${p.proc.exitCode}):\n${p.output().slice(-4000)}`);
    throw err;
  }
}

async function measure(procs: ChildServer[], o: ClusterBenchOptions): Promise<RunFigures> {
  const perBoard = Math.round(o.connections / o.boards);
  const boards: CreatedBoard[] = await createBoards(procs[0]?.url ?? '', o.boards);
  const clients: Array<Client & { proc: number }> = [];
  try {
    for (let i = 0; i < boards.length * perBoard; i += 100) {
      const wave: Array<Client & { proc: number }> = [];
      for (let j = i; j < Math.min(i + 100, boards.length * perBoard); j++) {
        const board = boards[Math.floor(j / perBoard)] as CreatedBoard;
        const proc = j % procs.length;
        wave.push({ ...connect(procs[proc]?.wsBase ?? '', board.id, board.tokens.editor), proc });
      }
      clients.push(...wave);
      await Promise.all(wave.map((c) => synced(c, 60_000)));
    }
    const own = clients.map((c, i) => [...collection(c.doc, 'items').keys()].sort()[i % perBoard] ?? '');
    const total = Math.round(o.rate * o.seconds);
    const warm = Math.round(o.rate * o.warmupSeconds);
    const latencies = new Float64Array(total * (perBoard - 1));
    const cross = new Float64Array(total * (perBoard - 1));
    let received = 0;
    let crossed = 0;
    clients.forEach((c) => {
      collection(c.doc, 'items').observeDeep((events, txn) => {
        if (txn.local) return;
        const at = now();
        for (const ev of events) {
          if (!(ev instanceof Y.YMapEvent) || !ev.keysChanged.has('title')) continue;
          const m = /^t (\d+) ([\d.]+)$/.exec(String(ev.target.get('title')));
          if (!m) continue;
          const ms = at - Number(m[2]);
          if (received < latencies.length) latencies[received] = ms;
          received++;
          if (Number(m[1]) !== c.proc && crossed < cross.length) cross[crossed++] = ms;
        }
      });
    });
    const before = procs.map((p) => usage(p.proc.pid ?? 0));
    const rssMax = before.map((u) => u.rssMB);
    const sampler = setInterval(() => {
      procs.forEach((p, i) => {
        rssMax[i] = Math.max(rssMax[i] ?? 0, usage(p.proc.pid ?? 0).rssMB);
      });
    }, 250);
    let sent = 0;
    let measuredFrom = 0;
    let cpuAtWarm = before;
    const all = warm + total;
    const startAt = performance.now();
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const due = Math.min(all, Math.floor(((performance.now() - startAt) / 1000) * o.rate));
        for (; sent < due; sent++) {
          if (sent === warm) {
            measuredFrom = performance.now();
            cpuAtWarm = procs.map((p) => usage(p.proc.pid ?? 0));
          }
          const idx = (sent % o.boards) * perBoard + (Math.floor(sent / o.boards) % perBoard);
          const client = clients[idx] as Client & { proc: number };
          const stamp = sent < warm ? `w ${sent}` : `t ${client.proc} ${now().toFixed(3)}`;
          updateItem(client.doc, own[idx] as string, { title: stamp });
        }
        if (sent >= all) {
          clearInterval(timer);
          resolve();
        }
      }, 2);
    });
    const sendMs = performance.now() - measuredFrom;
    const expected = total * (perBoard - 1);
    const deadline = performance.now() + 10_000;
    while (received < expected && performance.now() < deadline) await sleep(10);
    clearInterval(sampler);
    const after = procs.map((p) => usage(p.proc.pid ?? 0));
    const serverCpuMs = after.reduce((sum, u, i) => sum + u.cpuMs - (cpuAtWarm[i]?.cpuMs ?? 0), 0);
    return {
      latencies: latencies.slice(0, Math.min(received, latencies.length)).sort(),
      crossLatencies: cross.slice(0, crossed).sort(),
      expected,
      received,
      serverCpuMs,
      rssMaxMB: rssMax,
      sendMs,
    };
  } finally {
    destroyAll(clients);
  }
}

async function stop(procs: ChildServer[]): Promise<void> {
  await Promise.all(
    procs.map(
      (p) =>
        new Promise<void>((resolve) => {
          if (p.proc.exitCode !== null) return resolve();
          p.proc.once('exit', () => resolve());
          p.proc.kill('SIGTERM');
        }),
    ),
  );
}

export async function clusterBench(o: ClusterBenchOptions): Promise<Result[]> {
  const label = `${o.connections} conns / ${o.boards} boards, ${o.rate} upd/s`;
  const dataDir = mkdtempSync(join(tmpdir(), 'planroom-bench-cluster-'));
  const schema = `planroom_bench_${randomBytes(5).toString('hex')}`;
  const results: Result[] = [];
  let single: RunFigures;
  let cluster: RunFigures;
  try {
    // single process, SQLite (synchronous=FULL, the default)
    let procs = [await start({ PLANROOM_DATA_DIR: join(dataDir, 'sqlite') })];
    try {
      single = await run(procs, o);
    } finally {
      await stop(procs);
    }
    const env = {
      PLANROOM_DATA_DIR: join(dataDir, 'cluster'),
      PLANROOM_DATABASE_URL: DATABASE_URL,
      PLANROOM_DATABASE_SCHEMA: schema,
      PLANROOM_REDIS_URL: REDIS_URL,
      PLANROOM_REDIS_PREFIX: `${schema}:`,
    };
    procs = [await start(env)];
    procs.push(...(await Promise.all(Array.from({ length: o.processes - 1 }, () => start(env)))));
    try {
      cluster = await run(procs, o);
    } finally {
      await stop(procs);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    const client = new pg.Client(DATABASE_URL);
    await client.connect().then(
      () => client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`),
      () => undefined,
    );
    await client.end().catch(() => undefined);
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const keys = await redis.keys(`${schema}:*`).catch(() => []);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }
  const perUpdate = (f: RunFigures) => (f.serverCpuMs * 1000) / Math.max(1, f.received);
  const note = (f: RunFigures) =>
    `deliveries ${f.received}/${f.expected}; server CPU ${(f.serverCpuMs / 1000).toFixed(1)} s over ${(f.sendMs / 1000).toFixed(1)} s; RSS max ${f.rssMaxMB.map((r) => r.toFixed(0)).join('/')} MB`;
  results.push(
    {
      name: `cluster x${o.processes}: cross-process delivery p99 (${label})`,
      value: quantile(cluster.crossLatencies, 0.99),
      unit: 'ms',
      target: atMost(20),
      note: `p50 ${quantile(cluster.crossLatencies, 0.5).toFixed(1)} ms; all deliveries p99 ${quantile(cluster.latencies, 0.99).toFixed(1)} ms; ${note(cluster)}`,
    },
    {
      name: `cluster x${o.processes}: RSS per process, max`,
      value: Math.max(...cluster.rssMaxMB),
      unit: 'MB',
      target: atMost(256),
    },
    {
      name: `cluster x${o.processes}: server CPU per delivered update`,
      value: perUpdate(cluster),
      unit: 'µs',
      target: atMost(1.5 * perUpdate(single)),
      note: `target: 1.5x single-process SQLite in the same run (${perUpdate(single).toFixed(0)} µs)`,
    },
    {
      name: 'single SQLite process: delivery p99 (same clients)',
      value: quantile(single.latencies, 0.99),
      unit: 'ms',
      target: null,
      note: note(single),
    },
    {
      name: 'single SQLite process: server CPU per delivered update',
      value: perUpdate(single),
      unit: 'µs',
      target: null,
    },
  );
  return results;
}
