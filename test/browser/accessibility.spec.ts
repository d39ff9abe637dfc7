// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every view: simulator, Smart Alerts dialog, compose and reading panes, in English and Welsh.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadExample, openSimulator, pane } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${view}: ${v.id} (${v.nodes.length}) ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

for (const lang of [undefined, 'cy'] as const) {
  const suffix = lang === undefined ? 'English' : 'Welsh';

  test(`compose views have no axe violations (${suffix})`, async ({ page }) => {
    await openSimulator(page, lang);
    await loadExample(page, 'case-note');
    await expectNoViolations(page, 'simulator compose');
    await page.locator('form button[type="submit"]').click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectNoViolations(page, 'Smart Alerts dialog');
    await page.getByRole('alertdialog').getByRole('button').last().click();
    await expect(pane(page).getByTestId('compose-view')).toBeVisible();
    await expectNoViolations(page, 'compose pane');
  });

  test(`reading views have no axe violations (${suffix})`, async ({ page }) => {
    await openSimulator(page, lang);
    await loadExample(page, 'read-confidential');
    await expect(pane(page).getByTestId('read-view')).toBeVisible();
    await expectNoViolations(page, 'reading pane (confidential)');
    await loadExample(page, 'read-partner');
    await expect(pane(page).getByTestId('read-label')).toHaveText('PROTECT - PERSONAL');
    await expectNoViolations(page, 'reading pane (partner)');
  });
}

test('the compose pane can be used by keyboard alone', async ({ page }) => {
  await openSimulator(page);
  await loadExample(page, 'lookalike');
  await page.getByRole('button', { name: 'Open Sendguard' }).click();
  const frame = pane(page);
  await expect(frame.getByTestId('compose-view')).toHaveAttribute('data-decision', 'block');
  await frame.locator('#sg-title').waitFor();
  // Tab from the language switch to the first recipient action, and press it with the keyboard.
  await frame.getByTestId('language').focus();
  const remove = frame.getByRole('button', { name: 'Remove finance@examplecounci1.gov.uk' });
  for (let i = 0; i < 12; i += 1) {
    if (await remove.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(frame.getByText('No recipients yet.')).toBeVisible();
});
