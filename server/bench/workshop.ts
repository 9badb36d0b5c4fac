import { monitorEventLoopDelay } from 'node:perf_hooks';
import { CURSOR_HZ, collection, PRESENCE_COLORS, sendOwnPresenceOnly, updateItem } from '@planroom/shared';
import * as Y from 'yjs';
import { type BenchServer, spawnBenchServer } from './child.js';
import { type Client, connectAll, createBoards, destroyAll } from './clients.js';
import { atMost, quantile, type Result } from './report.js';
import type { ChildStats } from './server-child.js';

export interface WorkshopOptions {
  editors: number;
  /** Updates per second of each editor. */
  editorRate: number;
  /** Clients that only record edit arrivals. */
  observers: number;
  /** Simulated participants moving a cursor at CURSOR_HZ, in the runs with cursors. */
  participants: number;
  /** Participants that also record the arrival of everyone else's cursor. */
  receivers: number;
  seconds: number;
  /** Edits and cursors go at full rate first and are not recorded. */
  warmupSeconds: number;
}

/**
 * How presence is sent: none (run A), each provider sending only its own state as the
 * Planroom client does, or the stock provider sending back every state it receives.
 */
type Presence = 'none' | 'own' | 'stock';

/** The monitor reports timer intervals; minus this, what is left is the stall. */
const LOOP_RESOLUTION_MS = 2;
/** How long after the last send the bench still waits for edits to arrive. */
const DRAIN_MS = 5000;
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A cursor as participants publish it, with the send time the server relays untouched. */
interface StampedCursor {
  mode: 'roadmap';
  day: number;
  row: string;
  fy: number;
  /** `performance.timeOrigin + performance.now()` when it was set. */
  sent: number;
}

interface RunFigures {
  /** Edit delivery latencies at the observers, ascending (ms). */
  edits: Float64Array;
  editsExpected: number;
  /** Cursor delivery latencies at the receivers, ascending (ms). */
  cursors: Float64Array;
  /** Cursor moves the receivers should have seen (everyone's but their own, measured part). */
  cursorsExpected: number;
  /** Cursor moves sent per second, all participants, measured part. */
  moveRate: number;
  serverCpu: number;
  clientCpu: number;
  rateDrops: number;
  /** Socket closes seen by clients, by close code. */
  closes: Map<number, number>;
  /** Presence frames stock providers sent back to the server with states they received (measured part). */
  echoes: number;
  env: string;
}

/** Whole-board state the bench keeps per run, so `finally` can always clean up. */
interface Setup {
  server: BenchServer;
  clients: Client[];
}

function cpuPercent(before: ChildStats, after: ChildStats, ms: number): number {
  return ((after.cpuUserMs + after.cpuSystemMs - before.cpuUserMs - before.cpuSystemMs) / ms) * 100;
}

/**
 * One run: editors and observers on one board of a fresh child server, and with
 * `presence` other than 'none' the participants' cursors too.
 */
