import { expect, test } from '../fixtures/index.js';

const ZOOMS = ['Weeks', 'Months', 'Quarters', 'Years'] as const;

test('the Today badge hides no label of the time header, at any zoom', async ({ people, board }) => {
  const a = await people.open(board.links.viewer);
  const header = a.page.locator('.tl-header');
  const badge = header.getByText('Today', { exact: true });
  for (const zoom of ZOOMS) {
    await a.zoom(zoom);
    await expect(a.page.getByTestId('timeline')).toHaveAttribute('data-zoom', zoom.slice(0, -1).toLowerCase());
    await expect(badge).toBeVisible();
    const covered = await badge.evaluate((flag) => {
      const f = flag.getBoundingClientRect();
      const labels = [...document.querySelectorAll('.tl-header .tl-period > span')].filter(
        (label) => label.textContent?.trim() && label.getBoundingClientRect().width > 0,
      );
      return {
        labels: labels.length,
        hidden: labels
          .filter((label) => {
            const r = label.getBoundingClientRect();
            return r.left < f.right && r.right > f.left && r.top < f.bottom && r.bottom > f.top;
          })
          .map((label) => label.textContent),
      };
    });
    expect(covered.labels).toBeGreaterThan(3);
    expect(covered.hidden, `labels under the badge at ${zoom}`).toEqual([]);
  }
});

test('at Years zoom a short bar with room after it shows its whole title beside it', async ({ people, board }) => {
  const a = await people.open(board.links.viewer);
  await a.zoom('Years');
  const bar = a.bar('Identity self-service');
  const title = bar.locator('.bar-label');
  await expect(title).toBeVisible();
  await expect(title).toContainText('Identity self-service');
  // not cut short: the text fits its box
  const { scroll, client } = await title.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  // and it lies in free space: over no other bar
  const box = await title.boundingBox();
  if (!box) throw new Error('title not on screen');
  const others = await a.page
    .locator('[data-testid=bar]:not([aria-label="Identity self-service"])')
    .evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
  const overlapping = others.filter(
    (r) => r.left < box.x + box.width && r.right > box.x && r.top < box.y + box.height && r.bottom > box.y,
  );
  expect(overlapping).toEqual([]);
});

test('on a phone (390 x 844) the header covers nothing: name, role, connection and view switch each in the clear', async ({
  people,
  board,
}) => {
  for (const role of ['viewer', 'owner'] as const) {
    const who = await people.open(board.links[role]);
    await who.page.setViewportSize({ width: 390, height: 844 });
    const parts = {
      name: who.page.locator('.board-name'),
      role: who.page.getByTestId('role-badge'),
      connection: who.status,
      views: who.page.getByTestId('view-switch'),
    };
    for (const part of Object.values(parts)) await expect(part).toBeVisible();
    // each part's box, cut to what the header shows of it (the controls' line scrolls sideways)
    const boxes = await who.page.evaluate(
      (selectors) =>
        selectors.map((s) => {
          const el = document.querySelector(s);
          const r = el?.getBoundingClientRect();
          return r ? { left: r.left, right: Math.min(r.right, window.innerWidth), top: r.top, bottom: r.bottom } : null;
        }),
      ['.board-name', '[data-testid=role-badge]', '[data-testid=conn-status]', '[data-testid=view-switch]'],
    );
    const names = Object.keys(parts);
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      expect(a, names[i]).not.toBeNull();
      if (!a) continue;
      expect(a.left, `${names[i]} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(a.right - a.left, `${names[i]} shows`).toBeGreaterThan(20);
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j];
        if (!b) continue;
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${role}: ${names[i]} and ${names[j]} overlap`).toBe(false);
      }
    }
    await who.page.screenshot({ path: test.info().outputPath(`phone-${role}.png`) });
    await people.leave(who);
  }
});

test('on a laptop (1280 and 1440 wide) an owner’s header covers nothing: every badge and control in the clear', async ({
  people,
  board,
}) => {
  const owner = await people.open(board.links.owner);
  await expect(owner.page.getByTestId('history-button')).toBeVisible();
  for (const width of [1280, 1440]) {
    await owner.page.setViewportSize({ width, height: 900 });
    // every part of the header: what the left side says and each control on the right
    const boxes = await owner.page.evaluate(() =>
      [...document.querySelectorAll('.head-left > *, .head-right > *')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0)
        .map(({ el, r }) => ({
          name: (el.getAttribute('data-testid') ?? el.className) || el.tagName,
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
        })),
    );
    expect(boxes.length, 'header parts found').toBeGreaterThan(10);
    const names = boxes.map((b) => b.name).join(' ');
    expect(names).toContain('board-name');
    expect(names).toContain('view-switch');
    for (const [i, a] of boxes.entries()) {
      expect(a.left, `${a.name} starts on screen at ${width}`).toBeGreaterThanOrEqual(0);
      expect(a.right, `${a.name} ends on screen at ${width}`).toBeLessThanOrEqual(width);
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap, `${a.name} and ${b.name} overlap at ${width}`).toBe(false);
      }
    }
    await owner.page.screenshot({ path: test.info().outputPath(`laptop-owner-${width}.png`) });
  }
  await people.leave(owner);
});
