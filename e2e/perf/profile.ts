import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../fixtures/chromium.js';
import { PlanroomProcess } from '../fixtures/server.js';
import { bigBoard } from './bigBoard.js';
import { frameTimes, panFigures, panFrames } from './pan.js';
import { Participants } from './participants.js';
import { RESULTS_DIR } from './report.js';
import { round } from './stats.js';

/**
 * Where a pan's or a zoom's frames go, for finding what to speed up (not a bench: it prints
 * no target). `tsx perf/profile.ts [pan|zoom] [items] [cursors]`: the roadmap perf's board,
 * the browser's own counters (script, style, layout time) over the action and the functions
 * with the most self time in a sampled CPU profile (written to bench-results/<action>.cpuprofile).
 * Build the client with `vite build --minify false` to read function names.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { frame?: string } };
}

/** Time per event name on the renderer's main thread (complete events, nested ones included). */
function mainThreadTime(events: readonly TraceEvent[]): Array<{ name: string; ms: number; n: number }> {
  const main = events.find((e) => e.name === 'TracingStartedInBrowser' || e.name === 'RunTask');
  const runTasks = new Map<string, number>();
  for (const e of events)
    if (e.name === 'RunTask')
      runTasks.set(`${e.pid}:${e.tid}`, (runTasks.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  // the renderer main thread is the one with the most layout work; fall back to the busiest
  const layoutThreads = events.filter((e) => e.name === 'UpdateLayoutTree' || e.name === 'Layout');
  const thread = layoutThreads[0]
    ? `${layoutThreads[0].pid}:${layoutThreads[0].tid}`
    : main
      ? `${main.pid}:${main.tid}`
      : '';
  const sums = new Map<string, { ms: number; n: number }>();
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== thread || e.ph !== 'X' || !e.dur) continue;
    const s = sums.get(e.name) ?? { ms: 0, n: 0 };
    s.ms += e.dur / 1000;
    s.n++;
    sums.set(e.name, s);
  }
  return [...sums]
    .map(([name, s]) => ({ name, ms: round(s.ms), n: s.n }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 25);
}

const [action = 'pan', itemsArg = '5000', cursorsArg = '0'] = process.argv.slice(2);
const items = Number(itemsArg);
const cursors = Number(cursorsArg);

async function zoomAround(page: Page): Promise<void> {
  for (const level of ['Weeks', 'Quarters', 'Years', 'Months']) {
    await page.getByRole('button', { name: level, exact: true }).click();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
}

async function main(): Promise<void> {
  const server = new PlanroomProcess();
  await server.start();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  let crowd: Participants | null = null;
  try {
    const board = bigBoard({ items, deps: Math.round(items * 0.3), lanes: Math.round(items / 25) });
    const res = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ board }),
    });
    const created = (await res.json()) as { id: string; tokens: { editor: string }; links: { editor: string } };
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => localStorage.setItem('planroom.displayName', 'Bench'));
    await page.goto(created.links.editor);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=bar]').length > 20, null, {
      timeout: 60_000,
    });
    if (cursors > 0) {
      const lanes = (board.lanes as Array<{ id: string }>).slice(0, 10).map((l) => l.id);
      crowd = new Participants(`${server.url.replace('http', 'ws')}/ws`, created.id, created.tokens.editor);
      await crowd.connect(cursors, 10, 180_000);
      const today = Math.floor(Date.now() / 86_400_000);
      crowd.start(20, (i, step) => ({
        mode: 'roadmap',
        day: today + 20 * Math.sin((step + i * 7) / 15),
        row: lanes[(i + Math.floor(step / 40)) % lanes.length] as string,
        fy: (step % 10) / 10,
      }));
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=remote-cursor]').length > 0);
    }
    // an experiment: CSS added to the page before measuring (PROFILE_CSS)
    if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS });
    // a first pass warms the code and the caches
    if (action === 'zoom') await zoomAround(page);
    else await panFrames(page);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const metrics = async () =>
      new Map(
        ((await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> }).metrics.map(
          (m) => [m.name, m.value],
        ),
      );
    const layers = new Promise<number>((resolve) =>
      cdp.once('LayerTree.layerTreeDidChange', (e: { layers?: unknown[] }) => resolve(e.layers?.length ?? 0)),
    );
    await cdp.send('LayerTree.enable');
    console.log('composited layers', await Promise.race([layers, new Promise((r) => setTimeout(() => r('?'), 3000))]));
    await cdp.send('LayerTree.disable');
    const before = await metrics();
    const traceEvents: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...(e.value as unknown as TraceEvent[])));
    const traced = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    const frames = action === 'zoom' ? await frameTimes(page, () => zoomAround(page)) : await panFrames(page);
    const wall = Date.now() - t0;
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; startTime: number; endTime: number };
    };
    const after = await metrics();
    await cdp.send('Tracing.end');
    await traced;
    console.table(mainThreadTime(traceEvents));
    writeFileSync(new URL(`${action}.trace.json`, RESULTS_DIR), JSON.stringify(traceEvents));
    console.table(
      await page.evaluate(() => {
        const counts = new Map<string, number>();
        for (const el of document.querySelectorAll('.tl-body *')) {
          const k = `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]}`;
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
        return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 15);
      }),
    );
    const delta = (name: string) => round(((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000);
    const count = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);

    console.log(
      `\n${action} on ${items} items, ${cursors} cursors; wall ${wall} ms; load ${round(loadavg()[0] ?? 0, 2)}`,
    );
    console.log('frames', panFigures(frames));
    console.table({
      task: { ms: delta('TaskDuration') },
      script: { ms: delta('ScriptDuration') },
      style: { ms: delta('RecalcStyleDuration'), count: count('RecalcStyleCount') },
      layout: { ms: delta('LayoutDuration'), count: count('LayoutCount') },
      nodes: { count: after.get('Nodes') },
    });

    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    const interval = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
    for (const id of profile.samples) {
      const n = byId.get(id);
      if (!n) continue;
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + interval);
    }
    console.table(
      [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 30)
        .map(([fn, ms]) => ({ fn, ms: round(ms) })),
    );
    writeFileSync(new URL(`${action}.cpuprofile`, RESULTS_DIR), JSON.stringify(profile));
  } finally {
    crowd?.destroy();
    await browser.close();
    await server.stop();
    server.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
