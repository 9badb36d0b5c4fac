import { collection, createItem } from '@planroom/shared';
import type * as Y from 'yjs';
import { spawnBenchServer } from './child.js';
import { type Client, connectAll, createBoards, destroyAll } from './clients.js';
import { probeHealth } from './health.js';
import { quantile, type Result } from './report.js';

export interface BigUpdatesOptions {
  writers: number;
  /** Bytes of notes in each record. */
  recordBytes: number;
  everyMs: number;
  seconds: number;
}

const now = () => performance.timeOrigin + performance.now();

/** The observer records, for each new item titled `t <stamp>`, how long it took to arrive. */
function observe(client: Client, record: (ms: number) => void): void {
  collection(client.doc, 'items').observe((event, txn) => {
    if (txn.local) return;
    const at = now();
    for (const [key, change] of event.changes.keys) {
      if (change.action !== 'add') continue;
      const title = String((event.target.get(key) as Y.Map<unknown> | undefined)?.get('title') ?? '');
      if (title.startsWith('t ')) record(at - Number(title.slice(2)));
    }
  });
}

/**
 * Big records: each writer adds an item with `recordBytes` of notes every `everyMs`, an
 * observer on the same board records arrival, and `/health` is asked every 20 ms. Shows
 * what large updates cost everyone else: commits, compaction and broadcast on the
 * server's event loop.
 */
export async function bigUpdatesBench(o: BigUpdatesOptions): Promise<Result[]> {
  const server = await spawnBenchServer('big-updates');
  let clients: Client[] = [];
  try {
    const [board] = await createBoards(server.url, 1);
    if (!board) throw new Error('no board');
    clients = await connectAll(server.wsBase, [board], o.writers + 1);
    const [observer, ...writers] = clients as [Client, ...Client[]];
    const latencies: number[] = [];
    observe(observer, (ms) => latencies.push(ms));
    const notes = 'n'.repeat(o.recordBytes);
    const server0 = await server.stats();
    const health = probeHealth(server.url);
    let sent = 0;
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        for (const w of writers) {
          createItem(w.doc, { title: `t ${now().toFixed(3)}`, start: '2026-03-02', notes });
          sent++;
        }
        if (performance.now() - start > o.seconds * 1000) {
          clearInterval(timer);
          resolve();
        }
      }, o.everyMs);
    });
    const deadline = performance.now() + 30_000;
    while (latencies.length < sent && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const { sorted: healthMs, failures } = await health.stop();
    const stats = await server.stats();
    const sorted = Float64Array.from(latencies).sort();
    const mb = (sent * o.recordBytes) / 1e6;
    const label = `${o.writers} writers x ${o.recordBytes / 1024} KiB every ${o.everyMs} ms, ${o.seconds} s`;
    const env =
      `${sent} records (${mb.toFixed(0)} MB), ${latencies.length} seen; server loop stall p99/max ` +
      `${stats.loopP99Ms.toFixed(1)}/${stats.loopMaxMs.toFixed(0)} ms; longest commit ${stats.commitMaxMs.toFixed(0)} ms, ` +
      `${stats.slowCommits - server0.slowCommits} commits over 5 ms; server CPU ` +
      `${((stats.cpuUserMs + stats.cpuSystemMs - server0.cpuUserMs - server0.cpuSystemMs) / 1000).toFixed(1)} s`;
    return [
      { name: `big updates: observer p50 (${label})`, value: quantile(sorted, 0.5), unit: 'ms', target: null },
      { name: 'big updates: observer p99', value: quantile(sorted, 0.99), unit: 'ms', target: null, note: env },
      { name: 'big updates: observer max', value: sorted.at(-1) ?? Number.NaN, unit: 'ms', target: null },
      { name: 'big updates: /health p50', value: quantile(healthMs, 0.5), unit: 'ms', target: null },
      {
        name: 'big updates: /health p99',
        value: quantile(healthMs, 0.99),
        unit: 'ms',
        target: { op: '<=', value: 20 },
        note: `${healthMs.length} probes, ${failures} failed`,
      },
      {
        name: 'big updates: /health max',
        value: healthMs.at(-1) ?? Number.NaN,
        unit: 'ms',
        target: { op: '<=', value: 100 },
      },
    ];
  } finally {
    destroyAll(clients);
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.setMaxListeners(0);
  const { printTable } = await import('./report.js');
  const seconds = Number(process.env.BIG_SECONDS ?? 35);
  printTable(await bigUpdatesBench({ writers: 2, recordBytes: 64 * 1024, everyMs: 40, seconds }));
}
