/**
 * `pnpm soak` (not part of `pnpm test`): a server in a child process takes a million
 * hostile frames of every kind, then each flood of the flood tests, then seeded
 * convergence sessions of stock clients, all over loopback. Prints crashes (must be 0),
 * `/health` latency while it runs, the server's memory, and divergences.
 * Flags: `--frames N` (1,000,000), `--sessions N` (200), `--workers N` (24), `--flood-seconds N`
 * (10: each flood is repeated, from a new socket each time, for this long), `--flood K` (run only
 * the K-th flood, from 1; 0 runs them all).
 */
import { createItem, readBoard } from '@planroom/shared';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { FLOODS, flood } from '../test/floods.js';
import { syncStep1Frame } from '../test/frames.js';
import { connectSynced, createBoardHttp, rawSocket, waitFor } from '../test/helpers.js';
import { runSessions } from '../test/sessions.js';
import { type BenchServer, spawnBenchServer } from './child.js';
import { probeHealth, summary } from './health.js';
import { bigFrames, hostilePool } from './soak-frames.js';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
};
const FRAMES = flag('frames', 1_000_000);
const SESSIONS = flag('sessions', 200);
const WORKERS = flag('workers', 24);
const FLOOD_SECONDS = flag('flood-seconds', 10);
const ONLY_FLOOD = flag('flood', 0);
/** Bounds the whole run whatever happens. */
const WATCHDOG_MS = 90 * 60_000;

process.setMaxListeners(0);

/** One socket that sends a frame, then a probe, and waits for the probe's answer or the close. */
async function hostileWorker(url: string, frames: Array<Uint8Array | string>, big: Uint8Array[], stats: Counts) {
  const probe = syncStep1Frame(new Y.Doc());
  const open = () =>
    new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.once('open', () => resolve(ws));
      ws.once('error', reject);
    });
  let ws = await open();
  for (let i = stats.next++; i < FRAMES; i = stats.next++) {
    const frame = i % 5000 === 4999 ? (big[((i / 5000) % big.length) | 0] as Uint8Array) : frames[i % frames.length];
    const current = ws;
    let onMessage: (data: Buffer) => void = () => {};
    let onClose: (code: number) => void = () => {};
    const outcome = await new Promise<number | 'alive'>((resolve) => {
      onMessage = (data) => {
        if (data[0] === 0 && data[1] === 1) resolve('alive');
      };
      onClose = (code) => resolve(code);
      current.on('message', onMessage);
      current.on('close', onClose);
      current.send(frame as Uint8Array | string);
      current.send(probe);
    });
    current.off('message', onMessage);
    current.off('close', onClose);
    stats.sent++;
    if (outcome === 'alive') continue;
    stats.codes.set(outcome, (stats.codes.get(outcome) ?? 0) + 1);
    ws = await open();
  }
  ws.close();
}

interface Counts {
  next: number;
  sent: number;
  codes: Map<number, number>;
}

async function hostilePhase(server: BenchServer): Promise<string> {
  const board = await createBoardHttp(server.url, { template: 'empty' });
  const pool = hostilePool(7, 20_000);
  const big = bigFrames();
  const stats: Counts = { next: 0, sent: 0, codes: new Map() };
  const health = probeHealth(server.url);
  const started = performance.now();
  const progress = setInterval(() => {
    const rate = stats.sent / ((performance.now() - started) / 1000);
    console.log(`  ${stats.sent.toLocaleString('en-US')} frames (${rate.toFixed(0)}/s)`);
  }, 30_000);
  await Promise.all(
    Array.from({ length: WORKERS }, (_, w) => {
      const token = w % 4 === 3 ? board.tokens.viewer : board.tokens.editor;
      return hostileWorker(`${server.wsBase}/${board.id}?token=${token}`, pool, big, stats);
    }),
  );
  clearInterval(progress);
  const { sorted } = await health.stop();
  const seconds = (performance.now() - started) / 1000;
  const codes = [...stats.codes].sort((a, b) => a[0] - b[0]).map(([c, n]) => `${c}: ${n.toLocaleString('en-US')}`);
  return (
    `${stats.sent.toLocaleString('en-US')} hostile frames in ${seconds.toFixed(0)} s over ${WORKERS} sockets ` +
    `(closes by code ${codes.join(', ')}); /health ${summary(sorted)}`
  );
}

