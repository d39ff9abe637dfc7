// The councillor's reading view: marking, Confidential, participants by audience, what they may do; it follows the selection.
import { expect, test } from '@playwright/test';
import { loadExample, openSimulator, pane, screenshot } from './helpers';

test('reading view of a Confidential thread, following the selected message', async ({ page }) => {
  await openSimulator(page);
  await loadExample(page, 'read-confidential');
  const frame = pane(page);
  const view = frame.getByTestId('read-view');
  await expect(view).toBeVisible();
  await expect(frame.getByTestId('read-label')).toHaveText('PROTECT');
  await expect(frame.getByTestId('confidential')).toContainText(
    'Confidential: keep it to the sender',
  );
  await expect(
    frame.locator('[data-testid="participants"] [data-audience="personal-webmail"]'),
  ).toContainText('sian.jenkins@gmail.com');
  await expect(frame.locator('[data-testid="participants"] li')).toHaveCount(4);
  await expect(frame.getByTestId('sharing')).toContainText('Do not forward it');
  await expect(frame.getByRole('heading', { name: 'Keeping it on your device' })).toBeVisible();
  await screenshot(page, 'taskpane-reading-confidential');

  await loadExample(page, 'read-partner');
  await expect(frame.getByTestId('read-label')).toHaveText('PROTECT - PERSONAL');
  await expect(frame.getByTestId('confidential')).toContainText('Not marked Confidential');
  await expect(
    frame.locator('[data-testid="read-findings"] [data-type="NHS_NUMBER"]'),
  ).toBeVisible();
  await expect(view).toContainText('Official Sensitive');
  await expect(frame.getByTestId('sharing')).toContainText('Never to: Media');
});

test('reply to sender only opens a reply addressed to the sender alone', async ({ page }) => {
  await openSimulator(page);
  await loadExample(page, 'read-confidential');
  await pane(page).getByRole('button', { name: 'Reply to sender only' }).click();
  await expect(page.locator('#f-to')).toHaveValue(
    'Cllr Tom Price <cllr.tom.price@examplecouncil.gov.uk>',
  );
  await expect(page.locator('#f-cc')).toHaveValue('');
  await expect(page.locator('#f-subject')).toHaveValue(/^RE: \[CONFIDENTIAL\]/);
});
