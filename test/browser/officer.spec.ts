// The officer's paths: a blocked case note fixed in the task pane and sent, and the reply-all prompt.
import { expect, test } from '@playwright/test';
import { itemState, loadExample, openSimulator, pane, screenshot } from './helpers';

test('blocked case note: Fix opens the pane, label and encryption applied, sent from the pane', async ({
  page,
}) => {
  await openSimulator(page);
  await loadExample(page, 'case-note');
  await screenshot(page, 'simulator-compose');
  await page.getByRole('button', { name: 'Send', exact: true }).click();

  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('dialog-text')).toContainText('PROTECT');
  await expect(dialog.getByRole('button')).toHaveText(['×', 'Fix']);
  await screenshot(page, 'smart-alerts-block');
  await expect(dialog.getByRole('button', { name: 'Fix' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const frame = pane(page);
  const view = frame.getByTestId('compose-view');
  await expect(view).toHaveAttribute('data-decision', 'block');
  await expect(frame.getByTestId('masked-preview').first()).toHaveText('NHS number ••• ••• 5919');
  await expect(frame.getByTestId('required-label')).toContainText('PROTECT');
  await screenshot(page, 'taskpane-compose-blocked');

  await frame.getByRole('button', { name: 'Apply PROTECT' }).click();
  await expect(frame.getByTestId('applied-label')).toContainText('PROTECT');
  await expect(frame.getByTestId('recheck-status')).toContainText('Checked again');
  expect((await itemState(page)).subject).toContain('[PROTECT]');

  await frame.getByRole('button', { name: 'Encrypt this message' }).click();
  await expect(frame.getByTestId('encryption-state')).toHaveText('This message will be encrypted.');
  await expect(view).not.toHaveAttribute('data-decision', 'block');
  await screenshot(page, 'taskpane-compose-fixed');

  await frame.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(frame.getByTestId('send-status')).toContainText('Sent');
  const state = await itemState(page);
  expect(state.sent).toBe(true);
  expect(state.subject).toMatch(/^\[PROTECT\] \[ENCRYPT\] /);
  expect(state.headers['X-Protective-Marking']).toContain('SEC=PROTECT');
});

test('reply-all to 40 people prompts, and Send anyway sends', async ({ page }) => {
  await openSimulator(page);
  await loadExample(page, 'reply-all');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('dialog-text')).toContainText('40');
  await screenshot(page, 'smart-alerts-reply-all');
  await expect(dialog.getByRole('button')).toHaveText(['×', 'Send anyway', 'Fix']);
  await dialog.getByRole('button', { name: 'Send anyway' }).click();
  await expect(page.getByTestId('outcome')).toContainText('Message sent.');
  expect((await itemState(page)).sent).toBe(true);
});

test('reply-all: closing the prompt keeps the message open; the pane groups recipients and moves one to Bcc', async ({
  page,
}) => {
  await openSimulator(page);
  await loadExample(page, 'reply-all');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('outcome')).toContainText('Not sent');
  await page.getByRole('button', { name: 'Open Sendguard' }).click();
  const frame = pane(page);
  await expect(frame.getByTestId('compose-view')).toHaveAttribute('data-decision', 'warn');
  await expect(frame.locator('[data-audience="internal"]')).toContainText('(36)');
  expect((await itemState(page)).sent).toBe(false);
  await frame.getByRole('button', { name: 'Move dana.reed@bristol.ac.uk to Bcc' }).click();
  await expect(frame.locator('[data-address="dana.reed@bristol.ac.uk"]')).toContainText('Bcc');
  expect((await itemState(page)).bcc).toEqual(['dana.reed@bristol.ac.uk']);
  await expect(page.locator('#f-bcc')).toHaveValue('Dana Reed <dana.reed@bristol.ac.uk>');
});

test('clean internal note is sent at once with its marking header', async ({ page }) => {
  await openSimulator(page);
  await loadExample(page, 'clean');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('outcome')).toContainText('Message sent.');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('Confidential thread forwarded to a new recipient: a written reason lets it go', async ({
  page,
}) => {
  await openSimulator(page);
  await loadExample(page, 'confidential-forward');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog.getByTestId('dialog-text')).toContainText('chris.doyle@doyle-planning.co.uk');
  await dialog.getByRole('button', { name: 'Fix' }).click();

  const frame = pane(page);
  await expect(frame.getByTestId('from-send')).toBeVisible();
  const justify = frame.locator('[data-rule="confidential-thread"] textarea');
  await justify.fill('Chris is the council’s appointed planning consultant for this appeal.');
  await frame.getByRole('button', { name: 'Record reason' }).click();
  await expect(frame.getByText('Reason recorded.')).toBeVisible();
  await expect(frame.getByTestId('compose-view')).not.toHaveAttribute('data-decision', 'block');
  await screenshot(page, 'taskpane-compose-justification');
  await frame.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(frame.getByTestId('send-status')).toContainText('Sent');
});

test('on a slow host, Send waits until the forward’s new recipient is in place', async ({
  page,
}) => {
  await openSimulator(page, undefined, 300);
  await page.locator('button[data-example="confidential-forward"]').click();
  // Clicked at once: the example's compose event and added recipient take several slow host calls.
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog.getByTestId('dialog-text')).toContainText('chris.doyle@doyle-planning.co.uk');
  expect((await itemState(page)).sent).toBe(false);
});

test('Check again picks up a recipient removed in Outlook itself', async ({ page }) => {
  await openSimulator(page);
  await loadExample(page, 'lookalike');
  await page.getByRole('button', { name: 'Open Sendguard' }).click();
  const frame = pane(page);
  await expect(frame.getByTestId('compose-view')).toHaveAttribute('data-decision', 'block');
  await page.locator('#f-to').fill('morgan.lewis@examplecouncil.gov.uk');
  await page.locator('#f-subject').focus();
  await frame.getByRole('button', { name: 'Check again' }).click();
  await expect(frame.getByTestId('compose-view')).toHaveAttribute('data-decision', 'allow');
  await expect(frame.getByTestId('recheck-status')).toHaveText('Checked again: Ready to send');
});
