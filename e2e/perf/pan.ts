import type { Page } from '@playwright/test';
import { percentile, round } from './stats.js';

/** Collects the gap between animation frames while `action` runs. */
export async function frameTimes(page: Page, action: () => Promise<void>): Promise<number[]> {
  // a string, not a function: tsx's name-keeping helper does not exist in the page
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await action();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1);
  });
}

/**
 * The roadmap perf's pan: the pointer over the middle of the timeline, 60 wheel steps
 * back and forth (120 px) and now and then down (90 px). Returns the frame gaps.
 */
export async function panFrames(page: Page): Promise<number[]> {
  const box = await page.getByTestId('timeline').boundingBox();
  if (!box) throw new Error('timeline not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  return frameTimes(page, async () => {
    for (let i = 0; i < 60; i++) await page.mouse.wheel(i % 20 < 10 ? 120 : -120, i % 3 === 0 ? 90 : 0);
  });
}

/**
 * rAF times are coarsened to 0.1 ms, so frames on time at 60 Hz read 16.6-16.8 ms; a frame
 * over 25 ms means at least one vsync was missed.
 */
export const missedVsync = (frames: readonly number[]): number => frames.filter((f) => f > 25).length;

export interface PanFigures {
  p50: number;
  p95: number;
  max: number;
  missed: number;
  frames: number;
}

export function panFigures(frames: readonly number[]): PanFigures {
  return {
    p50: round(percentile(frames, 50)),
    p95: round(percentile(frames, 95)),
    max: round(Math.max(...frames)),
    missed: missedVsync(frames),
    frames: frames.length,
  };
}
