// Shared steps of the browser tests: open the simulator, load an example, reach the task pane, screenshots.
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function origin(): string {
  const value = process.env.SENDGUARD_TEST_ORIGIN;
  if (value === undefined)
    throw new Error('SENDGUARD_TEST_ORIGIN is not set: run through playwright.config.ts');
  return value;
}

/**
 * Opens the simulator (optionally in Welsh, optionally with every host call answering `latencyMs`
 * late) and waits until the real handlers are loaded and the first example is in place.
 */
export async function openSimulator(page: Page, lang?: 'cy', latencyMs?: number): Promise<void> {
  const query = new URLSearchParams();
  if (lang !== undefined) query.set('lang', lang);
  if (latencyMs !== undefined) query.set('latency', String(latencyMs));
  const search = query.toString() === '' ? '' : `?${query.toString()}`;
  await page.goto(`${origin()}/simulator/${search}`);
  await expect(page.locator('button[data-example="case-note"]')).toBeEnabled();
}

/** Loads an example and waits until it is in place: its compose event and added recipients done. */
export async function loadExample(page: Page, id: string): Promise<void> {
  await page.locator(`button[data-example="${id}"]`).click();
  await expect(page.locator(`button[data-example="${id}"]`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('navigation')).toHaveAttribute('aria-busy', 'false');
}

export function pane(page: Page): FrameLocator {
  return page.frameLocator('iframe[data-testid="taskpane-frame"]');
}

/** Saves a screenshot into docs/screenshots/ when SENDGUARD_SCREENSHOTS=1 (`npm run screenshots`). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SENDGUARD_SCREENSHOTS !== '1') return;
  const dir = join(__dirname, '..', '..', 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

/** Reads the fake host's item state in the page. */
export async function itemState(
  page: Page,
): Promise<{ subject: string; sent: boolean; headers: Record<string, string>; bcc: string[] }> {
  return page.evaluate(() => {
    const fake = (
      window as unknown as {
        sendguardSimulator: {
          fake: {
            item: {
              subject: string;
              sent: boolean;
              headers: Record<string, string>;
              bcc: { emailAddress: string }[];
            };
          };
        };
      }
    ).sendguardSimulator.fake;
    return {
      subject: fake.item.subject,
      sent: fake.item.sent,
      headers: { ...fake.item.headers },
      bcc: fake.item.bcc.map((r) => r.emailAddress),
    };
  });
}
