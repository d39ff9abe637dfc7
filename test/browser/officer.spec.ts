// The officer's paths: a blocked case note fixed in the task pane and sent, and the reply-all prompt.
import { expect, test } from '@playwright/test';
import { itemState, loadExample, openSimulator, pane, screenshot } from './helpers';

test('blocked case note: Fix opens the pane, label and encryption applied, sent from the pane', async ({ page }) => {
  await openSimulator(page);
  await loadExample(page, 'case-note');
  await screenshot(page, 'simulator-compose');
  await page.getByRole('button', { name: 'Send', exact: true }).click();

  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('dialog-text')).toContainText('PROTECT');
  await expect(dialog.getByRole('button', { name: 'Send anyway' })).toHaveCount(0);
  await screenshot(page, 'smart-alerts-block');
  await dialog.getByRole('button', { name: 'Fix' }).click();
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
  await expect(dialog.getByRole('button', { name: "Don't send" })).toBeVisible();
  await dialog.getByRole('button', { name: 'Send anyway' }).click();
  await expect(page.getByTestId('outcome')).toContainText('Message sent.');
  expect((await itemState(page)).sent).toBe(true);
});

test('reply-all: Don\'t send keeps the message open and moving outsiders to Bcc clears the prompt', async ({ page }) => {
  await openSimulator(page);
  await loadExample(page, 'reply-all');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: "Don't send" }).click();
  await expect(page.getByTestId('outcome')).toContainText('Not sent');
  await page.getByRole('button', { name: 'Open Sendguard' }).click();
  const frame = pane(page);
  await expect(frame.getByTestId('compose-view')).toHaveAttribute('data-decision', 'warn');
  await expect(frame.locator('[data-audience="internal"]')).toContainText('(36)');
  expect((await itemState(page)).sent).toBe(false);
});

test('clean internal note is sent at once with its marking header', async ({ page }) => {
  await openSimulator(page);
  await loadExample(page, 'clean');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('outcome')).toContainText('Message sent.');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