async function floodPhase(server: BenchServer): Promise<string[]> {
  const lines: string[] = [];
  for (const f of ONLY_FLOOD ? FLOODS.slice(ONLY_FLOOD - 1, ONLY_FLOOD) : FLOODS) {
    const board = await createBoardHttp(server.url, { template: 'empty' });
    const writer = await connectSynced(server.wsBase, board.id, board.tokens.editor);
    const watcher = await connectSynced(server.wsBase, board.id, board.tokens.editor);
    const frames = [...f.frames()]; // built before the clock starts
    const before = await server.stats(); // also resets the loop-delay histogram
    const health = probeHealth(server.url, 5);
    const codes = new Map<number, number>();
    const started = performance.now();
    const id = createItem(writer.doc, { title: 'during the flood', start: '2026-03-02' });
    let rounds = 0;
    while (performance.now() - started < FLOOD_SECONDS * 1000) {
      const sock = await rawSocket(server.wsBase, board.id, board.tokens[f.role]);
      const code = await flood(sock, frames);
      codes.set(code, (codes.get(code) ?? 0) + 1);
      rounds++;
    }
    const { sorted } = await health.stop();
    const after = await server.stats();
    const cpuMs = after.cpuUserMs + after.cpuSystemMs - before.cpuUserMs - before.cpuSystemMs;
    const arrived = await waitFor(() => readBoard(watcher.doc).items.has(id), 10_000, 'the bystander edit')
      .then(() => 'bystander edit arrived')
      .catch(() => 'BYSTANDER EDIT LOST');
    const closes = [...codes].map(([c, n]) => `${n} x ${c}`).join(', ');
    lines.push(
      `${f.name}: ${rounds} floods in ${FLOOD_SECONDS} s, closed ${closes}, ${arrived}; /health ${summary(sorted)}; ` +
        `server event-loop stall p99 ${after.loopP99Ms.toFixed(1)} ms, max ${after.loopMaxMs.toFixed(1)} ms, ` +
        `CPU ${(cpuMs / rounds).toFixed(1)} ms a flood`,
    );
    writer.destroy();
    watcher.destroy();
  }
  return lines;
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error('soak: still running after the watchdog limit; giving up');
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();
  const server = await spawnBenchServer('soak');
  const out: string[] = [];
  let failed = false;
  try {
    console.log(`soak: ${FRAMES.toLocaleString('en-US')} hostile frames, the floods, ${SESSIONS} sessions`);
    out.push(await hostilePhase(server));
    console.log(`  ${out.at(-1)}`);
    out.push(...(await floodPhase(server)));
    const seeds = Array.from({ length: SESSIONS }, (_, i) => 50_000 + i);
    const { diverged } = await runSessions({ url: server.url, wsBase: server.wsBase }, seeds, 6);
    out.push(`convergence: ${SESSIONS} seeded sessions, ${diverged.length} diverged`);
    for (const d of diverged.slice(0, 5)) out.push(`  seed ${d.seed}: ${d.divergence.slice(0, 300)}`);
    failed = diverged.length > 0;
  } catch (err) {
    failed = true;
    out.push(`soak stopped: ${(err as Error).message}`);
  }
  const crashed = server.exitCode() !== undefined;
  const stats = crashed ? null : await server.stats();
  out.push(`crashes: ${crashed ? `1 (server exited with ${server.exitCode()})` : 0}`);
  if (stats) {
    out.push(`server RSS ${stats.rssMB.toFixed(0)} MB now, ${stats.rssMaxMB.toFixed(0)} MB at most`);
    out.push(`server warnings and errors logged: ${stats.warnings} (the log is rate-limited)`);
  }
  console.log(`\n${out.join('\n')}`);
  if (!crashed) await server.close();
  process.exitCode = crashed || failed ? 1 : 0;
}

await main();
