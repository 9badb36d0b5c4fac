import { expect, test } from '../fixtures/index.js';

test('a Swedish browser gets Swedish; the picker switches to Danish, which a reload keeps', async ({
  people,
  board,
}) => {
  const a = await people.open(board.links.editor, { locale: 'sv-SE' });
  const page = a.page;
  const views = page.getByTestId('view-switch');

  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(views.getByRole('button', { name: 'Färdplan' })).toBeVisible();
  await expect(views.getByRole('button', { name: 'Resurser' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dela' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ny post' })).toBeVisible();
  await expect(a.status).toHaveText('Ansluten');

  await page.getByRole('button', { name: 'Språk: Svenska' }).click();
  await page.getByRole('menuitemradio', { name: 'Dansk' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(views.getByRole('button', { name: 'Køreplan' })).toBeVisible();

  await page.reload();
  await expect(a.status).toHaveAttribute('data-state', 'connected');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(views.getByRole('button', { name: 'Køreplan' })).toBeVisible();
  await expect(views.getByRole('button', { name: 'Ressourcer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nyt element' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sprog: Dansk' })).toBeVisible();
  await expect(views.getByRole('button', { name: 'Roadmap' })).toHaveCount(0);
});
