import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { openWebSession, resultInPage, ROOT, type WebSession } from './support';
import { exportedFile, hasColour, inkShare, pageToday, pressExport, STATUS_LINE } from './support/export-files';
import { checkExportedSvg, layoutProblems } from './support/svg-check';
import { createFirstScenario, waitSaved } from './support/workbench-steps';

/** Screenshots, the report PDF and its page images, for people to look at (git-ignored). */
const SHOTS = join(ROOT, '.tmp', 'screenshots');

const FISCAL = 'fiscal-revenue-total';
const LOCAL = 'local-fiscal-revenue';

/** The seed plan read as plain JSON: names, units and the indicator count, independent of the app's code. */
const plan: { indicators: { id: string; name: { zh: string }; unit: { zh: string } }[] } = JSON.parse(
  readFileSync(join(ROOT, 'seeds', 'chedun-14th-plan.json'), 'utf8'),
);
const zhName = (id: string): string => plan.indicators.find((i) => i.id === id)?.name.zh ?? id;

/** 财税总收入 2025: the plan's 9 % a year from 16.9 (target and frozen baseline) and the scenario's 5.2 %. */
const fiscalTarget = 16.9 * 1.09 ** 5;
const fiscalProjected = 16.9 * 1.052 ** 5;
/** 地方财政收入 2025: 8 % a year from 6.1. */
const localTarget = 6.1 * 1.08 ** 5;

let s: WebSession;
/** Today as the page's clock sees it (YYYY-MM-DD), as the footnotes and file names say. */
let today = '';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `export-${name}.png`) });
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

/** The row of an exceljs sheet whose column A holds `label`. */
function rowWith(ws: ExcelJS.Worksheet, label: string | number): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r += 1) if (ws.getRow(r).getCell(1).value === label) return ws.getRow(r);
  throw new Error(`no row "${label}" in ${ws.name}`);
}

/** The column number (1-based) of a header text in a row. */
function columnOf(row: ExcelJS.Row, header: string): number {
  for (let c = 1; c <= row.cellCount; c += 1) if (row.getCell(c).value === header) return c;
  throw new Error(`no column "${header}"`);
}