async function workshopRun(o: WorkshopOptions, presence: Presence): Promise<RunFigures> {
  const setup: Setup = { server: await spawnBenchServer(`workshop-${presence}`), clients: [] };
  try {
    const [board] = await createBoards(setup.server.url, 1);
    if (!board) throw new Error('no board');
    const writers = o.editors + o.observers;
    const people = presence === 'none' ? 0 : o.participants;
    const closes = new Map<number, number>();
    let echoes = 0;
    setup.clients = await connectAll(setup.server.wsBase, [board], writers + people, 100, (client, i) => {
      if (presence === 'own') sendOwnPresenceOnly(client.provider);
      const who = i < o.editors ? 'Editor' : i < writers ? 'Observer' : 'Participant';
      const color = PRESENCE_COLORS[i % PRESENCE_COLORS.length] ?? PRESENCE_COLORS[0];
      client.provider.awareness.setLocalStateField('user', { name: `${who} ${i + 1}`, color });
      // the stock provider sends a frame for every remote update it applies (when connected)
      client.provider.awareness.on('update', (_changes: unknown, origin: unknown) => {
        if (presence === 'stock' && origin === client.provider && client.provider.wsconnected) echoes++;
      });
      client.provider.on('connection-close', (event: { code: number } | null) => {
        const code = event?.code ?? 0;
        closes.set(code, (closes.get(code) ?? 0) + 1);
      });
    });
    const clients = setup.clients;
    const editors = clients.slice(0, o.editors);
    const observers = clients.slice(o.editors, writers);
    const participants = clients.slice(writers);
    const receivers = participants.slice(0, o.receivers);
    const first = editors[0];
    if (!first) throw new Error('no editors');
    // editor k owns the k-th item (same order on every client): no write conflicts
    const items = [...collection(first.doc, 'items').keys()].sort();
    const lanes = [...collection(first.doc, 'lanes').keys()].sort();
    if (items.length < o.editors || !lanes.length) throw new Error('the template board is too small');

    // Set once the clock is known; nothing sent before counts.
    let measureFrom = Number.POSITIVE_INFINITY;
    const editTotal = Math.round(o.editors * o.editorRate * o.seconds);
    const edits = new Float64Array(editTotal * o.observers);
    let editsReceived = 0;
    for (const c of observers) {
      collection(c.doc, 'items').observeDeep((events, txn) => {
        if (txn.local) return;
        const at = now();
        for (const ev of events) {
          if (!(ev instanceof Y.YMapEvent) || !ev.keysChanged.has('title')) continue;
          const title = String(ev.target.get('title'));
          if (!title.startsWith('t ')) continue;
          if (editsReceived < edits.length) edits[editsReceived] = at - Number(title.slice(2));
          editsReceived++;
        }
      });
    }
    // bounded: a receiver cannot see more than everyone else's moves, with room for a late tick
    const cursorCap = o.receivers * people * CURSOR_HZ * (o.seconds + 1);
    const cursors = new Float64Array(cursorCap);
    let cursorsReceived = 0;
    for (const r of receivers) {
      const { awareness } = r.provider;
      awareness.on('change', ({ added, updated }: { added: number[]; updated: number[] }) => {
        const at = now();
        const states = awareness.getStates();
        for (const id of [...added, ...updated]) {
          if (id === awareness.clientID) continue;
          const sent = (states.get(id)?.cursor as Partial<StampedCursor> | undefined)?.sent;
          if (typeof sent !== 'number' || sent < measureFrom) continue;
          if (cursorsReceived < cursorCap) cursors[cursorsReceived] = at - sent;
          cursorsReceived++;
        }
      });
    }

    const period = 1000 / CURSOR_HZ;
    const warmMs = o.warmupSeconds * 1000;
    const runMs = warmMs + o.seconds * 1000;
    const editRate = o.editors * o.editorRate;
    const editAll = Math.round((editRate * runMs) / 1000);
    const editWarm = editAll - editTotal;
    const movesMeasured = participants.map(() => 0);
    const today = Math.floor(Date.now() / 86_400_000);
    const move = (i: number, step: number) => {
      const p = participants[i] as Client;
      const cursor: StampedCursor = {
        mode: 'roadmap',
        // a pointer drifting back and forth over a few weeks, across a few lanes
        day: today + 20 * Math.sin((step + i * 7) / 15),
        row: lanes[(i + Math.floor(step / 20)) % lanes.length] as string,
        fy: (step % 10) / 10,
        sent: now(),
      };
      p.provider.awareness.setLocalStateField('cursor', cursor);
      if (cursor.sent >= measureFrom) movesMeasured[i] = (movesMeasured[i] ?? 0) + 1;
    };

    const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    let cpu0 = process.cpuUsage();
    let server0: Promise<ChildStats> | null = null;
    let measureStart = 0;
    let echoes0 = 0;
    const start = performance.now();
    // participants start spread over one period, as people do not move in step
    const next = participants.map((_, i) => start + (i * period) / Math.max(1, participants.length));
    const steps = participants.map(() => 0);
    let sent = 0;
    await new Promise<void>((resolve) => {
      // Edits are paced by the clock (a late tick sends what is due). Cursors are throttled
      // as the client's are: at most one move per period, a late one is not made up.
      const timer = setInterval(() => {
        const t = performance.now();
        if (!server0 && t - start >= warmMs) {
          measureStart = t;
          measureFrom = performance.timeOrigin + t;
          server0 = setup.server.stats();
          cpu0 = process.cpuUsage();
          echoes0 = echoes;
          loopDelay.enable();
        }
        const due = Math.min(editAll, Math.floor(((t - start) / 1000) * editRate));
        for (; sent < due; sent++) {
          const k = sent % o.editors;
          const stamp = sent < editWarm ? `w ${sent}` : `t ${now().toFixed(3)}`;
          updateItem((editors[k] as Client).doc, items[k] as string, { title: stamp });
        }
        if (t - start < runMs) {
          for (let i = 0; i < participants.length; i++) {
            const at = next[i] as number;
            if (t < at) continue;
            const step = steps[i] as number;
            steps[i] = step + 1;
            move(i, step);
            next[i] = at + period > t ? at + period : t + period;
          }
        }
        if (sent >= editAll && t - start >= runMs) {
          clearInterval(timer);
          resolve();
        }
      }, 2);
    });
    const sendMs = performance.now() - measureStart;
    const echoesSent = echoes - echoes0;
    const editsExpected = editTotal * o.observers;
    const deadline = performance.now() + DRAIN_MS;
    while (editsReceived < editsExpected && performance.now() < deadline) await sleep(10);
    // cursors are not waited for one by one (dropped moves never come): a short settle
    await sleep(200);
    loopDelay.disable();
    const cpu = process.cpuUsage(cpu0);
    const before = await (server0 ?? setup.server.stats());
    const after = await setup.server.stats();
    const movesTotal = movesMeasured.reduce((a, b) => a + b, 0);
    const cursorsExpected = receivers.reduce((sum, _, r) => sum + movesTotal - (movesMeasured[r] ?? 0), 0);
    return {
      edits: edits.slice(0, Math.min(editsReceived, edits.length)).sort(),
      editsExpected,
      cursors: cursors.slice(0, Math.min(cursorsReceived, cursorCap)).sort(),
      cursorsExpected,
      moveRate: movesTotal / (o.seconds || 1),
      serverCpu: cpuPercent(before, after, sendMs),
      clientCpu: ((cpu.user + cpu.system) / 1000 / sendMs) * 100,
      rateDrops: after.rateDrops - before.rateDrops,
      // a copy: destroying the clients below closes every socket once more
      closes: new Map(closes),
      echoes: echoesSent,
      env:
        `loop stall p99/max: client ${(loopDelay.percentile(99) / 1e6 - LOOP_RESOLUTION_MS).toFixed(1)}/` +
        `${(loopDelay.max / 1e6 - LOOP_RESOLUTION_MS).toFixed(0)} ms, ` +
        `server ${after.loopP99Ms.toFixed(1)}/${after.loopMaxMs.toFixed(0)} ms; server warnings ${after.warnings}`,
    };
  } finally {
    destroyAll(setup.clients);
    await setup.server.close();
  }
}

