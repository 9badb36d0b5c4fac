import type { Page } from '@playwright/test';
import type { BoardPage } from '../fixtures/board-page.js';
import { expect, type People, test } from '../fixtures/index.js';

/** The three people of a workshop: the facilitator (owner), an editor and a viewer. */
async function workshop(people: People, links: Record<'owner' | 'editor' | 'viewer', string>) {
  const owner = await people.open(links.owner, { name: 'Fran Facilitator' });
  const editor = await people.open(links.editor, { name: 'Anna Berg' });
  const viewer = await people.open(links.viewer, { name: 'Erik Exec' });
  for (const [who, others] of [
    [owner, ['Anna Berg', 'Erik Exec']],
    [editor, ['Fran Facilitator', 'Erik Exec']],
    [viewer, ['Fran Facilitator', 'Anna Berg']],
  ] as const) {
    for (const name of others) await expect(avatar(who, name)).toBeVisible();
  }
  return { owner, editor, viewer };
}

const avatar = (who: BoardPage, name: string) => who.page.locator(`[data-testid=avatar][data-name="${name}"]`);
const cursorOf = (who: BoardPage, name: string) => who.page.locator(`[data-testid=remote-cursor][data-name="${name}"]`);

/** The id of a bar whose start this page shows well inside the view. */
async function barInView(page: Page): Promise<string> {
  const find = () =>
    page.evaluate(() => {
      const view = document.querySelector('[data-testid=timeline]')?.getBoundingClientRect();
      if (!view) return null;
      for (const bar of document.querySelectorAll<HTMLElement>('[data-testid=bar]:not([data-kind=milestone])')) {
        const r = bar.getBoundingClientRect();
        const startInView = r.left > view.left + 300 && r.left < view.right - 200;
        if (startInView && r.width > 40 && r.top > view.top + 100 && r.bottom < view.bottom - 10)
          return bar.dataset.itemId ?? null;
      }
      return null;
    });
  // bars render a moment after a zoom: ask until one is there
  await expect.poll(find).not.toBeNull();
  const id = await find();
  if (!id) throw new Error('no bar starts in view');
  return id;
}

test('who is here: names, roles and avatars for everyone, and a first-time visitor gives a name', async ({
  people,
  board,
}) => {
  const { owner, editor } = await workshop(people, board.links);
  await expect(avatar(owner, 'Anna Berg')).toHaveAttribute('data-role', 'editor');
  await expect(avatar(owner, 'Erik Exec')).toHaveAttribute('data-role', 'viewer');
  await expect(avatar(editor, 'Fran Facilitator')).toHaveAttribute('data-role', 'owner');

  const newcomer = await people.join({ name: null });
  await newcomer.page.goto(board.links.editor);
  const dialog = newcomer.page.getByTestId('name-dialog');
  // a first visit in a fresh context loads everything cold: on a loaded machine that took over 15 s once
  await expect(dialog).toBeVisible({ timeout: 45_000 });
  await dialog.getByLabel('Your name').fill('Nora Nilsson');
  await dialog.getByRole('button', { name: 'Join the board' }).click();
  await expect(dialog).toBeHidden();
  await expect(avatar(owner, 'Nora Nilsson')).toHaveAttribute('data-role', 'editor');
  await expect(avatar(owner, 'Nora Nilsson')).toHaveText(/^NN/);

  // remembered in this browser: the next visit asks nothing
  await newcomer.page.reload();
  await expect(newcomer.status).toHaveText(/connected/i);
  await expect(avatar(newcomer, 'Fran Facilitator')).toBeVisible();
  await expect(newcomer.page.getByTestId('name-dialog')).toHaveCount(0);

  await people.leave(newcomer);
  await expect(avatar(owner, 'Nora Nilsson')).toHaveCount(0);
});

