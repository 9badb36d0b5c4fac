import type { Page } from '@playwright/test';
import { daysBetween } from '../fixtures/dates.js';
import { expect, test } from '../fixtures/index.js';

/** The app shell and its assets are in the service worker's cache: a reload works offline. */
async function appCached(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const cache = await caches.open('planroom-app-v1');
    const shell = await cache.match('/index.html');
    const scripts = [...document.querySelectorAll('script[src]')].map(
      (s) => new URL((s as HTMLScriptElement).src).pathname,
    );
    const cached = await Promise.all(scripts.map((src) => cache.match(src)));
    return shell !== undefined && scripts.length > 0 && cached.every(Boolean);
  });
}

/** How many updates y-indexeddb has written for this board in this browser. */
async function storedUpdates(page: Page, boardId: string): Promise<number> {
  return page.evaluate(async (name) => {
    // opening a database that is not there would create it, empty, under y-indexeddb's feet
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return 0;
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('updates')) {
          db.close();
          resolve(0);
          return;
        }
        const count = db.transaction('updates').objectStore('updates').count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result);
        };
        count.onerror = () => reject(count.error);
      };
    });
  }, `planroom:${boardId}`);
}

test('edits made offline survive a reload, reach the others on reconnect, and the rules are checked on the merged plan', async ({
  people,
  board,
}) => {
  const a = await people.open(board.links.editor);
  const b = await people.open(board.links.editor);
  for (const p of [a, b]) await p.zoom('Quarters');
  const exit = await a.idOf('Data centre exit');
  const backup = await a.idOf('Backup modernisation');
  const link = (await a.links()).find((l) => l.from === exit && l.to === backup);
  if (!link) throw new Error('the template links Data centre exit to Backup modernisation');
  const backupBefore = await b.item(backup);
  await expect(a.arrow(link.id)).toHaveAttribute('data-violated', 'false');
  await expect.poll(() => appCached(a.page)).toBe(true);

  await a.page.context().setOffline(true);
  await expect(a.status).toHaveText(/offline/i);
  // two weeks earlier still leaves the 14-day lag of this link two days of slack
  const written = await storedUpdates(a.page, board.id);
  await a.nudgeWeeks(backup, -2);
  await a.rename(backup, 'Backup modernisation (offline)');
  await expect.poll(() => storedUpdates(a.page, board.id)).toBeGreaterThan(written + 1);

  await a.page.reload();
  await expect(a.bar('Backup modernisation (offline)')).toBeVisible();
  await expect(a.status).toHaveText(/offline/i);
  const offlineEdit = await a.item(backup);
  expect(daysBetween(backupBefore?.start ?? '', offlineEdit?.start ?? '')).toBe(-14);
  await expect(a.arrow(link.id)).toHaveAttribute('data-violated', 'false');

  // meanwhile B, online, moves the predecessor two weeks later: also fine on its own
  await b.nudgeWeeks(exit, 2);
  await expect(b.arrow(link.id)).toHaveAttribute('data-violated', 'false');
  expect((await b.item(backup))?.title).toBe('Backup modernisation');

  await a.page.context().setOffline(false);
  await expect(a.status).toHaveText(/^connected/i);
  await expect.poll(async () => b.item(backup)).toEqual(offlineEdit);
  // together the two moves break the link: both see it flagged
  await expect(b.arrow(link.id)).toHaveAttribute('data-violated', 'true');
  await expect(a.arrow(link.id)).toHaveAttribute('data-violated', 'true');
  await expect.poll(async () => (await a.item(exit))?.start).toBe((await b.item(exit))?.start);
});
