import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { BoardPoint } from '@planroom/shared';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../fixtures/chromium.js';
import { PlanroomProcess } from '../fixtures/server.js';
import { bigBoard } from './bigBoard.js';
import { browserCpuMs, processCpuMs } from './cpu.js';
import { type PanFigures, panFigures, panFrames } from './pan.js';
import { Participants } from './participants.js';
import { round } from './stats.js';

/**
 * The roadmap perf's pan on its 5,000-item board, without and with 50 other people's
 * cursors moving at 20 Hz (simulated in this process), in one run. Two controls split
 * what cursors cost: the same 50 moving on another board (the server's and this process's
 * work, the page receives nothing) and on this board in the other view (the page handles
 * every move, draws none).
 */

const SIZE = { items: 5000, deps: 1500, lanes: 200 };
const PARTICIPANTS = 50;
/** shared/src/presence.ts CURSOR_HZ: how often the client sends a moving cursor. */
const CURSOR_HZ = 20;
/** Every step has its own deadline; this ends the run if something still hangs. */
const WATCHDOG_MS = 6 * 60_000;

// y-websocket adds a process 'exit' listener per provider; fifty are intended.
process.setMaxListeners(0);

const load1 = () => round(loadavg()[0] ?? 0, 2);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const closesText = (crowd: Participants) =>
  [...crowd.closes].map(([code, n]) => `${n} x ${code || 'local'}`).join(', ') || 'none';
const remoteCursors = (page: Page) => page.locator('[data-testid=remote-cursor]').count();

