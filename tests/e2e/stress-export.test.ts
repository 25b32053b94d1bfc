import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { openWebSession, ROOT, type WebSession } from './support';
import { exportedFile, hasColour, inkShare, pageToday } from './support/export-files';
import { checkExportedSvg } from './support/svg-check';
import { openStressOfNewScenario } from './support/workbench-steps';

/** Screenshots and copies of the exported images, for people to look at (git-ignored). */
const SHOTS = join(ROOT, '.tmp', 'screenshots');

const FISCAL = 'fiscal-revenue-total';
const SEED = 4242;
const PATHS = 2000;
/** 财税总收入's 2025 target: 9 % a year from 16.9 亿元 in 2020 (the seed plan). */
const FISCAL_TARGET = 16.9 * 1.09 ** 5;

let s: WebSession;
let today = '';

/** Opens the export dialog from a Plotly chart's mode bar save icon (shown on hover) and returns the chart chosen. */
async function openFromModeBar(page: Page, testId: string, title: string): Promise<string> {
  await page.getByTestId(testId).hover();
  await page.locator(`[data-testid="${testId}"] .modebar-btn[data-title="${title}"]`).click();
  const chosen = await page.getByTestId('export-stress-chart').inputValue();
  await page.getByTestId('export-close').click();
  return chosen;
}

