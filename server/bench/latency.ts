import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  boardFromJson,
  type CreatedBoard,
  collection,
  localIsoDate,
  templateBoard,
  updateItem,
} from '@planroom/shared';
import * as Y from 'yjs';
import { type BenchServer, type ServerKind, spawnBenchServer } from './child.js';
import { type Client, connectAll, createBoards, destroyAll } from './clients.js';
import { atMost, quantile, type Result } from './report.js';
import type { ChildStats } from './server-child.js';

export interface LatencyOptions {
  boards: number;
  perBoard: number;
  /** Updates per second, summed over all boards. */
  rate: number;
  seconds: number;
  /** Sent at the same rate first and not recorded, so JIT and socket warm-up do not count. */
  warmupSeconds: number;
  /** Target p99 in ms, when this size has one. */
  p99Target?: number;
}

/** The monitor reports timer intervals; minus this, what is left is the stall. */
const LOOP_RESOLUTION_MS = 2;
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every client watches the items map; a remote title `t <stamp>` is one delivery. */
function listen(client: Client, record: (ms: number) => void): void {
  collection(client.doc, 'items').observeDeep((events, txn) => {
    if (txn.local) return;
    const at = now();
    for (const ev of events) {
      if (!(ev instanceof Y.YMapEvent) || !ev.keysChanged.has('title')) continue;
      const title = String(ev.target.get('title'));
      if (title.startsWith('t ')) record(at - Number(title.slice(2)));
    }
  });
}

/** What one server did under the load. */
interface Run {
  sorted: Float64Array;
  received: number;
  expected: number;
  sendMs: number;
  setupMs: number;
  serverCpuMs: number;
  clientCpu: number;
  clientLoop: { p99: number; max: number };
  server0: ChildStats;
  server1: ChildStats;
}

/** The same boards on the reference server: ids of our own, each seeded with the template's content. */
async function referenceBoards(server: BenchServer, count: number): Promise<CreatedBoard[]> {
  const built = boardFromJson(templateBoard('it-portfolio', localIsoDate(new Date())));
  if (!built.ok) throw new Error('the template does not build');
  const update = Y.encodeStateAsUpdate(built.doc);
  built.doc.destroy();
  const ids = Array.from({ length: count }, (_, i) => `ref-board-${i}`);
  await server.seed(ids, update);
  const none = { owner: '', editor: '', viewer: '' };
  return ids.map((id) => ({ id, name: id, tokens: none, links: none }));
}

/** Connects, sends the load, waits for the deliveries: the same for either server. */
async function drive(server: BenchServer, kind: ServerKind, o: LatencyOptions): Promise<Run> {
  let clients: Client[] = [];
  try {
    const setup = performance.now();
    const boards =
      kind === 'reference' ? await referenceBoards(server, o.boards) : await createBoards(server.url, o.boards);
    clients = await connectAll(server.wsBase, boards, o.perBoard);
    const setupMs = performance.now() - setup;
    // client k of a board owns the k-th item (same order on every client): no write conflicts
    const own = clients.map((c, i) => [...collection(c.doc, 'items').keys()].sort()[i % o.perBoard] ?? '');
    const total = Math.round(o.rate * o.seconds);
    const warm = Math.round(o.rate * o.warmupSeconds);
    const latencies = new Float64Array(total * (o.perBoard - 1));
    let received = 0;
    for (const c of clients)
      listen(c, (ms) => {
        if (received < latencies.length) latencies[received] = ms;
        received++;
      });

    const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    const cpu0 = process.cpuUsage();
    const server0 = await server.stats();
    let sent = 0;
    const start = performance.now();
    const all = warm + total;
    await new Promise<void>((resolve) => {
      // Paced by the clock, not the timer: a late tick sends what is due, so the rate holds.
      const timer = setInterval(() => {
        const due = Math.min(all, Math.floor(((performance.now() - start) / 1000) * o.rate));
        for (; sent < due; sent++) {
          if (sent === warm) loopDelay.enable();
          // spread consecutive updates over boards, then over editors within a board
          const idx = (sent % o.boards) * o.perBoard + (Math.floor(sent / o.boards) % o.perBoard);
          const client = clients[idx] as Client;
          const stamp = sent < warm ? `w ${sent}` : `t ${now().toFixed(3)}`;
          updateItem(client.doc, own[idx] as string, { title: stamp });
        }
        if (sent >= all) {
          clearInterval(timer);
          resolve();
        }
      }, 2);
    });
    const sendMs = performance.now() - start;
    const expected = total * (o.perBoard - 1);
    const drainDeadline = performance.now() + 5000;
    while (received < expected && performance.now() < drainDeadline) await sleep(10);
    loopDelay.disable();
    const cpu = process.cpuUsage(cpu0);
    const server1 = await server.stats();
    return {
      sorted: latencies.slice(0, Math.min(received, latencies.length)).sort(),
      received,
      expected,
      sendMs,
      setupMs,
      serverCpuMs: server1.cpuUserMs + server1.cpuSystemMs - server0.cpuUserMs - server0.cpuSystemMs,
      clientCpu: ((cpu.user + cpu.system) / 1000 / sendMs) * 100,
      clientLoop: {
        p99: loopDelay.percentile(99) / 1e6 - LOOP_RESOLUTION_MS,
        max: loopDelay.max / 1e6 - LOOP_RESOLUTION_MS,
      },
      server0,
      server1,
    };
  } finally {
    destroyAll(clients);
  }
}

