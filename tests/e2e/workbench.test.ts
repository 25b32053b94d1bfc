import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openWebSession, ROOT, type WebSession } from './support';
import { createFirstScenario, waitSaved } from './support/workbench-steps';

/** Where the workbench tests put their screenshots (git-ignored). */
const SCREENSHOT_DIR = join(ROOT, '.tmp', 'screenshots');

/** The text of a cell, with no-break spaces read as spaces. */
async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\u00a0/g, ' ').trim();
}

const FISCAL = 'fiscal-revenue-total';
const LOCAL = 'local-fiscal-revenue';
/** The seed plan's 2025 targets, which the baseline meets exactly: 财税 9 % a year from 16.9 亿元, 地方财政收入 8 % from 6.1. */
const target = 16.9 * Math.pow(1.09, 5);
const localTarget = 6.1 * Math.pow(1.08, 5);
const summary = (field: string) => `.indicator-summary [data-field="${field}"]`;
const gapCell = (id: string, field: string) => `tr[data-indicator="${id}"] [data-field="${field}"]`;
const money = (v: number) => `${v.toFixed(2)} 亿元`;

async function shot(page: Page, name: string): Promise<void> {
  const { width } = page.viewportSize() ?? { width: 0 };
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `workbench-${width}-${name}.png`) });
}

/** Moves focus off any text field so Ctrl+Z reaches the workbench rather than the field's own typing history. */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
}