interface Condition {
  name: string;
  pan: PanFigures;
  /** How long the 60 wheel steps took (a busy page handles them later). */
  seconds: number;
  /** Remote cursors in the DOM just before and just after the pan. */
  cursors: [number, number];
  /** Cursor moves the participants sent per second while the pan ran. */
  moveRate: number;
  /** CPU of this process (participants, Playwright) and of the server while panning, % of one core. */
  benchCpu: number;
  serverCpu: number;
  /** Chromium's CPU time over the pan (browser, renderer, compositor), ms. */
  browserCpu: number;
  load: number;
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error(`cursors perf: still running after ${WATCHDOG_MS / 1000} s; giving up`);
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();
  const loadAtStart = load1();
  const server = new PlanroomProcess();
  await server.start();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  /** Every crowd of participants started, destroyed at the end whatever happens. */
  const crowds: Participants[] = [];
  try {
    const board = bigBoard(SIZE);
    const res = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ board }),
    });
    if (res.status !== 201) throw new Error(`board not created: ${res.status} ${await res.text()}`);
    const created = (await res.json()) as { id: string; tokens: { editor: string }; links: { editor: string } };

    // the first lanes (top of the board) and some of their items: where the page looks
    const lanes = (board.lanes as Array<{ id: string }>).slice(0, 10).map((l) => l.id);
    const items = (board.items as Array<{ id: string; laneId: string }>)
      .filter((it) => lanes.includes(it.laneId))
      .slice(0, 25)
      .map((it) => it.id);
    const today = Math.floor(Date.now() / 86_400_000);
    const pointIn =
      (mode: BoardPoint['mode']) =>
      (i: number, step: number): BoardPoint => {
        // half point at a row, half at a bar; a pointer drifting over a few weeks
        const day = today + 20 * Math.sin((step + i * 7) / 15);
        const fy = (step % 10) / 10;
        const k = i + Math.floor(step / 40);
        return i % 2
          ? { mode, day, item: items[k % items.length] as string, fy }
          : { mode, day, row: lanes[k % lanes.length] as string, fy };
      };

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // a returning visitor: the name was given before, so no name dialog covers the board
    await page.addInitScript(() => localStorage.setItem('planroom.displayName', 'Bench'));
    await page.goto(created.links.editor);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=bar]').length > 20, null, {
      timeout: 60_000,
    });
    const timeline = page.getByTestId('timeline');
    const home = await timeline.evaluate((el) => ({ left: el.scrollLeft, top: el.scrollTop }));

    const conditions: Condition[] = [];
    /** Every pan starts from the same place, so each one passes the same rows. */
    const measure = async (name: string, crowd: Participants | null, report = true) => {
      await timeline.evaluate((el, at) => {
        el.scrollLeft = at.left;
        el.scrollTop = at.top;
      }, home);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const before = await remoteCursors(page);
      const moves0 = crowd?.moves ?? 0;
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const server0 = processCpuMs(server.pid);
      const browser0 = browserCpuMs(server.pid);
      const frames = await panFrames(page);
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const condition: Condition = {
        name,
        pan: panFigures(frames),
        seconds: round(ms / 1000),
        cursors: [before, await remoteCursors(page)],
        moveRate: round((((crowd?.moves ?? 0) - moves0) / ms) * 1000, 0),
        benchCpu: round(((cpu.user + cpu.system) / 1000 / ms) * 100, 0),
        serverCpu: round(((processCpuMs(server.pid) - server0) / ms) * 100, 0),
        browserCpu: round(browserCpuMs(server.pid) - browser0, 0),
        load: load1(),
      };
      if (report) conditions.push(condition);
    };

    await measure('warm-up', null, false);
    await measure('no cursors', null);

    const wsBase = `${server.url.replace('http', 'ws')}/ws`;
    // a small board of their own: the server relays as much, this process works as hard
    const elsewhere = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'it-portfolio' }),
    });
    if (elsewhere.status !== 201) throw new Error(`second board not created: ${elsewhere.status}`);
    const other = (await elsewhere.json()) as { id: string; tokens: { editor: string } };
    const away = new Participants(wsBase, other.id, other.tokens.editor);
    crowds.push(away);
    await away.connect(PARTICIPANTS, 10, 120_000);
    away.start(CURSOR_HZ, pointIn('roadmap'));
    await sleep(2000);
    await measure(`${PARTICIPANTS} cursors moving on another board`, away);
    const awayCloses = closesText(away);
    away.destroy();

    const people = new Participants(wsBase, created.id, created.tokens.editor);
    crowds.push(people);
    await people.connect(PARTICIPANTS, 10, 180_000);
    people.start(CURSOR_HZ, pointIn('roadmap'));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=remote-cursor]').length > 0, null, {
      timeout: 30_000,
    });
    await sleep(2000);
    await measure(`${PARTICIPANTS} cursors moving at ${CURSOR_HZ} Hz`, people);

    // the same traffic in the other view: presence handled, no cursor drawn on the roadmap
    people.start(CURSOR_HZ, pointIn('resources'));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=remote-cursor]').length === 0, null, {
      timeout: 30_000,
    });
    await sleep(1000);
    await measure(`${PARTICIPANTS} cursors moving in the other view (none drawn)`, people);

    const closes = closesText(people);
    people.destroy();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=remote-cursor]').length === 0, null, {
      timeout: 30_000,
    });
    await sleep(1000);
    await measure('no cursors again (participants gone)', null);

    console.log(
      `\nRoadmap pan in Chromium with remote cursors: ${SIZE.items} items, ${SIZE.lanes} lanes; ` +
        `${PARTICIPANTS} participants; socket closes while moving: ${closes} (on another board: ${awayCloses})`,
    );
    console.table(
      conditions.map((c) => ({
        condition: c.name,
        'p50 ms': c.pan.p50,
        'p95 ms': c.pan.p95,
        'max ms': c.pan.max,
        'missed vsync': `${c.pan.missed} of ${c.pan.frames}`,
        'pan s': c.seconds,
        'cursors drawn': c.cursors.join(' -> '),
        'moves/s': c.moveRate,
        'bench CPU %': c.benchCpu,
        'server CPU %': c.serverCpu,
        'Chromium CPU ms': c.browserCpu,
        load: c.load,
      })),
    );
    console.log(`load average ${loadAtStart} at start, ${load1()} at end; pan p95 target <= 16.7 ms`);
    mkdirSync(new URL('../../bench-results/', import.meta.url), { recursive: true });
    writeFileSync(
      new URL('../../bench-results/cursors.json', import.meta.url),
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          node: process.version,
          machine: {
            cpus: cpus().length,
            memGB: round(totalmem() / 2 ** 30),
            loadAvg1mAtStart: loadAtStart,
            loadAvg1mAtEnd: load1(),
          },
          size: SIZE,
          participants: PARTICIPANTS,
          cursorHz: CURSOR_HZ,
          conditions,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    for (const crowd of crowds) crowd.destroy();
    await browser.close();
    await server.stop();
    server.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
