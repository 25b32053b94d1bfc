import type { Page } from 'playwright-core';

/** Waits until the open scenario's autosave says 已保存 (saved). */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 10_000 });
}

/** On an empty database: creates the first scenario (情景一) from the empty state's button and waits until it is saved. */
export async function createFirstScenario(page: Page): Promise<void> {
  await page.getByTestId('create-first').click();
  await waitSaved(page);
}

/** Creates the first scenario and opens its 压力测试 (stress test) tab. */
export async function openStressOfNewScenario(page: Page): Promise<void> {
  await createFirstScenario(page);
  await page.locator('button[data-view="stress"]').click();
  await page.getByTestId('stress-view').waitFor();
}
