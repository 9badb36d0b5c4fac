import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../fixtures/chromium.js';
import { PlanroomProcess } from '../fixtures/server.js';
import { bigBoard } from './bigBoard.js';
import { browserCpuMs } from './cpu.js';
import { frameTimes, missedVsync, panFrames } from './pan.js';
import { type Result, report } from './report.js';
import { percentile, round } from './stats.js';

/** `tsx perf/roadmap.ts [items]`: 5,000 by default; 10,000 in `pnpm bench` too. */
const ITEMS = Number(process.argv[2] ?? 5000);
const SIZE = { items: ITEMS, deps: Math.round(ITEMS * 0.3), lanes: Math.round(ITEMS / 25) };

async function main(): Promise<void> {
  const server = new PlanroomProcess();
  await server.start();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    const res = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ board: bigBoard(SIZE) }),
    });
    if (res.status !== 201) throw new Error(`board not created: ${res.status} ${await res.text()}`);
    const { links } = (await res.json()) as { links: { editor: string } };
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // a returning visitor: the name was given before, so no name dialog covers the board
    await page.addInitScript(() => localStorage.setItem('planroom.displayName', 'Bench'));
    const results: Result[] = [];

    const firstRender: number[] = [];
    for (let run = 0; run < 3; run++) {
      await page.goto('about:blank');
      await page.goto(links.editor);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=bar]').length > 20, null, {
        timeout: 60_000,
      });
      // navigation start to the first frame with the board's bars on screen
      firstRender.push(
        await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))),
      );
    }
    results.push({
      name: 'first full render (median of 3)',
      value: round(percentile(firstRender, 50)),
      unit: 'ms',
      target: 1000,
    });

    // the page's main-thread busy time over an action (wall time of its tasks: it grows on a loaded machine)
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const busy = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    };

    const cpu = () => browserCpuMs(server.pid);
    let busy0 = await busy();
    let cpu0 = cpu();
    const pan = await panFrames(page);
    results.push({ name: 'pan Chromium CPU', value: round(cpu() - cpu0, 0), unit: 'ms' });
    results.push({ name: 'pan main-thread busy', value: round((await busy()) - busy0, 0), unit: 'ms' });
    results.push({ name: 'pan frame p50', value: round(percentile(pan, 50)), unit: 'ms' });
    results.push({ name: 'pan frame p95', value: round(percentile(pan, 95)), unit: 'ms', target: 16.7 });
    results.push({ name: 'pan frame max', value: round(Math.max(...pan)), unit: 'ms' });
    results.push({ name: 'pan frames that missed a vsync', value: missedVsync(pan), unit: `of ${pan.length}` });

    busy0 = await busy();
    cpu0 = cpu();
    const zoom = await frameTimes(page, async () => {
      for (const level of ['Weeks', 'Quarters', 'Years', 'Months']) {
        await page.getByRole('button', { name: level, exact: true }).click();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      }
    });
    results.push({ name: 'zoom Chromium CPU', value: round(cpu() - cpu0, 0), unit: 'ms' });
    results.push({ name: 'zoom main-thread busy', value: round((await busy()) - busy0, 0), unit: 'ms' });
    results.push({ name: 'zoom frame p50', value: round(percentile(zoom, 50)), unit: 'ms' });
    results.push({ name: 'zoom frame p95', value: round(percentile(zoom, 95)), unit: 'ms' });
    results.push({ name: 'zoom frame max', value: round(Math.max(...zoom)), unit: 'ms' });
    results.push({ name: 'bars in the DOM', value: await page.locator('[data-testid=bar]').count(), unit: 'bars' });

    report(
      ITEMS === 5000 ? 'roadmap.json' : `roadmap-${ITEMS}.json`,
      `Roadmap in Chromium: ${SIZE.items} items, ${SIZE.deps} dependencies, ${SIZE.lanes} lanes`,
      results,
      { size: SIZE, loadAvg1m: round(loadavg()[0] ?? 0, 2) },
    );
  } finally {
    await browser.close();
    await server.stop();
    server.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
