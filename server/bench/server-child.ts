/**
 * The server under test in its own process, so the benchmark's clients do not share its
 * event loop or CPU core. Driven over the IPC channel by `child.ts`.
 */
import { rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startPlanroom } from '../src/app.js';
import type { Logger } from '../src/log.js';
import { Rate } from '../src/rooms/limits.js';
import { BENCH_SECRET } from './child.js';

export type ChildRequest = { id: number } & ({ cmd: 'seqs'; boards: string[] } | { cmd: 'stats' } | { cmd: 'close' });

/** Counters read from inside the server: what clients cannot see. */
export interface ChildStats {
  commits: number;
  entries: number;
  commitMs: number;
  /** Longest single commit: an fsync or WAL checkpoint stall blocks the whole event loop. */
  commitMaxMs: number;
  /** Commits over 5 ms. */
  slowCommits: number;
  /** Server event loop stall since the previous `stats` call. */
  loopP99Ms: number;
  loopMaxMs: number;
  cpuUserMs: number;
  cpuSystemMs: number;
  warnings: number;
  /** Longest `rooms.open` of a board not yet loaded: the SQLite read (the decode comes later). */
  openMaxMs: number;
  /** Longest decode of a board into its Y.Doc (replay of snapshot and tail), after its open. */
  decodeMaxMs: number;
  /** Resident memory now, and the most seen (sampled every 250 ms) since the start. */
  rssMB: number;
  rssMaxMB: number;
  /** Presence and workshop frames a per-connection Rate dropped (or refused) since the start. */
  rateDrops: number;
}

const dataDir = process.env.BENCH_DATA_DIR;
if (!dataDir || !process.send) throw new Error('run through bench/child.ts');
const send = process.send.bind(process);

let warnings = 0;
// Warnings (e.g. a slow reader dropped) would skew figures silently: count them, show a few.
const log: Logger = {
  info() {},
  warn: (m) => {
    if (warnings++ < 5) console.error(`[server] warn: ${m}`);
  },
  error: (m) => {
    if (warnings++ < 5) console.error(`[server] error: ${m}`);
  },
};

// `BENCH_SYNCHRONOUS=normal` is for investigation only: the reported figures are durable (FULL).
const synchronous = process.env.BENCH_SYNCHRONOUS === 'normal' ? 'normal' : 'full';
const app = await startPlanroom({ port: 0, dataDir, secret: BENCH_SECRET, log, synchronous });

// Rooms holds this same store object, so wrapping the method sees every group commit.
const stats = { commits: 0, entries: 0, commitMs: 0, commitMaxMs: 0, slowCommits: 0 };
const appendBatch = app.store.appendBatch.bind(app.store);
app.store.appendBatch = (entries) => {
  const t0 = performance.now();
  // from hand-over to the answer: the commit on the store's thread plus the trip there and back
  return appendBatch(entries).finally(() => {
    const ms = performance.now() - t0;
    stats.commitMs += ms;
    stats.commitMaxMs = Math.max(stats.commitMaxMs, ms);
    if (ms > 5) stats.slowCommits++;
    stats.commits++;
    stats.entries += entries.length;
  });
};

// Every Rate (a connection's presence and workshop requests) is counted: a frame dropped is
// one the others never see, which clients can only infer from gaps.
let rateDrops = 0;
const take = Rate.prototype.take;
Rate.prototype.take = function (this: Rate, now?: number) {
  const verdict = take.call(this, now);
  if (verdict !== 'ok') rateDrops++;
  return verdict;
};

let rssMaxMB = 0;
const sampleRss = () => {
  rssMaxMB = Math.max(rssMaxMB, process.memoryUsage().rss / 2 ** 20);
};
setInterval(sampleRss, 250).unref();

let openMaxMs = 0;
const open = app.rooms.open.bind(app.rooms);
app.rooms.open = async (id) => {
  if (app.rooms.loaded(id)) return open(id);
  const t0 = performance.now();
  const room = await open(id);
  openMaxMs = Math.max(openMaxMs, performance.now() - t0);
  return room;
};

/** The monitor reports timer intervals; lateness beyond this is the stall. */
const LOOP_RESOLUTION_MS = 2;
const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
loop.enable();

process.on('message', async (msg: ChildRequest) => {
  if (msg.cmd === 'seqs') {
    // lastSeq counts every committed update, even those compaction already folded away
    const value = msg.boards.reduce((sum, id) => sum + (app.rooms.loaded(id)?.lastSeq ?? 0), 0);
    send({ id: msg.id, value });
  } else if (msg.cmd === 'stats') {
    const cpu = process.cpuUsage();
    const value: ChildStats = {
      ...stats,
      cpuUserMs: cpu.user / 1000,
      cpuSystemMs: cpu.system / 1000,
      warnings,
      openMaxMs,
      decodeMaxMs: app.rooms.decodeMaxMs,
      rssMB: process.memoryUsage().rss / 2 ** 20,
      rssMaxMB,
      rateDrops,
      loopP99Ms: loop.percentile(99) / 1e6 - LOOP_RESOLUTION_MS,
      loopMaxMs: loop.max / 1e6 - LOOP_RESOLUTION_MS,
    };
    loop.reset();
    stats.commitMaxMs = 0;
    send({ id: msg.id, value });
  } else if (msg.cmd === 'close') {
    await app.close();
    if (!process.env.BENCH_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
    send({ id: msg.id, value: null }, () => process.exit(0));
  }
});

send({ ready: app.url });