const closesText = (closes: Map<number, number>): string =>
  closes.size
    ? [...closes]
        .sort((a, b) => a[0] - b[0])
        .map(([code, n]) => `${n} x ${code || 'local'}`)
        .join(', ')
    : 'none';

/**
 * A live workshop on one board: `editors` stock clients each renaming their own item at
 * `editorRate` per second with the send time in the title, `observers` recording arrival.
 * Run A without cursors; run B adds `participants` moving a cursor at CURSOR_HZ, with the
 * send time in the cursor, and `receivers` of them recording everyone else's arrivals.
 * Run B twice: providers sending only their own state (as the Planroom client does: the
 * headline), and stock providers sending back every state they receive.
 */
export async function workshopBench(o: WorkshopOptions): Promise<Result[]> {
  const a = await workshopRun(o, 'none');
  const own = await workshopRun(o, 'own');
  const stock = await workshopRun(o, 'stock');
  const edits = `${o.editors} editors x ${o.editorRate}/s`;
  const results: Result[] = [];
  const add = (label: string, run: RunFigures, withCursors: boolean) => {
    const name = (what: string) => `workshop ${what} (${label})`;
    const editP99 = quantile(run.edits, 0.99);
    results.push(
      { name: name('edit p50'), value: quantile(run.edits, 0.5), unit: 'ms', target: null },
      {
        name: name('edit p99'),
        value: editP99,
        unit: 'ms',
        target: null,
        note: `${edits}, ${o.observers} observers; ${run.env}`,
      },
      { name: name('edit max'), value: run.edits.at(-1) ?? Number.NaN, unit: 'ms', target: null },
      {
        name: name('edit deliveries'),
        value: run.edits.length,
        unit: 'msgs',
        target: null,
        note: `expected ${run.editsExpected} over ${o.seconds} s; socket closes: ${closesText(run.closes)}`,
      },
    );
    if (withCursors) {
      const base = quantile(a.edits, 0.99);
      results.push(
        {
          name: name('edit p99 / no cursors'),
          value: editP99 / base,
          unit: 'x',
          target: atMost(1.2),
          note: `${editP99.toFixed(1)} ms vs ${base.toFixed(1)} ms`,
        },
        { name: name('cursor p50'), value: quantile(run.cursors, 0.5), unit: 'ms', target: null },
        {
          name: name('cursor p99'),
          value: quantile(run.cursors, 0.99),
          unit: 'ms',
          target: atMost(50),
          note: `send to the 'change' event at ${o.receivers} receiving participants`,
        },
        {
          name: name('cursor deliveries'),
          value: run.cursors.length,
          unit: 'moves',
          target: null,
          note:
            `expected ${run.cursorsExpected}; ${run.moveRate.toFixed(0)} moves/s sent by ${o.participants} participants; ` +
            `${run.echoes} echo frames sent back by stock providers (the server skips them)`,
        },
        {
          name: name('presence frames rate-limited'),
          value: run.rateDrops,
          unit: 'frames',
          target: null,
          note: 'dropped by the server (30/s, burst 60 per connection), its own count',
        },
      );
    }
    results.push({
      name: name('server CPU'),
      value: run.serverCpu,
      unit: '%',
      target: null,
      note: `of one core, measured part; bench process ${run.clientCpu.toFixed(0)}%`,
    });
  };
  add('no cursors', a, false);
  add(`${o.participants} cursors, own state only`, own, true);
  add(`${o.participants} cursors, stock providers`, stock, true);
  return results;
}