test('a pointer over a bar lands on that bar for someone at another zoom and scroll, and a selection is outlined for others', async ({
  people,
  board,
}) => {
  const { owner, editor } = await workshop(people, board.links);
  await editor.zoom('Weeks');
  await expect(editor.page.getByTestId('timeline')).toHaveAttribute('data-zoom', 'week');
  const id = await barInView(editor.page);
  const ownerBar = owner.barById(id);
  await ownerBar.scrollIntoViewIfNeeded();

  const box = await editor.barById(id).boundingBox();
  if (!box) throw new Error('bar not on screen');
  // a little way into the bar: at the owner's coarser zoom it is still inside it
  await editor.page.mouse.move(box.x + 20, box.y + box.height / 2);
  await editor.page.mouse.move(box.x + 24, box.y + box.height / 2);

  const cursor = cursorOf(owner, 'Anna Berg');
  await expect(cursor).toBeVisible();
  await expect(async () => {
    const tip = await cursor.boundingBox();
    const bar = await ownerBar.boundingBox();
    if (!tip || !bar) throw new Error('cursor or bar not on screen');
    expect(tip.x).toBeGreaterThanOrEqual(bar.x - 1);
    expect(tip.x).toBeLessThanOrEqual(bar.x + bar.width + 1);
    expect(tip.y).toBeGreaterThanOrEqual(bar.y - 1);
    expect(tip.y).toBeLessThanOrEqual(bar.y + bar.height + 1);
  }).toPass();

  // the editor selects the bar: the owner sees it outlined in Anna's colour, and the panel says so
  // clicked where the pointer is (the bar's middle can be far off screen at this zoom)
  await editor.page.mouse.click(box.x + 24, box.y + box.height / 2);
  await expect(editor.barById(id)).toHaveAttribute('aria-pressed', 'true');
  await expect(ownerBar).toHaveCSS('box-shadow', /rgb\(/);
  const color = await avatar(owner, 'Anna Berg').evaluate((el) => getComputedStyle(el).backgroundColor);
  await expect(ownerBar).toHaveCSS('box-shadow', new RegExp(color.replace(/[()]/g, '\\$&')));
  await ownerBar.click();
  await expect(owner.page.getByTestId('editing-note')).toHaveText('Anna Berg is editing this');
});

test('following someone takes their zoom and scroll; Escape stops it', async ({ people, board }) => {
  const { editor, viewer } = await workshop(people, board.links);
  await avatar(viewer, 'Anna Berg').click();
  await expect(viewer.page.getByTestId('follow-banner')).toHaveText(/Following Anna Berg/);

  await editor.zoom('Weeks');
  const editorTimeline = editor.page.getByTestId('timeline');
  await editorTimeline.evaluate((el) => {
    el.scrollLeft += 1500;
  });
  const viewerTimeline = viewer.page.getByTestId('timeline');
  await expect(viewerTimeline).toHaveAttribute('data-zoom', 'week');
  await expect(async () => {
    const [a, b] = await Promise.all([
      editorTimeline.evaluate((el) => el.scrollLeft),
      viewerTimeline.evaluate((el) => el.scrollLeft),
    ]);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(2);
  }).toPass();

  await viewer.page.keyboard.press('Escape');
  await expect(viewer.page.getByTestId('follow-banner')).toHaveCount(0);
  await editorTimeline.evaluate((el) => {
    el.scrollLeft -= 800;
  });
  const left = await editorTimeline.evaluate((el) => el.scrollLeft);
  // no longer following: the editor's scroll leaves the viewer where they were
  await expect(editor.page.getByTestId('timeline')).toHaveJSProperty('scrollLeft', left);
  expect(Math.abs((await viewerTimeline.evaluate((el) => el.scrollLeft)) - left)).toBeGreaterThan(100);
});

test('the owner brings everyone, viewers included, to their view and stops presenting', async ({ people, board }) => {
  const { owner, editor, viewer } = await workshop(people, board.links);
  await owner.page.getByTestId('bring-everyone').click();
  for (const who of [editor, viewer])
    await expect(who.page.getByTestId('follow-banner')).toHaveText(/Fran Facilitator is presenting/);
  await expect(owner.page.getByTestId('follow-banner')).toHaveCount(0);

  await owner.zoom('Quarters');
  for (const who of [editor, viewer])
    await expect(who.page.getByTestId('timeline')).toHaveAttribute('data-zoom', 'quarter');

  await owner.page.getByTestId('stop-presenting').click();
  for (const who of [editor, viewer]) await expect(who.page.getByTestId('follow-banner')).toHaveCount(0);
});

test("a viewer's summon is refused by the server and moves no one", async ({ people, board }) => {
  const { owner, editor, viewer } = await workshop(people, board.links);
  // no button for viewers: send the request on their socket as a crafted frame
  await viewer.page.evaluate(() => {
    const provider = (
      window as unknown as { __planroom: { provider: { ws: WebSocket; awareness: { clientID: number } } } }
    ).__planroom.provider;
    const json = new TextEncoder().encode(JSON.stringify({ type: 'present', clientId: provider.awareness.clientID }));
    provider.ws.send(new Uint8Array([8, json.length, ...json]));
  });
  await expect(viewer.page.getByText('only the board owner', { exact: false })).toBeVisible();
  // a later owner action reaches the editor after anything the viewer's request caused
  await owner.page.getByTestId('timer-button').click();
  await owner.page.getByRole('button', { name: '5 min', exact: true }).click();
  await expect(editor.page.getByTestId('timer')).toHaveText(/^\d:\d\d$/);
  await expect(editor.page.getByTestId('follow-banner')).toHaveCount(0);
  await expect(owner.page.getByTestId('follow-banner')).toHaveCount(0);
});

test('the timer shows the same time left everywhere, even on a skewed clock', async ({ people, board }) => {
  const owner = await people.open(board.links.owner, { name: 'Fran Facilitator' });
  const editor = await people.open(board.links.editor, { name: 'Anna Berg' });
  const skewed = await people.join({ name: 'Erik Exec' });
  // this laptop's clock is 97 seconds fast
  await skewed.page.addInitScript(() => {
    const real = Date.now;
    Date.now = () => real() + 97_000;
  });
  await skewed.open(board.links.viewer);

  await owner.page.getByTestId('timer-button').click();
  await owner.page.getByRole('button', { name: '10 min', exact: true }).click();
  const seconds = async (who: BoardPage) => {
    const text = (await who.page.getByTestId('timer').textContent()) ?? '';
    const [m, s] = text.split(' ')[0]?.split(':').map(Number) ?? [];
    return (m ?? Number.NaN) * 60 + (s ?? Number.NaN);
  };
  await expect(skewed.page.getByTestId('timer')).toHaveText(/^\d+:\d\d$/);
  await expect(async () => {
    const [a, b, c] = await Promise.all([seconds(owner), seconds(editor), seconds(skewed)]);
    expect(a).toBeGreaterThan(500);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
    expect(Math.abs(a - c)).toBeLessThanOrEqual(1);
  }).toPass();

  // paused, every screen shows the very same time left
  await owner.page.getByRole('button', { name: 'Pause' }).click();
  const paused = owner.page.getByTestId('timer');
  await expect(paused).toHaveText(/paused/);
  const text = await paused.textContent();
  for (const who of [editor, skewed]) await expect(who.page.getByTestId('timer')).toHaveText(text ?? '');
});

test("a dot vote: the editor's dots stay secret from the viewer (screen, document and frames) until the reveal", async ({
  people,
  board,
}) => {
  const owner = await people.open(board.links.owner, { name: 'Fran Facilitator' });
  const editor = await people.open(board.links.editor, { name: 'Anna Berg' });
  const viewer = await people.join({ name: 'Erik Exec' });
  const frames: string[] = [];
  viewer.page.on('websocket', (ws) =>
    ws.on('framereceived', (f) => {
      if (typeof f.payload !== 'string') frames.push(f.payload.toString('latin1'));
    }),
  );
  await viewer.open(board.links.viewer);

  await owner.page.getByTestId('vote-button').click();
  const form = owner.page.getByTestId('vote-start');
  await form.getByLabel('Question').fill('Which first?');
  await form.getByRole('radio', { name: /A lane/ }).check();
  await form.getByRole('button', { name: 'Start the vote' }).click();

  const rows = editor.page.getByTestId('vote-row');
  await expect(rows.first()).toBeVisible();
  const [first, second] = [rows.nth(0), rows.nth(1)];
  const firstId = await first.getAttribute('data-item-id');
  const secondId = await second.getAttribute('data-item-id');
  await first.getByRole('button', { name: 'Put a dot on this item' }).click();
  await expect(first).toHaveAttribute('data-mine', '1');
  await first.getByRole('button', { name: 'Put a dot on this item' }).click();
  await expect(first).toHaveAttribute('data-mine', '2');
  await second.getByRole('button', { name: 'Put a dot on this item' }).click();
  await expect(second).toHaveAttribute('data-mine', '1');
  await expect(editor.page.getByTestId('vote-panel')).toContainText('0 of 3 dots left');

  // the viewer watches: no dots to place, nobody's dots shown, only that one person voted
  const panel = viewer.page.getByTestId('vote-panel');
  await expect(panel).toContainText('1 person has voted');
  await expect(panel).toContainText('Viewers watch this vote');
  await expect(panel.getByRole('button', { name: 'Put a dot on this item' })).toHaveCount(0);
  await expect(viewer.page.locator('[data-testid=vote-row][data-mine="0"]')).toHaveCount(await rows.count());
  const inDoc = await viewer.page.evaluate(
    () =>
      (window as unknown as { __planroom: { doc: { getMap(n: string): { size: number } } } }).__planroom.doc.getMap(
        'workshop',
      ).size,
  );
  expect(inDoc).toBe(0);
  const leaks = frames.filter((f) => f.includes('"mine":{"') || f.includes('"tallies"'));
  expect(leaks).toEqual([]);
  expect(frames.some((f) => f.includes('"type":"vote"'))).toBe(true);

  await owner.page.getByTestId('vote-reveal').click();
  const results = viewer.page.getByTestId('vote-results');
  await expect(results).toContainText('Results: Which first?');
  await expect(results.getByTestId('vote-result').first()).toHaveAttribute('data-item-id', firstId ?? '');
  await expect(results.getByTestId('vote-result').first()).toHaveAttribute('data-dots', '2');
  const badge = viewer.barById(firstId ?? '').locator('.bar-content');
  await badge.scrollIntoViewIfNeeded();
  await expect.poll(() => badge.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"2 ●"');

  // the ranking becomes the order: the item with most dots comes before the runner-up
  await owner.page.getByRole('button', { name: 'Use the ranking as the order' }).click();
  await expect
    .poll(async () => {
      const [a, b] = await Promise.all([owner.item(firstId ?? ''), owner.item(secondId ?? '')]);
      return a && b ? a.order < b.order : false;
    })
    .toBe(true);

  // or into tags: the item with most dots is "Q3 vote #1" for everyone, viewers included
  await owner.page.getByTestId('vote-tag-label').fill('Q3 vote');
  await owner.page.getByTestId('vote-tag').click();
  const tagsOf = (id: string) =>
    viewer.page.evaluate(
      (itemId) =>
        (
          window as unknown as {
            __planroom: { doc: { getMap(n: string): { get(k: string): { get(f: string): unknown } | undefined } } };
          }
        ).__planroom.doc
          .getMap('items')
          .get(itemId)
          ?.get('tags'),
      id,
    );
  await expect.poll(() => tagsOf(firstId ?? '')).toEqual(['Q3 vote #1']);
  expect(await tagsOf(secondId ?? '')).toEqual(['Q3 vote #2']);
});

test('someone whose connection drops shows again as soon as they are back', async ({ people, board }) => {
  const owner = await people.open(board.links.owner, { name: 'Fran Facilitator' });
  const editor = await people.open(board.links.editor, { name: 'Anna Berg' });
  await expect(avatar(owner, 'Anna Berg')).toBeVisible();
  const provider = (page: Page, call: 'disconnect' | 'connect') =>
    page.evaluate((c) => {
      (window as unknown as { __planroom: { provider: Record<string, () => void> } }).__planroom.provider[c]?.();
    }, call);
  await provider(editor.page, 'disconnect');
  await expect(avatar(owner, 'Anna Berg')).toHaveCount(0);
  await provider(editor.page, 'connect');
  await expect(editor.status).toHaveText(/connected/i);
  // without a renewal past the clock the server's removal left, this waits for the 30 s renewals
  await expect(avatar(owner, 'Anna Berg')).toBeVisible({ timeout: 10_000 });
});