describe('workbench in Chromium over the web host', () => {
  let s: WebSession;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    s = await openWebSession({ viewport: { width: 1366, height: 768 } });
  });

  afterAll(async () => {
    await s?.close();
  });

  it('opens on the baseline gap panel', async () => {
    const { page } = s;
    await page.locator(`tr[data-indicator="${FISCAL}"]`).waitFor();
    expect(await text(page, gapCell(FISCAL, 'projected'))).toBe(money(target));
    expect(await text(page, gapCell(FISCAL, 'target'))).toBe(money(target));
    expect(await text(page, gapCell(LOCAL, 'projected'))).toBe(money(localTarget));
    expect(await text(page, gapCell(LOCAL, 'target'))).toBe(money(localTarget));
    expect(await page.getByTestId('empty-state').isVisible()).toBe(true);
    await shot(page, 'home-empty');
  });

  it('projects 财税 at 5.2 %: 21.78 and a gap of −4.23', async () => {
    const { page } = s;
    await createFirstScenario(page);
    await page.locator(`tr[data-indicator="${FISCAL}"] button`).click();
    await page.getByTestId('growth-input').fill('-150');
    expect(await text(page, '.growth-field [role="alert"]')).toContain('-100%');
    expect(await text(page, summary('projected'))).toBe(money(target));
    await page.getByTestId('growth-input').fill('5.2');
    const end = 16.9 * Math.pow(1.052, 5);
    await page.locator(summary('projected'), { hasText: money(end) }).waitFor();
    expect(await text(page, summary('projected'))).toBe(money(end));
    expect(await text(page, summary('gap'))).toBe(`\u2212${money(target - end)}`);
    await page.locator('tr[data-year="2023"] .explain summary').click();
    expect(await text(page, 'tr[data-year="2023"] .explain ul')).toContain('假设增速 5.2%（情景设定）');
    await waitSaved(page);
    const perf = await page.evaluate(() => window.__tuiyanPerf ?? []);
    expect(perf.length).toBeGreaterThan(0);
  });

  it('a flat 2021 actual raises the growth needed to 11.4 %', async () => {
    const { page } = s;
    await page.getByTestId('actual-2021').fill('16.9');
    const required = Math.pow(1.09, 5 / 4) - 1;
    await page.locator(summary('required'), { hasText: `${(required * 100).toFixed(1)}%` }).waitFor();
    expect(await text(page, summary('required'))).toContain(`${(required * 100).toFixed(1)}%`);
    expect(await page.locator('tr[data-year="2021"].locked').count()).toBe(1);
    expect(await page.getByTestId('year-growth-2021').isDisabled()).toBe(true);
    await shot(page, 'indicator-actual');
  });

  it('adds a 减税降费 shock and shows its effect', async () => {
    const { page } = s;
    await page.locator('[data-template="tax-cut"]').click();
    const end = 16.9 * Math.pow(1.052, 4) * 0.95;
    await page.locator(summary('projected'), { hasText: money(end) }).waitFor();
    expect(await page.locator('.shock-row').count()).toBe(1);
    await waitSaved(page);
    await shot(page, 'indicator-shock');
  });

  it('links 地方财政收入 to 财税总收入 with a formula, refusing a bad one with its reason', async () => {
    const { page } = s;
    await page.getByTestId('indicator-select').selectOption(LOCAL);
    const annual = await text(page, '.annual-targets li[data-year="2023"]');
    expect(annual).toContain('10.0%');
    expect(annual).toContain('未达标');
    const formula = page.getByTestId('formula-input');
    await formula.fill('fiscl * 0.36');
    expect(await text(page, '[data-testid="formula-error"]')).toContain('fiscl');
    await shot(page, 'formula-error');
    await formula.fill('fiscal * 0.36');
    const fiscalEnd = 16.9 * Math.pow(1.052, 4) * 0.95;
    await page.locator(summary('projected'), { hasText: money(fiscalEnd * 0.36) }).waitFor();
    expect(await page.getByTestId('formula-error').count()).toBe(0);
    await waitSaved(page);
  });

  it('undoes and redoes with the keyboard', async () => {
    const { page } = s;
    const linked = money(16.9 * Math.pow(1.052, 4) * 0.95 * 0.36);
    await blur(page);
    await page.keyboard.press('Control+z');
    await page.locator(summary('projected'), { hasText: money(localTarget) }).waitFor();
    await page.keyboard.press('Control+y');
    await page.locator(summary('projected'), { hasText: linked }).waitFor();
    await page.keyboard.press('Control+z');
    await page.locator(summary('projected'), { hasText: money(localTarget) }).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await page.locator(summary('projected'), { hasText: linked }).waitFor();
    await expect.poll(() => page.getByTestId('formula-input').inputValue()).toBe('fiscal * 0.36');
  });

  it('clones, changes the clone and compares the two against the baseline', async () => {
    const { page } = s;
    await page.locator('button[data-view="scenarios"]').click();
    const first = page.locator('[data-testid="scenario-table"] tbody tr').first();
    const firstName = (await first.getAttribute('data-name')) ?? '';
    await first.getByRole('button', { name: /复制/ }).click();
    const clone = page.locator(`[data-testid="scenario-table"] tbody tr[data-name="${firstName} 副本"]`);
    await clone.waitFor();
    await clone.getByRole('button', { name: new RegExp(`^${firstName} 副本`) }).click();
    await page.locator(`tr[data-indicator="${FISCAL}"] button`).click();
    await page.getByTestId('indicator-select').selectOption(FISCAL);
    await page.getByTestId('growth-input').fill('7');
    await waitSaved(page);
    await page.locator('button[data-view="scenarios"]').click();
    for (const row of await page.locator('[data-testid="scenario-table"] tbody tr').all()) {
      await row.getByRole('checkbox').check();
    }
    await page.getByTestId('compare-view').waitFor();
    const diffs = page.getByTestId('assumption-diffs');
    await diffs.locator('tr', { hasText: '财税总收入 · 年均增速' }).waitFor();
    expect(await diffs.locator('tr', { hasText: '财税总收入 · 年均增速' }).textContent()).toMatch(/5\.2%.*7\.0%/);
    const variance = await text(page, `[data-testid="variance-table"] tr[data-indicator="${FISCAL}"]`);
    expect(variance).toContain(money(target));
    await shot(page, 'compare');
  });

  it('deletes a scenario and brings it back with undo', async () => {
    const { page } = s;
    const rows = page.locator('[data-testid="scenario-table"] tbody tr');
    const before = await rows.count();
    await rows.last().getByRole('button', { name: /删除/ }).click();
    await page.getByTestId('notice-action').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="scenario-table"] tbody tr').length === n, before);
    expect(await rows.count()).toBe(before);
  });

  it('switches to English, keeps it over a reload, and back to Chinese', async () => {
    const { page } = s;
    await page.locator('button[data-view="home"]').click();
    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: 'Gaps to the 2025 targets' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Gaps to the 2025 targets' }).waitFor();
    expect(await text(page, gapCell(LOCAL, 'target'))).toBe(`${localTarget.toFixed(2)} 100 million yuan`);
    await shot(page, 'home-en');
    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: '2025年目标差距总览' }).waitFor();
    expect(s.errors.filter((e) => !/frame-ancestors/.test(e))).toEqual([]);
  });

  it('takes a labelled snapshot and lays out at 1920×1080 too', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot(page, 'home');
    await page.locator(`tr[data-indicator="${FISCAL}"] button`).click();
    await page.locator('[data-testid="trajectory-chart"] .main-svg').first().waitFor();
    await shot(page, 'indicator');
    await page.locator('button[data-view="scenarios"]').click();
    await page.getByTestId('snapshot-label').fill('报送前');
    await page.getByRole('button', { name: '保存快照' }).click();
    await page.locator('.snapshot-list li', { hasText: '报送前' }).waitFor();
    for (const row of await page.locator('[data-testid="scenario-table"] tbody tr').all()) {
      await row.getByRole('checkbox').check();
    }
    await page.getByTestId('compare-view').waitFor();
    await shot(page, 'scenarios');
    await page.setViewportSize({ width: 1366, height: 768 });
    await shot(page, 'scenarios');
    await page.locator('button[data-view="indicator"]').click();
    await shot(page, 'indicator');
  });
});
