import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../fixtures/chromium.js';
import { PlanroomProcess } from '../fixtures/server.js';
import { bigBoard } from './bigBoard.js';
import { RESULTS_DIR, type Result, report } from './report.js';
import { percentile, round } from './stats.js';

const SIZE = { items: 5000, deps: 1500, lanes: 200 };
const RUNS = 3;

/**
 * Clicks a button of the open Export menu and waits, in the page, for the status line to
 * say the file was saved: the whole export (picture, SVG, drawing, encoding, download).
 */
async function timeExport(page: Page, button: string, done: string): Promise<{ ms: number; status: string }> {
  return page.evaluate(
    ({ button, done }) =>
      new Promise<{ ms: number; status: string }>((resolve, reject) => {
        const menu = document.querySelector('[data-testid=export-menu]');
        const status = document.querySelector('[data-testid=export-status]');
        const target = [...(menu?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === button);
        if (!status || !target) return reject(new Error(`no ${button} button or status in the export menu`));
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (text.startsWith(done) || text.includes('failed')) {
            observer.disconnect();
            resolve({ ms: performance.now() - t0, status: text });
          }
        });
        observer.observe(status, { childList: true, subtree: true, characterData: true });
        const t0 = performance.now();
        target.click();
      }),
    { button, done },
  );
}

async function main(): Promise<void> {
  const server = new PlanroomProcess();
  await server.start();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const res = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ board: bigBoard(SIZE) }),
    });
    if (res.status !== 201) throw new Error(`board not created: ${res.status} ${await res.text()}`);
    const { links } = (await res.json()) as { links: { viewer: string } };
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('planroom.displayName', 'Bench'));
    await page.goto(links.viewer);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=bar]').length > 20, null, {
      timeout: 120_000,
    });
    await page.getByTestId('export-button').click();
    // CPU the page's renderer process spent (all its threads, encoding included): unlike
    // wall time, it does not grow when other work shares the machine's cores
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const processTime = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'ProcessTime')?.value ?? Number.NaN) * 1000;
    };

    const png: number[] = [];
    const cpu: number[] = [];
    let status = '';
    for (let run = 0; run < RUNS; run++) {
      const before = await processTime();
      const [download, timed] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        timeExport(page, 'PNG image', 'PNG saved'),
      ]);
      if (!timed.status.startsWith('PNG saved')) throw new Error(timed.status);
      png.push(timed.ms);
      cpu.push((await processTime()) - before);
      status = timed.status;
      if (run === 0) await download.saveAs(new URL('export-whole-board.png', RESULTS_DIR).pathname);
    }
    const svg: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const [, timed] = await Promise.all([page.waitForEvent('download'), timeExport(page, 'SVG image', 'SVG saved')]);
      svg.push(timed.ms);
    }
    // where the time goes, from the page's User Timing measures (median per step over all runs)
    const steps = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('export: '))
        .map((m) => [m.name, m.duration] as const),
    );
    const byStep = new Map<string, number[]>();
    for (const [name, ms] of steps) byStep.set(name, [...(byStep.get(name) ?? []), ms]);
    const pixels = status.match(/(\d+) × (\d+)/);
    const results: Result[] = [
      {
        name: `PNG of the whole board (median of ${RUNS})`,
        value: round(percentile(png, 50)),
        unit: 'ms',
        target: 3000,
      },
      { name: 'PNG of the whole board (slowest)', value: round(Math.max(...png)), unit: 'ms' },
      { name: 'PNG: renderer CPU time (median)', value: round(percentile(cpu, 50)), unit: 'ms' },
      { name: `SVG of the whole board (median of ${RUNS})`, value: round(percentile(svg, 50)), unit: 'ms' },
      { name: 'PNG width', value: Number(pixels?.[1] ?? 0), unit: 'px' },
      { name: 'PNG height', value: Number(pixels?.[2] ?? 0), unit: 'px' },
      ...[...byStep].map(([name, ms]) => ({
        name: `  ${name} (median)`,
        value: round(percentile(ms, 50)),
        unit: 'ms',
      })),
    ];
    report(
      'export.json',
      `PNG export in Chromium: ${SIZE.items} items, ${SIZE.deps} dependencies, ${SIZE.lanes} lanes`,
      results,
      {
        size: SIZE,
        status,
      },
    );
    await context.close();
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
