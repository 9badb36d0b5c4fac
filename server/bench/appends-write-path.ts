import { spawnBenchServer } from './child.js';
import { type Client, connectAll, createBoards, destroyAll } from './clients.js';
import { atLeast, type Result } from './report.js';

export interface WritePathOptions {
  /** One editor and one watching peer per board. */
  boards: number;
  /** Updates an editor may have sent but not yet seen echoed by its peer. */
  window: number;
  seconds: number;
  warmupSeconds: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Durable appends through the whole write path: editors send small updates (one Y.Map
 * value each) as fast as the server commits them. A peer on the same board sees an update
 * only after it is stored, so its arrival is the acknowledgement that frees the window;
 * the figure is the server's own count of committed updates over the measured window.
 */
export async function writePathBench(o: WritePathOptions): Promise<Result[]> {
  const server = await spawnBenchServer('appends');
  let clients: Client[] = [];
  try {
    const boards = await createBoards(server.url, o.boards);
    clients = await connectAll(server.wsBase, boards, 2);
    const ids = boards.map((b) => b.id);
    const inFlight = new Array<number>(o.boards).fill(0);
    let running = true;
    let n = 0;
    const pump = (b: number) => {
      const editor = clients[b * 2] as Client;
      // one set = one transaction = one y-websocket update frame
      for (; running && (inFlight[b] ?? 0) < o.window; inFlight[b] = (inFlight[b] ?? 0) + 1) {
        editor.doc.getMap('bench').set('n', n++);
      }
    };
    boards.forEach((_, b) => {
      (clients[b * 2 + 1] as Client).doc.on('update', () => {
        inFlight[b] = (inFlight[b] ?? 0) - 1;
        pump(b);
      });
      pump(b);
    });
    await sleep(o.warmupSeconds * 1000);
    const seq0 = await server.seqs(ids);
    const stats0 = await server.stats();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await sleep(o.seconds * 1000);
    const seq1 = await server.seqs(ids);
    const elapsed = (performance.now() - t0) / 1000;
    const stats1 = await server.stats();
    const cpu = process.cpuUsage(cpu0);
    running = false;

    const commits = stats1.commits - stats0.commits;
    const entries = stats1.entries - stats0.entries;
    const serverCpu = (stats1.cpuUserMs + stats1.cpuSystemMs - stats0.cpuUserMs - stats0.cpuSystemMs) / 10 / elapsed;
    const clientCpu = (cpu.user + cpu.system) / 1000 / 10 / elapsed;
    const inCommit = (stats1.commitMs - stats0.commitMs) / 10 / elapsed;
    return [
      {
        name: `durable appends, write path (${o.boards} editors, window ${o.window})`,
        value: (seq1 - seq0) / elapsed,
        unit: 'upd/s',
        target: atLeast(5000),
        note:
          `${commits} commits of ${(entries / Math.max(1, commits)).toFixed(1)} avg, ${inCommit.toFixed(0)}% of time in commit; ` +
          `CPU server ${serverCpu.toFixed(0)}% client ${clientCpu.toFixed(0)}%`,
      },
    ];
  } finally {
    destroyAll(clients);
    await server.close();
  }
}
