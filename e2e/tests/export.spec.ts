import { readFileSync, writeFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { type CreatedBoard, expect, test } from '../fixtures/index.js';
import { pageCount, pdfPages } from '../fixtures/pdf.js';
import { bigBoard } from '../perf/bigBoard.js';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, after the signature and chunk head). */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(file.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/** Decodes the PNG in the page and counts pixels that are not white, and distinct colours (coarse). */
async function inkOf(page: Page, file: Buffer): Promise<{ ink: number; colours: number; total: number }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(image, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    const colours = new Set<number>();
    // every 7th pixel (odd, so a sample does not line up with the picture's grid): enough to tell ink from blank
    for (let i = 0; i < data.length; i += 4 * 7) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      if (r < 245 || g < 245 || b < 245) ink++;
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
    return { ink, colours: colours.size, total: Math.ceil(data.length / 28) };
  }, file.toString('base64'));
}

/**
 * How alike the PNG is to the SVG drawn at the PNG's size by the browser: the share of
 * sampled pixels with ink in either that match within a small tolerance. The PNG is
 * painted on a canvas by its own painter; this catches it drifting from the SVG.
 */
async function likeness(page: Page, png: Buffer, svg: string): Promise<number> {
  return page.evaluate(
    async ({ png, svg }) => {
      const load = async (src: string) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return image;
      };
      const a = await load(`data:image/png;base64,${png}`);
      const b = await load(URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })));
      const pixels = (image: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = a.naturalWidth;
        canvas.height = a.naturalHeight;
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
        return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const [p, q] = [pixels(a), pixels(b)];
      let ink = 0;
      let same = 0;
      for (let i = 0; i < p.length; i += 4 * 7) {
        const rgb = [0, 1, 2].map((k) => [p[i + k] ?? 0, q[i + k] ?? 0] as const);
        if (rgb.every(([x, y]) => x >= 245 && y >= 245)) continue;
        ink++;
        if (rgb.reduce((sum, [x, y]) => sum + Math.abs(x - y), 0) <= 48) same++;
      }
      return same / Math.max(1, ink);
    },
    { png: png.toString('base64'), svg },
  );
}

/** Item titles from the page's live document (what the board has). */
async function itemTitles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const items = (
      window as unknown as { __planroom: { doc: { getMap(n: string): Map<string, Map<string, unknown>> } } }
    ).__planroom.doc.getMap('items');
    return [...items.values()].map((item) => String(item.get('title')));
  });
}

async function download(page: Page, button: string, path: string) {
  const menu = page.getByTestId('export-menu');
  const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: button }).click()]);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

const today = () => new Date().toISOString().slice(0, 10);

test('a viewer exports the roadmap as SVG and PNG, whole and visible, from the Export menu (E)', async ({
  board,
  people,
}, testInfo) => {
  // four downloads and a PNG decoded in the page: slow on a loaded machine
  test.setTimeout(240_000);
  const viewer = await people.open(board.links.viewer);
  const { page } = viewer;
  await expect(page.getByTestId('role-badge')).toHaveText('View only');
  // the whole board at Quarters: a picture one could put on a slide
  await viewer.zoom('Quarters');

  // E opens the menu (a viewer has it too)
  await page.locator('body').press('e');
  const menu = page.getByTestId('export-menu');
  await expect(menu).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('export-menu.png') });

  const svg = await download(page, 'SVG image', testInfo.outputPath('roadmap.svg'));
  expect(svg.name).toBe(`E2E portfolio roadmap ${today()}.svg`);
  const text = svg.body.toString('utf8');
  expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  const titles = await itemTitles(page);
  expect(titles.length).toBeGreaterThan(5);
  const escaped = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const whole = titles.filter((t) => text.includes(`>${escaped(t)}<`));
  // titles too long for a narrow bar are cut with "…"; nearly all fit at the default zoom
  expect(whole.length, `titles drawn whole: ${whole.length} of ${titles.length}`).toBeGreaterThanOrEqual(
    Math.ceil(titles.length * 0.8),
  );
  for (const word of ['On track', 'Milestone', 'Dependency', 'Today']) expect(text).toContain(`>${word}<`);
  const svgWidth = Number(text.match(/width="([\d.]+)"/)?.[1]);
  const svgHeight = Number(text.match(/height="([\d.]+)"/)?.[1]);

  const png = await download(page, 'PNG image', testInfo.outputPath('roadmap.png'));
  expect(png.name).toBe(`E2E portfolio roadmap ${today()}.png`);
  const size = pngSize(png.body);
  expect(size).toEqual({ width: svgWidth * 2, height: svgHeight * 2 });
  await expect(page.getByTestId('export-status')).toHaveText(`PNG saved (${size.width} × ${size.height} px)`);
  const ink = await inkOf(page, png.body);
  expect(ink.ink / ink.total).toBeGreaterThan(0.03);
  expect(ink.colours).toBeGreaterThan(20);
  // the same picture as the SVG: bars, titles, arrows, header and legend where the SVG has them
  expect(await likeness(page, png.body, text)).toBeGreaterThan(0.97);

  // the visible range: the days on screen, narrower than the whole board
  await menu.getByRole('button', { name: 'Visible range' }).click();
  const visible = await download(page, 'PNG image', testInfo.outputPath('roadmap-visible.png'));
  const visibleSize = pngSize(visible.body);
  expect(visibleSize.width).toBeLessThan(size.width);
  expect(visibleSize.height).toBe(size.height);
  const visibleSvg = await download(page, 'SVG image', testInfo.outputPath('roadmap-visible.svg'));
  expect(visibleSvg.body.toString('utf8')).toContain('Visible range ·');
});

