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
