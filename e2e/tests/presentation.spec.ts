import type { Page } from '@playwright/test';
import type { BoardPage } from '../fixtures/board-page.js';
import { expect, type People, test } from '../fixtures/index.js';

/** Form fields a person could type into or change, on screen. */
const EDITABLE =
  // the comment box is left out: anyone may comment, also while presenting (comments.spec.ts)
  'input:not([disabled]):not([readonly]), textarea:not([disabled]):not([readonly]):not([data-comment-box]), select:not([disabled]), [contenteditable="true"]';

/** Everything that edits the board: none of it may be on a presentation's page. */
async function expectNoEditing(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'New item' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^share$/i })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add lane' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.getByTestId('move-dependents')).toHaveCount(0);
  await expect(page.getByTestId('resize-handle')).toHaveCount(0);
  await expect(page.locator('.lane-name-input')).toHaveCount(0);
  // a bar under the pointer grows no connector, and its details have no field to edit
  const bar = page.locator('[data-testid=bar]:not(.kind-milestone)').first();
  await bar.hover();
  await expect(page.getByTestId('connector')).toHaveCount(0);
  await bar.click();
  await expect(page.getByTestId('item-panel')).toBeVisible();
  await expect(page.locator(EDITABLE).filter({ visible: true })).toHaveCount(0);
  await page.keyboard.press('Escape');
}

async function expectLegend(page: Page): Promise<void> {
  const legend = page.getByTestId('legend');
  await expect(legend).toBeVisible();
  for (const label of ['On track', 'At risk', 'Off track', 'Done', 'Milestone', 'Dependency', 'Critical path', 'Today'])
    await expect(legend.getByText(label, { exact: true })).toBeVisible();
}