/** Picks a file for the dialog's hidden import input and returns the status line it produced. */
async function importFile(page: Page, name: string, content: string | Buffer): Promise<{ ok: boolean; text: string }> {
  const before = (await page.locator(STATUS_LINE).first().textContent()) ?? '';
  await page.getByTestId('import-scenario-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  await page.waitForFunction(([sel, old]) => document.querySelector(sel ?? '')?.textContent !== old, [STATUS_LINE, before], { timeout: 10_000 });
  const line = page.locator(STATUS_LINE).first();
  return { ok: (await line.getAttribute('class')) === 'export-ok', text: (await line.textContent()) ?? '' };
}

describe('exports in Chromium over the web host', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await openWebSession({ viewport: { width: 1366, height: 768 } });
    await s.page.addInitScript(() => {
      Reflect.set(window, '__printed', 0);
      window.print = () => Reflect.set(window, '__printed', Number(Reflect.get(window, '__printed')) + 1);
    });
    await s.page.reload();
    today = await pageToday(s.page);
  });

  afterAll(async () => {
    await s?.close();
  });

  it('sets up 情景一 at 5.2 % for 财税, compared with its untouched copy', async () => {
    const { page } = s;
    await createFirstScenario(page);
    await page.locator('button[data-view="scenarios"]').click();
    await page.locator('[data-testid="scenario-table"] tbody tr[data-name="情景一"]').getByRole('button', { name: /复制/ }).click();
    await page.locator('[data-testid="scenario-table"] tbody tr[data-name="情景一 副本"]').waitFor();
    for (const row of await page.locator('[data-testid="scenario-table"] tbody tr').all()) await row.getByRole('checkbox').check();
    await page.locator('button[data-view="home"]').click();
    await page.locator(`tr[data-indicator="${FISCAL}"] button`).click();
    await page.getByTestId('growth-input').fill('5.2');
    await page.locator('.indicator-summary [data-field="projected"]', { hasText: `${fiscalProjected.toFixed(2)} 亿元` }).waitFor();
    await waitSaved(page);
  });

  it('each trajectory chart has its own export entry (button and mode bar) opening the dialog on that indicator', async () => {
    const { page } = s;
    await page.getByTestId('indicator-select').selectOption(LOCAL);
    await page.locator('[data-testid="trajectory-chart"] .main-svg').first().waitFor();
    await page.getByTestId('chart-export').click();
    expect(await page.getByTestId('export-indicator').inputValue()).toBe(LOCAL);
    await page.getByTestId('export-close').click();
    await page.getByTestId('indicator-select').selectOption(FISCAL);
    await page.locator('[data-testid="trajectory-chart"]').hover();
    const modebar = page.locator('[data-testid="trajectory-chart"] .modebar-btn[data-title^="导出“财税总收入”"]');
    const titles = await page.locator('[data-testid="trajectory-chart"] .modebar-btn').evaluateAll((els) => els.map((e) => e.getAttribute('data-title')));
    expect(titles.length).toBeGreaterThan(1);
    expect(titles).not.toContain('下载为 PNG 图片');
    await modebar.click();
    expect(await page.getByTestId('export-indicator').inputValue()).toBe(FISCAL);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-indicator');
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
  });

  it('Ctrl+E opens the dialog; a blocked exports folder says why and the retry saves the PNG at 1920×1080', async () => {
    const { page } = s;
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-dialog').waitFor();
    expect(await page.getByTestId('export-indicator').inputValue()).toBe(FISCAL);
    await shot(page, 'dialog');

    const blocker = join(s.dataDir, 'exports');
    writeFileSync(blocker, 'not a folder');
    const failed = await pressExport(page, 'export-png');
    expect(failed.ok).toBe(false);
    expect(failed.text).toContain(`无法写入 ${blocker}`);
    expect(failed.text).toContain('同名的文件挡住了要建的文件夹 (EEXIST)');
    expect(readFileSync(blocker, 'utf8')).toBe('not a folder');
    rmSync(blocker);
    await shot(page, 'dialog-failed');

    const { path, bytes } = await exportedFile(page, s.dataDir, 'export-png', 'png');
    expect(path).toContain(`推演台-情景一-财税总收入-${today}`);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1920, 1080]);
    expect(inkShare(png, 0, 0, png.width, png.height)).toBeGreaterThan(0.01);
    expect(inkShare(png, 0, 0, 900, 90)).toBeGreaterThan(0.02);
    expect(inkShare(png, 0, png.height - 90, 1400, png.height)).toBeGreaterThan(0.005);
    expect(hasColour(png, [0x1c, 0x5f, 0xa8])).toBe(true);
    expect(hasColour(png, [0xc9, 0x2a, 0x2a])).toBe(true);
    writeFileSync(join(SHOTS, 'export-chart-1920.png'), bytes);
  });

  it('2× doubles the pixels (3840×2160) and the SVG parses with title, units, legend and footnote', async () => {
    const { page } = s;
    await page.getByTestId('export-scale').check();
    const double = await exportedFile(page, s.dataDir, 'export-png', 'png');
    const png = PNG.sync.read(double.bytes);
    expect([png.width, png.height]).toEqual([3840, 2160]);
    expect(inkShare(png, 0, 0, png.width, png.height)).toBeGreaterThan(0.01);
    await page.getByTestId('export-scale').uncheck();

    const svg = await exportedFile(page, s.dataDir, 'export-svg', 'svg');
    const parsed = await checkExportedSvg(page, svg.bytes.toString('utf8'));
    expect(parsed).toMatchObject({ error: 0, tag: 'svg', width: '1920', height: '1080' });
    expect(parsed.problems).toEqual([]);
    const all = parsed.textContents.join('\n');
    expect(all).toContain('财税总收入（亿元）— 情景一');
    expect(all).toContain('“十四五”目标路径');
    expect(all).toContain('情景推算');
    expect(all).toContain(`推算 ${fiscalProjected.toFixed(2)} 亿元`);
    expect(all).toContain(`目标 ${fiscalTarget.toFixed(2)} 亿元`);
    expect(all).toContain(`情景：情景一 ｜ 导出日期：${today} ｜ 主要假设：`);
    expect(all).toContain('5.2%');
  });

  it('copies the chart to the clipboard as a 1920×1080 PNG', async () => {
    const { page } = s;
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const line = await pressExport(page, 'export-copy');
    expect(line).toEqual({ ok: true, text: '图片已复制到剪贴板（1920×1080）。' });
    const base64 = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const blob = await items[0]?.getType('image/png');
      const bytes = new Uint8Array(await (blob ?? new Blob()).arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      return btoa(binary);
    });
    const png = PNG.sync.read(Buffer.from(base64, 'base64'));
    expect([png.width, png.height]).toEqual([1920, 1080]);
    expect(inkShare(png, 0, 0, png.width, png.height)).toBeGreaterThan(0.01);
  });

  it('CSV has the BOM and round-trips the Chinese names; XLSX reads back the engine’s numbers with formats', async () => {
    const { page } = s;
    const csv = await exportedFile(page, s.dataDir, 'export-csv-summary', 'csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
    expect(rows.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining(plan.indicators.map((i) => i.name.zh)));
    expect(rows.slice(1).map((r) => r[0])).toHaveLength(plan.indicators.length);
    const fiscal = rows.find((r) => r[0] === zhName(FISCAL)) ?? [];
    expect(fiscal.slice(1, 5)).toEqual(['亿元', fiscalProjected.toFixed(2), fiscalTarget.toFixed(2), (fiscalProjected - fiscalTarget).toFixed(2)]);
    const local = rows.find((r) => r[0] === zhName(LOCAL)) ?? [];
    expect(local.slice(1, 4)).toEqual(['亿元', localTarget.toFixed(2), localTarget.toFixed(2)]);
    const yearly = parseCsv((await exportedFile(page, s.dataDir, 'export-csv-yearly', 'csv')).bytes.toString('utf8').slice(1));
    const fiscal2023 = yearly.find((r) => r[0] === zhName(FISCAL) && r[2] === '2023') ?? [];
    expect(fiscal2023[3]).toBe((16.9 * 1.052 ** 3).toFixed(2));

    const xlsx = await exportedFile(page, s.dataDir, 'export-xlsx', 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.read(Readable.from([xlsx.bytes]));
    expect(book.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['汇总', '情景对比', ...plan.indicators.map((i) => i.name.zh.slice(0, 31))]));
    expect(book.worksheets).toHaveLength(plan.indicators.length + 2);
    const summary = book.getWorksheet('汇总');
    if (!summary) throw new Error('no summary sheet');
    const head = rowWith(summary, '指标');
    const row = rowWith(summary, zhName(FISCAL));
    const target = row.getCell(columnOf(head, '2025年目标'));
    expect(Number(target.value)).toBeCloseTo(fiscalTarget, 9);
    expect(target.numFmt).toBe('0.00');
    expect(Number(row.getCell(columnOf(head, '2025年推算值')).value)).toBeCloseTo(fiscalProjected, 9);
    const gapPct = row.getCell(columnOf(head, '差距率'));
    expect(Number(gapPct.value)).toBeCloseTo((fiscalProjected - fiscalTarget) / fiscalTarget, 9);
    expect(gapPct.numFmt).toBe('0.0%');
    const sheet = book.getWorksheet(zhName(FISCAL));
    if (!sheet) throw new Error('no fiscal sheet');
    expect(Number(rowWith(sheet, 2024).getCell(2).value)).toBeCloseTo(16.9 * 1.052 ** 4, 9);
    const variance = book.getWorksheet('情景对比');
    if (!variance) throw new Error('no variance sheet');
    const vHead = rowWith(variance, '指标');
    const vRow = rowWith(variance, zhName(FISCAL));
    expect(Number(vRow.getCell(columnOf(vHead, '基准（冻结）2025年')).value)).toBeCloseTo(fiscalTarget, 9);
    expect(Number(vRow.getCell(columnOf(vHead, '情景一：较基准')).value)).toBeCloseTo(fiscalProjected - fiscalTarget, 9);
    expect(Number(vRow.getCell(columnOf(vHead, '情景一 副本：较基准')).value)).toBeCloseTo(0, 9);
  });

  it('the scenario file round-trips as a copy; hostile files are refused with a clear message and change nothing', async () => {
    const { page } = s;
    const file = await exportedFile(page, s.dataDir, 'export-scenario', 'json');
    const json: Record<string, unknown> = JSON.parse(file.bytes.toString('utf8'));
    expect(json).toMatchObject({ kind: 'tuiyan-scenario', schemaVersion: 1, name: '情景一', indicators: { [FISCAL]: { growth: expect.closeTo(0.052, 12) } } });
    const before = await resultInPage(page, 'scenario:list', {});

    const imported = await importFile(page, 'scenario.json', file.bytes);
    expect(imported).toEqual({ ok: true, text: '已导入为新情景“情景一 (导入)”。' });
    const after = await resultInPage(page, 'scenario:list', {});
    expect(after).toHaveLength(before.length + 1);
    const original = after.find((r) => r.name === '情景一');
    expect(original?.version).toBe(before.find((r) => r.name === '情景一')?.version);
    const copy = after.find((r) => r.name === '情景一 (导入)');
    if (!copy) throw new Error('no imported copy');
    expect(await resultInPage(page, 'scenario:export', { id: copy.id })).toEqual({ ...json, name: '情景一 (导入)' });
    await page.getByTestId('scenario-select').locator('option', { hasText: '情景一 (导入)' }).waitFor({ state: 'attached' });

    const hostile: [string, string, string][] = [
      ['array.json', '[1, 2, 3]', '文件内容不是情景（应为 JSON 对象，实为数组）'],
      ['plan.json', readFileSync(join(ROOT, 'seeds', 'chedun-14th-plan.json'), 'utf8'), '这是规划文件，不是情景文件'],
      ['broken.json', '{"kind": "tuiyan-scenario", "schemaVersion": 1, "name": ', '不是有效的 JSON 文件'],
      ['future.json', JSON.stringify({ ...json, schemaVersion: 99 }), '情景文件版本 99 比本程序支持的版本 1 新，请升级推演台'],
      ['types.json', JSON.stringify({ ...json, indicators: { [FISCAL]: { growth: '五' } } }), `indicators.${FISCAL}.growth`],
      ['huge.json', JSON.stringify({ ...json, padding: 'x'.repeat(1_200_000) }), '文件过大（1.1 MB），情景文件最大 1 MB'],
    ];
    for (const [name, content, message] of hostile) {
      const line = await importFile(page, name, content);
      expect(line.ok, name).toBe(false);
      expect(line.text, name).toContain('导入失败：');
      expect(line.text, name).toContain(message);
    }
    await shot(page, 'dialog-import');
    expect(await resultInPage(page, 'scenario:list', {})).toEqual(after);
    await page.getByTestId('export-close').click();
  });

  it('the report prints as A4-landscape pages with the gap panel, charts, assumptions and comparison', async () => {
    const { page } = s;
    await page.getByTestId('report-open').click();
    await page.locator('[data-testid="report"][data-ready="true"]').waitFor({ timeout: 15_000 });
    await shot(page, 'report-screen');
    for (const id of await page.locator('[data-testid^="report-chart-"], [data-testid^="report-compare-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))) {
      expect(await layoutProblems(page, `[data-testid="${id}"]`), id ?? '').toEqual([]);
    }
    await page.getByTestId('report-pdf').click();
    expect(await page.evaluate(() => Reflect.get(window, '__printed'))).toBe(1);

    const pdfPath = join(SHOTS, 'report.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const expectedPages = 1 + Math.ceil(plan.indicators.length / 2) + 1 + 2;
    expect(pages).toBe(expectedPages);
    const [w, h] = (/Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? []).slice(1).map(Number);
    expect(w).toBeCloseTo((297 / 25.4) * 72, 0);
    expect(h).toBeCloseTo((210 / 25.4) * 72, 0);

    const pageText = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdfPath, '-'], { encoding: 'utf8' });
    const cover = pageText(1);
    for (const i of plan.indicators) expect(cover).toContain(i.name.zh);
    expect(cover).toContain(`${fiscalProjected.toFixed(2)}`);
    expect(cover).toContain(`${fiscalTarget.toFixed(2)}`);
    expect(cover).toContain(`${localTarget.toFixed(2)}`);
    expect(cover).toContain('亿元');
    expect(cover).toContain(`情景：情景一 · ${today}`);
    expect(cover).toContain(`第 1 / ${expectedPages} 页`);
    const chartPages = Math.ceil(plan.indicators.length / 2);
    const charts = Array.from({ length: chartPages }, (_, k) => pageText(2 + k));
    for (const text of charts) expect(text).toContain('各指标走势');
    for (const i of plan.indicators) expect(charts.join('\n')).toContain(`${i.name.zh}（${i.unit.zh}）`);
    expect(charts[0]).toContain(`推算 ${fiscalProjected.toFixed(2)} 亿元`);
    expect(pageText(2 + Math.ceil(plan.indicators.length / 2))).toContain('主要假设');
    expect(pageText(2 + Math.ceil(plan.indicators.length / 2))).toContain('5.2%');
    const compare = pageText(expectedPages);
    expect(compare).toContain('情景对比');
    expect(compare).toContain('情景一 副本');
    expect(compare).toContain(`${(fiscalProjected - fiscalTarget).toFixed(2)}`.replace('-', '−'));

    for (const old of readdirSync(SHOTS).filter((f) => f.startsWith('report-page-'))) rmSync(join(SHOTS, old));
    execFileSync('pdftoppm', ['-r', '60', '-png', pdfPath, join(SHOTS, 'report-page')]);
    expect(readdirSync(SHOTS).filter((f) => /^report-page-\d+\.png$/.test(f))).toHaveLength(expectedPages);
    await page.getByTestId('report-close').click();
    await page.getByTestId('report').waitFor({ state: 'detached' });
  });

  it('present mode steps through the charts with the arrow keys and leaves with Esc; no page error (only the refused write\'s 500)', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('present-open').click();
    const present = page.getByTestId('present');
    await present.waitFor();
    const start = Number(await present.getAttribute('data-slide'));
    await page.locator('[data-testid="present-chart"] .main-svg').first().waitFor();
    expect(await page.getByTestId('present-chart').textContent()).toContain('财税总收入（亿元）');
    expect(await layoutProblems(page, '[data-testid="present-chart"]')).toEqual([]);
    await shot(page, 'present-chart');
    await page.keyboard.press('ArrowRight');
    await page.locator(`[data-testid="present"][data-slide="${start + 1}"]`).waitFor();
    await shot(page, 'present-next');
    await page.keyboard.press('Home');
    await page.locator('[data-testid="present"][data-slide="1"]').waitFor();
    expect(await present.textContent()).toContain(zhName(LOCAL));
    await shot(page, 'present-summary');
    await page.keyboard.press('End');
    await page.locator('[data-testid="present"][data-slide]').first().waitFor();
    expect(await page.getByTestId('present-chart').textContent()).toContain('情景对比');
    await shot(page, 'present-compare');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await present.waitFor({ state: 'detached' });
    const errors = s.errors.filter((e) => !/frame-ancestors/.test(e));
    expect(errors).toEqual(['console: Failed to load resource: the server responded with a status of 500 (Internal Server Error)']);
  });

  it('in English the exported chart is titled, labelled and laid out as cleanly (a long unit on its own line)', async () => {
    const { page } = s;
    await page.getByTestId('language').click();
    await page.getByRole('button', { name: 'Export', exact: true }).waitFor();
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-indicator').selectOption('gdp');
    const svg = await checkExportedSvg(page, (await exportedFile(page, s.dataDir, 'export-svg', 'svg')).bytes.toString('utf8'));
    expect(svg.problems).toEqual([]);
    const all = svg.textContents.join('\n');
    expect(all).toContain('Gross domestic product (index (2020=100)) — 情景一');
    expect(all).toContain(`target ${(100 * 1.07 ** 5).toFixed(1)}`);
    expect(all).toContain('Scenario: 情景一 | Exported: ');
    await page.getByTestId('export-close').click();
    await page.getByTestId('language').click();
    await page.getByRole('button', { name: '导出', exact: true }).waitFor();
  });
});