test('a viewer downloads the CSV tables and the Board JSON', async ({ board, people }, testInfo) => {
  const { page } = await people.open(board.links.viewer);
  await page.getByTestId('export-button').click();
  const menu = page.getByTestId('export-menu');
  const files: Record<string, string> = {};
  const done = new Promise<void>((resolve) => {
    page.on('download', async (d) => {
      const path = testInfo.outputPath(d.suggestedFilename());
      await d.saveAs(path);
      files[d.suggestedFilename()] = readFileSync(path, 'utf8');
      if (Object.keys(files).length === 3) resolve();
    });
  });
  await menu.getByRole('button', { name: 'CSV tables' }).click();
  await done;
  const items = files[`E2E portfolio items ${today()}.csv`] ?? '';
  expect(items.startsWith('\ufeffid,title,kind,status,start,end,progress,')).toBe(true);
  const titles = await itemTitles(page);
  expect(items.trimEnd().split('\r\n')).toHaveLength(titles.length + 1);
  expect(files[`E2E portfolio dependencies ${today()}.csv`]).toContain('from id,from,to id,to,type,lag days');
  expect(files[`E2E portfolio assignments ${today()}.csv`]).toMatch(/^\ufeffid,item id,item,person id,person,/);
  await expect(page.getByTestId('export-status')).toHaveText('3 CSV files saved');

  const json = await download(page, 'Board JSON', testInfo.outputPath('board.json'));
  expect(json.name).toBe(`E2E portfolio board ${today()}.planroom.json`);
  const parsed = JSON.parse(json.body.toString('utf8')) as { name: string; items: unknown[] | object };
  expect(parsed.name).toBe('E2E portfolio');
});

/** A board of several lanes, tall enough to need more than one page. */
async function bigPrintBoard(url: string, request: APIRequestContext): Promise<CreatedBoard> {
  const res = await request.post(`${url}/api/boards`, {
    data: { board: { ...bigBoard({ items: 160, deps: 40, lanes: 16 }), name: 'Print portfolio' } },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as CreatedBoard;
}

for (const [paper, pdfSize] of [
  ['A4', { width: 842, height: 595 }],
  ['A3', { width: 1191, height: 842 }],
] as const) {
  test(`the roadmap prints on ${paper} landscape pages, the time header on each, no bar cut`, async ({
    planroom,
    request,
    people,
  }, testInfo) => {
    // a 160-item board, laid out, printed and read back page by page: slow on a loaded machine
    test.setTimeout(240_000);
    const created = await bigPrintBoard(planroom.url, request);
    const { page } = await people.open(created.links.viewer);
    // the print dialog itself is the browser's; here printing is page.pdf of the print layout
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    await page.getByTestId('export-button').click();
    await page
      .getByTestId('export-menu')
      .getByRole('button', { name: `PDF · ${paper}` })
      .click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    const print = page.getByTestId('roadmap-print');
    await expect(print).toHaveAttribute('data-paper', paper);
    await expect(print).toBeHidden(); // on screen, nothing changes

    await page.emulateMedia({ media: 'print' });
    await expect(print).toBeVisible();
    await expect(page.locator('.board-head')).toBeHidden();
    // what a page shows: the print layout at the paper's printable width (10 mm margins)
    await page.setViewportSize({ width: Math.round((((pdfSize.width / 72) * 25.4 - 20) / 25.4) * 96), height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`print-${paper}.png`), fullPage: true });

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(testInfo.outputPath(`roadmap-${paper}.pdf`), pdf);
    const pages = await pdfPages(pdf);
    expect(pageCount(pdf)).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(1);
    const year = String(new Date().getUTCFullYear());
    for (const [i, p] of pages.entries()) {
      expect({ page: i + 1, width: p.width, height: p.height }).toEqual({ page: i + 1, ...pdfSize });
      // the time header (a year and a quarter label) and the board's name on every page
      expect(p.text, `page ${i + 1}`).toContain(year);
      expect(p.text, `page ${i + 1}`).toMatch(/Q[1-4]/);
      expect(p.text, `page ${i + 1}`).toContain('Print portfolio');
    }
    // every lane is on some page, the last one on the last page
    const all = pages.map((p) => p.text).join('\n');
    for (let lane = 1; lane <= 16; lane++) expect(all).toContain(`Team ${lane}`);

    // no line of bars is lost or split at a page break: every item's title is on exactly one page
    const titles = await itemTitles(page);
    const counts = new Map<string, number>();
    for (const p of pages) for (const piece of p.pieces) counts.set(piece, (counts.get(piece) ?? 0) + 1);
    const notOnce = titles.filter((t) => counts.get(t) !== 1);
    expect(notOnce, 'titles not printed exactly once').toEqual([]);
  });
}