async function measure(kind: ServerKind, conns: number, o: LatencyOptions): Promise<Run> {
  const server = await spawnBenchServer(`latency-${kind === 'reference' ? 'ref-' : ''}${conns}`, undefined, kind);
  try {
    return await drive(server, kind, o);
  } finally {
    await server.close();
  }
}

/**
 * Sync delivery latency: editors on every board rename their own item at a fixed total rate
 * with the send time in the title; every other client on the board records the time of
 * arrival. Server in a child process, all clients in this one (stock WebsocketProvider).
 * Planroom first, then the reference y-websocket@1 server under the same load (`reference`
 * false skips it), reported side by side with the ratios.
 */
export async function latencyBench(o: LatencyOptions, reference = true): Promise<Result[]> {
  const conns = o.boards * o.perBoard;
  const label = `${conns} conns / ${o.boards} boards`;
  const ours = await measure('planroom', conns, o);
  const ref = reference ? await measure('reference', conns, o) : null;
  const cpuPct = (r: Run) => (r.serverCpuMs / r.sendMs) * 100;
  const env = (r: Run) =>
    `setup ${(r.setupMs / 1000).toFixed(1)} s; CPU server ${cpuPct(r).toFixed(0)}% client ${r.clientCpu.toFixed(0)}%; ` +
    `loop stall p99/max: client ${r.clientLoop.p99.toFixed(1)}/${r.clientLoop.max.toFixed(0)} ms, ` +
    `server ${r.server1.loopP99Ms.toFixed(1)}/${r.server1.loopMaxMs.toFixed(0)} ms`;
  const name = (what: string) => `sync ${what} (${label}, ${o.rate} upd/s)`;
  const target = o.p99Target === undefined ? null : atMost(o.p99Target);
  const s0 = ours.server0;
  const s1 = ours.server1;
  const batch = (s1.entries - s0.entries) / Math.max(1, s1.commits - s0.commits);
  const results: Result[] = [
    { name: name('latency p50'), value: quantile(ours.sorted, 0.5), unit: 'ms', target: null },
    { name: name('latency p99'), value: quantile(ours.sorted, 0.99), unit: 'ms', target, note: env(ours) },
    { name: name('latency max'), value: ours.sorted.at(-1) ?? Number.NaN, unit: 'ms', target: null },
    {
      name: name('deliveries'),
      value: ours.received,
      unit: 'msgs',
      target: null,
      note: `expected ${ours.expected} over ${(ours.sendMs / 1000).toFixed(1)} s; avg commit batch ${batch.toFixed(1)}, longest commit ${s1.commitMaxMs.toFixed(1)} ms, ${s1.slowCommits - s0.slowCommits} over 5 ms; server warnings ${s1.warnings}`,
    },
    {
      name: name('server CPU'),
      value: cpuPct(ours),
      unit: '%',
      target: null,
      note: `${((ours.serverCpuMs / Math.max(1, ours.received / (o.perBoard - 1))) * 1000).toFixed(0)} µs per update sent`,
    },
    {
      name: name('server RSS'),
      value: s1.rssMB,
      unit: 'MB',
      target: null,
      note: `most seen ${s1.rssMaxMB.toFixed(0)} MB`,
    },
  ];
  if (!ref) return results;
  const refName = (what: string) => `reference y-websocket@1: ${what} (${label})`;
  const p99 = quantile(ours.sorted, 0.99);
  const refP99 = quantile(ref.sorted, 0.99);
  const perUpdate = (r: Run) => r.serverCpuMs / Math.max(1, r.received / (o.perBoard - 1));
  results.push(
    { name: refName('latency p50'), value: quantile(ref.sorted, 0.5), unit: 'ms', target: null },
    { name: refName('latency p99'), value: refP99, unit: 'ms', target: null, note: env(ref) },
    {
      name: refName('deliveries'),
      value: ref.received,
      unit: 'msgs',
      target: null,
      note: `expected ${ref.expected} over ${(ref.sendMs / 1000).toFixed(1)} s`,
    },
    {
      name: refName('server CPU'),
      value: cpuPct(ref),
      unit: '%',
      target: null,
      note: `${(perUpdate(ref) * 1000).toFixed(0)} µs per update sent`,
    },
    {
      name: refName('server RSS'),
      value: ref.server1.rssMB,
      unit: 'MB',
      target: null,
      note: `most seen ${ref.server1.rssMaxMB.toFixed(0)} MB`,
    },
    {
      name: `Planroom / reference: p99 (${label})`,
      value: p99 / refP99,
      unit: 'x',
      target: atMost(1),
      note: `p50 ${(quantile(ours.sorted, 0.5) / quantile(ref.sorted, 0.5)).toFixed(2)}x; RSS ${(s1.rssMB / ref.server1.rssMB).toFixed(2)}x`,
    },
    {
      name: `Planroom / reference: CPU per update (${label})`,
      value: perUpdate(ours) / perUpdate(ref),
      unit: 'x',
      target: atMost(1.2),
    },
  );
  return results;
}
