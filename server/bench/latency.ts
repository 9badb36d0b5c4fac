import { monitorEventLoopDelay } from 'node:perf_hooks';
import { collection, updateItem } from '@planroom/shared';
import * as Y from 'yjs';
import { spawnBenchServer } from './child.js';
import { type Client, connectAll, createBoards, destroyAll } from './clients.js';
import { atMost, quantile, type Result } from './report.js';

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

/**
 * Sync delivery latency: editors on every board rename their own item at a fixed total rate
 * with the send time in the title; every other client on the board records the time of
 * arrival. Server in a child process, all clients in this one (stock WebsocketProvider).
 */
export async function latencyBench(o: LatencyOptions): Promise<Result[]> {
  const conns = o.boards * o.perBoard;
  const label = `${conns} conns / ${o.boards} boards`;
  const server = await spawnBenchServer(`latency-${conns}`);
  let clients: Client[] = [];
  try {
    const setup = performance.now();
    const boards = await createBoards(server.url, o.boards);
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

    const sorted = latencies.slice(0, Math.min(received, latencies.length)).sort();
    const clientCpu = ((cpu.user + cpu.system) / 1000 / sendMs) * 100;
    const serverCpu =
      ((server1.cpuUserMs + server1.cpuSystemMs - server0.cpuUserMs - server0.cpuSystemMs) / sendMs) * 100;
    const batch = (server1.entries - server0.entries) / Math.max(1, server1.commits - server0.commits);
    const env =
      `setup ${(setupMs / 1000).toFixed(1)} s; CPU server ${serverCpu.toFixed(0)}% client ${clientCpu.toFixed(0)}%; ` +
      `loop stall p99/max: client ${(loopDelay.percentile(99) / 1e6 - LOOP_RESOLUTION_MS).toFixed(1)}/${(loopDelay.max / 1e6 - LOOP_RESOLUTION_MS).toFixed(0)} ms, ` +
      `server ${server1.loopP99Ms.toFixed(1)}/${server1.loopMaxMs.toFixed(0)} ms`;
    const name = (what: string) => `sync ${what} (${label}, ${o.rate} upd/s)`;
    const target = o.p99Target === undefined ? null : atMost(o.p99Target);
    return [
      { name: name('latency p50'), value: quantile(sorted, 0.5), unit: 'ms', target: null },
      { name: name('latency p99'), value: quantile(sorted, 0.99), unit: 'ms', target, note: env },
      { name: name('latency max'), value: sorted.at(-1) ?? Number.NaN, unit: 'ms', target: null },
      {
        name: name('deliveries'),
        value: received,
        unit: 'msgs',
        target: null,
        note: `expected ${expected} over ${(sendMs / 1000).toFixed(1)} s; avg commit batch ${batch.toFixed(1)}, longest commit ${server1.commitMaxMs.toFixed(1)} ms, ${server1.slowCommits - server0.slowCommits} over 5 ms; server warnings ${server1.warnings}`,
      },
    ];
  } finally {
    destroyAll(clients);
    await server.close();
  }
}
