import { readFileSync, writeFileSync } from 'node:fs';
import { type CreatedBoard, expect, test } from '../fixtures/index.js';
import { pageCount } from '../fixtures/pdf.js';

/** The printable area of A4 with the brief's 14 mm margins, in CSS pixels (96 per inch). */
const A4_PRINTABLE = { width: Math.round(((210 - 28) / 25.4) * 96), height: Math.round(((297 - 28) / 25.4) * 96) };

test('the kickoff brief of the business template prints on one A4 page, alone, with its title and readiness', async ({
  planroom,
  request,
  people,
}, testInfo) => {
  const res = await request.post(`${planroom.url}/api/boards`, {
    data: { template: 'business-pmo', name: 'E2E business' },
  });
  expect(res.status()).toBe(201);
  const board = (await res.json()) as CreatedBoard;
  const a = await people.open(board.links.editor);
  const { page } = a;

  await page.getByTestId('view-switch').getByRole('button', { name: 'Kickoff' }).click();
  const row = page.getByTestId('kickoff-row').filter({ hasText: 'Customer onboarding redesign' });
  await row.getByRole('button', { name: 'Open kickoff' }).click();
  await expect(page.getByTestId('kickoff')).toBeVisible();

  // on screen: the buttons, and no brief
  const actions = page.getByTestId('brief-actions');
  for (const name of ['Copy as Markdown', 'Download .md', 'Print brief'])
    await expect(actions.getByRole('button', { name })).toBeVisible();
  const brief = page.getByTestId('kickoff-brief');
  await expect(brief).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('kickoff-screen.png') });

  // Download .md: the brief as a file named after the project
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    actions.getByRole('button', { name: 'Download .md' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kickoff-customer-onboarding-redesign.md');
  const file = testInfo.outputPath('kickoff-brief.md');
  await download.saveAs(file);
  const markdown = readFileSync(file, 'utf8');
  expect(markdown.startsWith('# Kickoff: Customer onboarding redesign\n')).toBe(true);
  expect(markdown).toContain('**Ready:** every kickoff check passes.');

  // Copy as Markdown, where the browser refuses the clipboard: the text, selected, in a dialog
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await actions.getByRole('button', { name: 'Copy as Markdown' }).click();
  const dialog = page.getByTestId('brief-copy-dialog');
  const text = dialog.getByRole('textbox', { name: 'The brief as Markdown' });
  await expect(text).toHaveValue(markdown);
  await expect(text).toBeFocused();
  expect(await text.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(markdown.length);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // in print: the brief alone
  await page.emulateMedia({ media: 'print' });
  await expect(brief).toBeVisible();
  await expect(brief.getByRole('heading', { level: 1 })).toHaveText('Customer onboarding redesign');
  await expect(brief.getByTestId('brief-readiness')).toHaveText('Ready: every kickoff check passes.');
  await expect(brief).toContainText('Key users unavailable in peak season');
  for (const hidden of [
    '.board-head',
    '.kickoff-body',
    '[data-testid=view-switch]',
    '[data-testid=brief-actions] > button',
  ])
    await expect(page.locator(hidden).first()).toBeHidden();

  // what a person looks at: the printable area of the page
  await page.setViewportSize(A4_PRINTABLE);
  await page.screenshot({ path: testInfo.outputPath('kickoff-brief.png'), fullPage: true });

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  writeFileSync(testInfo.outputPath('kickoff-brief.pdf'), pdf);
  expect(pageCount(pdf)).toBe(1);
});
