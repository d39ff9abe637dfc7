// Welsh: Outlook's display language picks the catalogue, and the pane's switch changes it.
import { expect, test } from '@playwright/test';
import { loadExample, openSimulator, pane, screenshot } from './helpers';

test('the pane opens in Welsh for a Welsh Outlook and switches to English', async ({ page }) => {
  await openSimulator(page, 'cy');
  await expect(page.getByRole('heading', { name: 'Efelychydd Sendguard' })).toBeVisible();
  await loadExample(page, 'case-note');
  await page.getByRole('button', { name: 'Agor Sendguard' }).click();
  const frame = pane(page);
  await expect(
    frame.getByRole('heading', { name: 'Ni ellir anfon y neges hon eto' }),
  ).toBeVisible();
  await expect(frame.getByTestId('masked-preview').first()).toHaveText('Rhif GIG ••• ••• 5919');
  await expect(frame.getByRole('heading', { name: 'Label diogelu' })).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'cy');
  await screenshot(page, 'taskpane-compose-welsh');

  await frame.getByLabel('Iaith').selectOption('en');
  await expect(
    frame.getByRole('heading', { name: 'This message cannot be sent yet' }),
  ).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
});

test('the reading view in Welsh', async ({ page }) => {
  await openSimulator(page, 'cy');
  await loadExample(page, 'read-confidential');
  const frame = pane(page);
  await expect(frame.getByRole('heading', { name: 'Pobl ar y neges hon' })).toBeVisible();
  await expect(frame.getByTestId('confidential')).toContainText('Cyfrinachol');
});
