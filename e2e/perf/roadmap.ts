import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../fixtures/chromium.js';
import { PlanroomProcess } from '../fixtures/server.js';
import { bigBoard } from './bigBoard.js';
import { frameTimes, missedVsync, panFrames } from './pan.js';
import { type Result, report } from './report.js';
import { percentile, round } from './stats.js';

const SIZE = { items: 5000, deps: 1500, lanes: 200 };

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

    const pan = await panFrames(page);
    results.push({ name: 'pan frame p50', value: round(percentile(pan, 50)), unit: 'ms' });
    results.push({ name: 'pan frame p95', value: round(percentile(pan, 95)), unit: 'ms', target: 16.7 });
    results.push({ name: 'pan frame max', value: round(Math.max(...pan)), unit: 'ms' });
    results.push({ name: 'pan frames that missed a vsync', value: missedVsync(pan), unit: `of ${pan.length}` });

    const zoom = await frameTimes(page, async () => {
      for (const level of ['Weeks', 'Quarters', 'Years', 'Months']) {
        await page.getByRole('button', { name: level, exact: true }).click();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      }
    });
    results.push({ name: 'zoom frame p50', value: round(percentile(zoom, 50)), unit: 'ms' });
    results.push({ name: 'zoom frame p95', value: round(percentile(zoom, 95)), unit: 'ms' });
    results.push({ name: 'zoom frame max', value: round(Math.max(...zoom)), unit: 'ms' });
    results.push({ name: 'bars in the DOM', value: await page.locator('[data-testid=bar]').count(), unit: 'bars' });

    report(
      'roadmap.json',
      `Roadmap in Chromium: ${SIZE.items} items, ${SIZE.deps} dependencies, ${SIZE.lanes} lanes`,
      results,
      { size: SIZE },
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