test('a viewer gets the presentation: a legend, larger type and nothing to edit; P leaves it', async ({
  people,
  board,
}) => {
  const viewer = await people.open(board.links.viewer);
  const { page } = viewer;
  await expect(page.locator('.board')).toHaveAttribute('data-presenting', 'true');
  await expect(page.getByTestId('presentation-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expectLegend(page);
  const fontSize = () =>
    page
      .locator('.bar-label')
      .first()
      .evaluate((el) => getComputedStyle(el).fontSize);
  expect(await fontSize()).toBe('13px');
  await expectNoEditing(page);
  await page.screenshot({ path: test.info().outputPath('viewer-presentation.png') });

  // the viewer may leave it: the same read-only board, usual type, no legend, ?present=0
  await page.keyboard.press('p');
  await expect(page.locator('.board')).toHaveAttribute('data-presenting', 'false');
  await expect(page.getByTestId('legend')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('present')).toBe('0');
  expect(await fontSize()).toBe('12px');
  await expectNoEditing(page);
});

test('an editor switches the presentation on and off, and the URL keeps it', async ({ people, board }) => {
  const editor = await people.open(board.links.editor);
  const { page } = editor;
  const toggle = page.getByTestId('presentation-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toHaveAttribute('title', /read-only.*\(P\)/);
  await expect(page.getByRole('button', { name: 'New item' })).toBeVisible();
  await expect(page.getByTestId('legend')).toHaveCount(0);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(new URL(page.url()).searchParams.get('present')).toBe('1');
  await expectLegend(page);
  await expectNoEditing(page);
  // an undo from the keyboard changes nothing while presenting
  const before = await editor.stateClock();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('n');
  await expect(page.getByRole('button', { name: 'New item' })).toHaveCount(0);
  expect(await editor.stateClock()).toBe(before);
  await page.screenshot({ path: test.info().outputPath('editor-presentation.png') });

  // a reload keeps it (view state in the URL), with the token still in the fragment
  await page.reload();
  await expect(editor.status).toHaveText(/connected/i);
  await expect(page.getByTestId('legend')).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/^#token=/);

  // and P brings the editing back, leaving a clean URL
  await page.locator('.board-name').click();
  await page.keyboard.press('p');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(new URL(page.url()).searchParams.has('present')).toBe(false);
  await expect(page.getByTestId('legend')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New item' })).toBeVisible();
  await expect(page.locator('.lane-name-input').first()).toBeVisible();
});

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function boxOf(page: Page, selector: string): Promise<Box | null> {
  return page.evaluate((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    // cut to the screen: the header's and toolbar's control lines scroll sideways
    return r && r.width > 0
      ? { left: r.left, right: Math.min(r.right, innerWidth), top: r.top, bottom: r.bottom }
      : null;
  }, selector);
}

/** The parts of a phone's screen that must each show in full, none over another. */
const PHONE_PARTS: Record<string, string> = {
  name: '.board-name',
  role: '[data-testid=role-badge]',
  connection: '[data-testid=conn-status]',
  views: '[data-testid=view-switch]',
  presentation: '[data-testid=presentation-toggle]',
  toolbar: '.toolbar',
  timeline: '[data-testid=timeline]',
  legend: '[data-testid=legend]',
};

/** Someone opening a link on a phone: the screen is phone-sized before the board loads. */
async function onAPhone(people: People, link: string): Promise<BoardPage> {
  const person = await people.join();
  await person.page.setViewportSize({ width: 390, height: 844 });
  await person.open(link);
  return person;
}

async function expectInTheClear(page: Page, parts: Record<string, string>): Promise<void> {
  const boxes = new Map<string, Box>();
  for (const [name, selector] of Object.entries(parts)) {
    const box = await boxOf(page, selector);
    expect(box, `${name} on screen`).not.toBeNull();
    if (!box) continue;
    expect(box.left, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.right, `${name} ends on screen`).toBeLessThanOrEqual(390);
    expect(box.bottom, `${name} ends on screen`).toBeLessThanOrEqual(844);
    expect(box.right - box.left, `${name} shows`).toBeGreaterThan(20);
    for (const [other, b] of boxes) expect(overlaps(box, b), `${name} and ${other} overlap`).toBe(false);
    boxes.set(name, box);
  }
}

test('on a phone (390 x 844) the viewer presentation reads well: nothing covered, a narrow lane column', async ({
  people,
  board,
}) => {
  // an editor presenting from a phone has the save status in the header too
  const editorLink = board.links.editor.replace('#', '?present=1#');
  const editor = await onAPhone(people, editorLink);
  await expectLegend(editor.page);
  await expectInTheClear(editor.page, { ...PHONE_PARTS, saved: '[data-testid=save-status]' });
  await editor.page.screenshot({ path: test.info().outputPath('phone-editor-presentation.png') });
  await people.leave(editor);

  // a lane name too long for the compact column
  const owner = await people.open(board.links.owner);
  const long = 'Infrastructure, Security and Workplace Engineering';
  const input = owner.page.locator('.lane-name-input').first();
  await input.fill(long);
  await input.press('Enter');

  const viewer = await onAPhone(people, board.links.viewer);
  const { page } = viewer;
  await expect(page.locator('.lane-title').first()).toHaveAttribute('title', long);
  await people.leave(owner);
  await expectLegend(page);
  // opened on the phone, the board shows today a third of the way into the time area
  await expect(page.locator('.tl-today')).toBeInViewport();
  await expectInTheClear(page, PHONE_PARTS);

  // the lane column takes at most about a third of the screen, its titles whole or in a tooltip
  const column = await page.locator('.lane-head').first().boundingBox();
  expect(column?.width ?? 999).toBeLessThanOrEqual(390 * 0.35);
  // titles wrap to two lines in it, and a tap shows one whole (no tooltips on a touch screen)
  const title = page.locator('.lane-title').first();
  const fits = () => title.evaluate((el) => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth);
  expect(await fits(), 'the long title is cut short in the column').toBe(false);
  await title.click();
  await expect(title).toHaveAttribute('aria-expanded', 'true');
  expect(await fits(), 'the tapped title shows whole').toBe(true);
  await page.screenshot({ path: test.info().outputPath('phone-lane-title.png') });
  await title.click();
  await expect(title).toHaveAttribute('aria-expanded', 'false');

  // bars are on screen in the time area, right of the column
  const shown = await page.locator('[data-testid=bar]').evaluateAll(
    (bars, left) =>
      bars.filter((b) => {
        const r = b.getBoundingClientRect();
        return r.width > 0 && r.right > left && r.left < innerWidth && r.top > 0 && r.bottom < innerHeight;
      }).length,
    column ? column.x + column.width : 0,
  );
  expect(shown).toBeGreaterThan(3);
  await page.screenshot({ path: test.info().outputPath('phone-presentation.png') });

  // a tap on a bar opens its details as a sheet that fits the screen
  await page.locator('[data-testid=bar]:not(.kind-milestone)').filter({ visible: true }).nth(1).click();
  const panel = await boxOf(page, '[data-testid=item-panel]');
  expect(panel).not.toBeNull();
  if (panel) {
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.right).toBeLessThanOrEqual(390);
    expect(panel.bottom).toBeLessThanOrEqual(844);
    expect(panel.top).toBeGreaterThan(844 / 3);
  }
  await page.screenshot({ path: test.info().outputPath('phone-panel.png') });
});
