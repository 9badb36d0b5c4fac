import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/index.js';

const fixtures = fileURLToPath(new URL('../../shared/src/import/fixtures/', import.meta.url));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The first and last point of a link's drawn line, in page coordinates. */
async function arrowEnds(arrow: Locator): Promise<{ x: number; y: number }[]> {
  return arrow.locator('.dep-line').evaluate((path: SVGPathElement) => {
    const m = path.getScreenCTM();
    const points = [...(path.getAttribute('d') ?? '').matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)];
    const first = points[0];
    const last = points.at(-1);
    if (!m || !first || !last) return [];
    return [first, last].map((c) => {
      const p = new DOMPoint(Number(c[1]), Number(c[2])).matrixTransform(m);
      return { x: p.x, y: p.y };
    });
  });
}

/** Within `slack` pixels of the box: an arrow leaves from a bar's edge, beside its end. */
function near(p: { x: number; y: number } | undefined, b: Box | null, slack = 24): boolean {
  if (!p || !b) return false;
  return p.x >= b.x - slack && p.x <= b.x + b.width + slack && p.y >= b.y - slack && p.y <= b.y + b.height + slack;
}

/** Drops a file on the page as the operating system would: a drop event carrying a File. */
async function dropFile(page: Page, name: string, type: string): Promise<void> {
  const text = readFileSync(`${fixtures}${name}`, 'utf8');
  const transfer = await page.evaluateHandle(
    ([n, t, body]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], n, { type: t }));
      return dt;
    },
    [name, type, text] as const,
  );
  const main = page.locator('.start-main');
  await main.dispatchEvent('dragenter', { dataTransfer: transfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await main.dispatchEvent('drop', { dataTransfer: transfer });
}

async function boardCount(url: string): Promise<number> {
  return ((await (await fetch(`${url}/health`)).json()) as { boards: number }).boards;
}

test('an MS Project XML file dropped on the start page becomes a board with its links drawn', async ({
  planroom,
  people,
}) => {
  const person = await people.join();
  const { page } = person;
  await page.goto(`${planroom.url}/`);
  await dropFile(page, 'plan.xml', 'text/xml');

  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Read as' })).toHaveValue('msproject');
  await expect(dialog.getByRole('textbox', { name: 'Board name' })).toHaveValue('CRM rollout');
  await expect(dialog.getByTestId('import-counts')).toHaveText(
    /9 items \(4 tasks, 2 milestones\)6 dependencies2 people4 assignments2 lanes/,
  );
  await expect(dialog.getByTestId('import-problems')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('import-msp-preview.png') });

  await dialog.getByRole('button', { name: 'Create board' }).click();
  await expect(page).toHaveURL(/\/b\/[^/]+#token=/);
  await expect(person.status).toHaveText(/connected/i);

  const links: Array<[string, string]> = [
    ['Map legacy fields', 'Migrate test data'],
    ['Migrate test data', 'Data signed off'],
    ['Map legacy fields', 'Configure sales pipeline'],
    ['Configure sales pipeline', 'Train sales team'],
    ['Data signed off', 'Go-live'],
    ['Train sales team', 'Go-live'],
  ];
  // the plan is in March 2026, months from today: a board just imported opens fitted to it
  await expect(page.getByTestId('dep-arrow')).toHaveCount(links.length);
  for (const [from, to] of links) {
    const arrow = page.locator(`[data-testid=dep-arrow][aria-label="Link from ${from} to ${to}"]`);
    await expect(arrow).toBeAttached();
    const [start, end] = await arrowEnds(arrow);
    expect(near(start, await person.bar(from).boundingBox()), `${from} → ${to} leaves from ${from}`).toBe(true);
    expect(near(end, await person.bar(to).boundingBox()), `${from} → ${to} arrives at ${to}`).toBe(true);
  }
  await page.screenshot({ path: test.info().outputPath('import-msp-board.png') });
});

test('a broken file shows where it is wrong and creates no board', async ({ planroom, people }) => {
  const { page } = await people.join();
  await page.goto(`${planroom.url}/`);
  const before = await boardCount(planroom.url);

  await page.getByTestId('import-file').setInputFiles(`${fixtures}broken-unknown-predecessor.xml`);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-problems')).toContainText(
    'Task UID 7, PredecessorLink: PredecessorUID 99 is not a task in this file',
  );
  await expect(dialog.getByRole('button', { name: 'Create board' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);

  // the file chooser from the keyboard: Tab reaches "Choose a file…", Enter opens it
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(`${fixtures}items-broken.csv`);
  await expect(dialog.getByTestId('csv-mapping')).toBeVisible();
  const problems = dialog.getByTestId('import-problems');
  await expect(problems).toContainText("row 3, column End: '31/02/2026' is not a date");
  await expect(problems).toContainText(
    "row 4, column Parent: 'Nowhere' is neither the id nor the title of another row",
  );
  await expect(problems).toContainText('row 5, column Parent: makes a loop of parents');
  await expect(dialog.locator('tr.has-problem')).toHaveCount(3);
  await expect(dialog.getByRole('button', { name: 'Create board' })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('import-csv-broken-preview.png') });

  // leaving the Parent column out fixes the hierarchy problems, not the date
  await dialog.getByRole('combobox', { name: 'Column Parent imports as' }).selectOption('');
  await expect(problems).not.toContainText('column Parent');
  await expect(problems).toContainText('row 3, column End');

  await page.getByTestId('import-file').setInputFiles(`${fixtures}broken-board.json`);
  await expect(dialog.getByTestId('import-problems')).toContainText('$.items[1].end: must be a date like 2026-03-31');
  expect(await boardCount(planroom.url)).toBe(before);
});