describe('stress chart exports in Chromium over the web host', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await openWebSession({ viewport: { width: 1366, height: 768 } });
    today = await pageToday(s.page);
  });

  afterAll(async () => {
    await s?.close();
  });

  it('runs 2,000 paths from seed 4242 with the calibrated uncertainty', async () => {
    const { page } = s;
    await openStressOfNewScenario(page);
    await page.getByTestId('apply-suggestion').click();
    await page.getByTestId('stress-paths').fill(String(PATHS));
    await page.getByTestId('stress-seed').fill(String(SEED));
    await page.getByTestId('stress-run').click();
    await page.locator('[data-testid="stress-results"][data-source="live"]').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('run-identity').textContent()).toContain(`种子 ${SEED}，2,000 条路径`);
  });

  it('the fan chart and the histogram each open the export dialog on themselves (button and mode bar)', async () => {
    const { page } = s;
    await page.locator(`[data-testid="fan-${FISCAL}"] .main-svg`).first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'stress-export-tab.png') });
    expect(await openFromModeBar(page, `hist-${FISCAL}`, '导出“财税总收入”2025年分布（PNG、SVG、剪贴板）')).toBe('histogram');
    expect(await openFromModeBar(page, `fan-${FISCAL}`, '导出“财税总收入”扇形图（PNG、SVG、剪贴板）')).toBe('fan');
    await page.getByTestId(`fan-export-${FISCAL}`).click();
    expect(await page.getByTestId('export-stress-chart').inputValue()).toBe('fan');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-stress-chart');
    await page.screenshot({ path: join(SHOTS, 'stress-export-dialog.png') });
  });

  it('saves the fan chart as a 1920×1080 PNG (3840×2160 at 2×) with title, plot and footnote', async () => {
    const { page } = s;
    const { path, bytes } = await exportedFile(page, s.dataDir, 'export-png', 'png');
    expect(path).toContain(`推演台-情景一-财税总收入-扇形图-${today}.png`);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1920, 1080]);
    expect(inkShare(png, 0, 0, 1200, 90)).toBeGreaterThan(0.02);
    expect(inkShare(png, 0, png.height - 90, 1400, png.height)).toBeGreaterThan(0.005);
    expect(hasColour(png, [0x1c, 0x5f, 0xa8])).toBe(true);
    expect(hasColour(png, [0xc9, 0x2a, 0x2a])).toBe(true);
    writeFileSync(join(SHOTS, 'stress-export-fan-1920.png'), bytes);
    await page.getByTestId('export-scale').check();
    const double = PNG.sync.read((await exportedFile(page, s.dataDir, 'export-png', 'png')).bytes);
    expect([double.width, double.height]).toEqual([3840, 2160]);
    await page.getByTestId('export-scale').uncheck();
  });

  it('the fan chart SVG carries the title with the unit, the legend, the horizon figures, the seed and path count', async () => {
    const { page } = s;
    const svg = await checkExportedSvg(page, (await exportedFile(page, s.dataDir, 'export-svg', 'svg')).bytes.toString('utf8'));
    expect(svg).toMatchObject({ error: 0, width: '1920', height: '1080', problems: [] });
    expect(svg.texts).toBeGreaterThan(6);
    const all = svg.lines.join('\n');
    expect(all).toContain('财税总收入 · 扇形图（亿元）— 情景一');
    expect(all).toMatch(/压力测试：2025年达标概率 \d+\.\d+%（± \d+\.\d+%）/);
    for (const name of ['P5–P95', 'P10–P90', 'P25–P75', '中位数（P50）', '目标路径', '确定性推算']) expect(svg.lines).toContain(name);
    expect(all).toContain(`目标 ${FISCAL_TARGET.toFixed(2)} 亿元`);
    expect(all).toMatch(/中位数 \d+\.\d\d 亿元/);
    expect(all).toContain(`情景：情景一 ｜ 导出日期：${today} ｜ 主要假设：`);
    expect(all).toContain(`随机种子 ${SEED}`);
    expect(all).toContain('路径数 2,000');
    expect(all).not.toContain('过期');
  });

  it('the histogram exports with the target line in the legend and the same footnote', async () => {
    const { page } = s;
    await page.getByTestId('export-stress-chart').selectOption('histogram');
    const svg = await checkExportedSvg(page, (await exportedFile(page, s.dataDir, 'export-svg', 'svg')).bytes.toString('utf8'));
    expect(svg).toMatchObject({ error: 0, problems: [] });
    const all = svg.lines.join('\n');
    expect(all).toContain('财税总收入 · 2025年分布（亿元）— 情景一');
    expect(svg.lines).toContain(`目标 ${FISCAL_TARGET.toFixed(2)} 亿元`);
    expect(all).toContain('路径占比（%）');
    expect(svg.lines).toEqual(expect.arrayContaining(['未达目标的路径', '其余路径']));
    expect(all).toContain(`随机种子 ${SEED}`);
    expect(all).toContain('路径数 2,000');
    const { path, bytes } = await exportedFile(page, s.dataDir, 'export-png', 'png');
    expect(path).toContain('财税总收入-2025年分布');
    writeFileSync(join(SHOTS, 'stress-export-histogram-1920.png'), bytes);
    await page.getByTestId('export-close').click();
  });

  it('a stale saved run says so on the exported chart, in English when the UI is English', async () => {
    const { page } = s;
    await page.locator('button[data-view="indicator"]').click();
    await page.getByTestId('indicator-select').selectOption(FISCAL);
    await page.getByTestId('growth-input').fill('7');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page.locator('button[data-view="stress"]').click();
    await page.locator('[data-testid="saved-runs"] tbody tr').first().getByTestId('open-run').click();
    await page.locator('[data-testid="stress-results"][data-source="saved"] .stale-tag').waitFor();
    await page.getByTestId('language').click();
    await page.locator('button[data-view="stress"]', { hasText: 'Stress' }).waitFor();
    await page.getByTestId(`fan-export-${FISCAL}`).click();
    const { path, bytes } = await exportedFile(page, s.dataDir, 'export-png', 'png');
    expect(path).toContain('Tuiyan-');
    writeFileSync(join(SHOTS, 'stress-export-fan-en-stale.png'), bytes);
    const svg = await checkExportedSvg(page, (await exportedFile(page, s.dataDir, 'export-svg', 'svg')).bytes.toString('utf8'));
    expect(svg).toMatchObject({ error: 0, problems: [] });
    const all = svg.lines.join('\n');
    expect(all).toContain('Total fiscal and tax revenue · fan chart (100 million yuan) — 情景一');
    expect(all).toContain('stale: the scenario or its uncertainty changed after this run');
    expect(all).toContain(`seed ${SEED}`);
    expect(all).toContain('paths 2,000');
    // The run was made before 财税 was set to 7 %: the footnote must not claim the scenario's current assumptions.
    expect(all).toContain("Key assumptions: changed since this run, not the scenario's current ones");
    expect(all).not.toContain('7.0%');
    await page.screenshot({ path: join(SHOTS, 'stress-export-dialog-en.png') });
    await page.getByTestId('export-close').click();
    await page.getByTestId('language').click();
    expect(s.errors.filter((e) => !/frame-ancestors/.test(e))).toEqual([]);
  });
});
