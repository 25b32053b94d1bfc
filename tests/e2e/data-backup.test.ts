import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/web/web-host';
import { ensureRendererBuilt, launchChromium, RENDERER_OUT, resultInPage, ROOT } from './support';

/** Where this file's screenshots go (git-ignored). */
const SHOTS = join(ROOT, '.tmp', 'screenshots');
const KEPT_NAME = '甲情景（备份前）';
const appVersion = String(Reflect.get(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')), 'version'));

let dataDir: string;
let browser: Browser;
let host: WebHost | null = null;
let page: Page;
const errors: string[] = [];

/** Starts the web host on `dataDir` (as `npm run web -- --data` would) and opens a 1366×768 zh-CN page on it. */
async function open(): Promise<void> {
  host = await startWebHost({ dbPath: join(dataDir, 'tuiyan.db'), backupDir: join(dataDir, 'backups'), rendererDir: RENDERER_OUT });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/frame-ancestors/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  await page.goto(host.url);
  await page.locator('.gap-table, [data-testid="create-first"]').first().waitFor();
}

async function shut(): Promise<void> {
  await page.context().close();
  await host?.close();
  host = null;
}

/** The backup files on disk, by name. */
function backupFiles(): string[] {
  return readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.sqlite'));
}

/** `2024-03-05T01-02-03-456Z` (a backup name's stamp) as Shanghai wall-clock time, written out by hand: UTC+8, no DST. */
function shanghaiTime(stamp: string): string {
  const m = /(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})/.exec(stamp);
  if (!m) throw new Error(`no stamp in ${stamp}`);
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]) + 8, Number(m[5]), Number(m[6]));
  const d = new Date(utc);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

async function scenarioNames(): Promise<string[]> {
  const select = page.getByTestId('scenario-select');
  if ((await select.count()) === 0) return [];
  return select.locator('option').allTextContents();
}

async function openDialog(): Promise<void> {
  await page.getByRole('button', { name: '数据与备份' }).click();
  await page.getByTestId('data-dialog').waitFor();
  await page.locator('[data-testid="data-backups"], [data-testid="data-no-backups"]').first().waitFor();
}

/** Clicks 立即备份 and returns the path the status line names. */
async function backUpNow(): Promise<string> {
  const lines = page.locator('[data-testid="data-status"] p');
  const before = await lines.count();
  await page.getByTestId('data-create').click();
  await expect.poll(() => lines.count()).toBe(before + 1);
  const line = (await lines.first().textContent()) ?? '';
  expect(await lines.first().getAttribute('class')).toBe('data-ok');
  return /^已备份到 (.+)$/.exec(line)?.[1] ?? line;
}

beforeAll(async () => {
  await ensureRendererBuilt();
  mkdirSync(SHOTS, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'tuiyan-data-e2e-'));
  browser = await launchChromium();
  await open();
});

afterAll(async () => {
  await host?.close();
  await browser.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('数据与备份 dialog', () => {
  it('shows where the data lives, backs up from the UI and restores a deleted scenario', async () => {
    expect(host?.outcome.status).toBe('ok');
    await resultInPage(page, 'scenario:create', { name: KEPT_NAME, from: 'baseline' });
    await page.reload();
    await expect.poll(scenarioNames).toEqual([KEPT_NAME]);
    expect(await page.getByTestId('data-banner').count()).toBe(0);

    await page.getByTestId('data-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('data-dialog').waitFor();
    expect(await page.getByTestId('data-path').textContent()).toBe(join(dataDir, 'tuiyan.db'));
    expect(await page.getByTestId('data-backup-folder').textContent()).toBe(join(dataDir, 'backups'));
    expect(await page.getByTestId('data-version').textContent()).toBe(appVersion);
    await page.getByTestId('data-no-backups').waitFor();

    const written = await backUpNow();
    const [name] = backupFiles();
    expect(written).toBe(join(dataDir, 'backups', name ?? '?'));
    expect(name).toMatch(/-manual\.sqlite$/);
    const row = page.locator(`[data-testid="data-backups"] tr[data-backup="${name ?? ''}"]`);
    const kb = statSync(join(dataDir, 'backups', name ?? '')).size / 1024;
    expect((await row.locator('[data-field="size"]').textContent())?.replace(/\u00a0/g, ' ')).toBe(`${kb.toFixed(1)} KB`);
    expect(await row.locator('[data-field="time"]').textContent()).toBe(shanghaiTime(name ?? ''));
    expect(await row.locator('[data-field="kind"]').textContent()).toBe('手动');
    await page.screenshot({ path: join(SHOTS, 'data-dialog.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('data-dialog').count()).toBe(0);

    await page.locator('button[data-view="scenarios"]').click();
    await page.locator('[data-testid="scenario-table"] tbody tr').first().getByRole('button', { name: /删除/ }).click();
    await expect.poll(scenarioNames).toEqual([]);

    await openDialog();
    await row.getByTestId('data-restore').click();
    const confirm = page.getByTestId('data-confirm');
    expect(await confirm.textContent()).toContain('推演台会先把当前数据另存为一份“恢复前”备份');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('data-confirm-cancel');
    await page.screenshot({ path: join(SHOTS, 'data-confirm.png') });
    await page.getByTestId('data-confirm-restore').click();
    await expect.poll(() => page.getByTestId('data-dialog').count()).toBe(0);
    const banner = page.getByTestId('data-banner');
    expect(await banner.getAttribute('data-kind')).toBe('restored');
    expect(await banner.textContent()).toContain(`（${name ?? ''}）`);
    await expect.poll(scenarioNames).toEqual([KEPT_NAME]);
    expect(backupFiles().filter((n) => n.endsWith('-pre-restore.sqlite'))).toHaveLength(1);
    await page.screenshot({ path: join(SHOTS, 'data-restored.png') });
  });

  it('says so when a backup cannot be restored, and changes nothing', async () => {
    await openDialog();
    const rows = page.locator('[data-testid="data-backups"] tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.locator('[data-field="kind"]').allTextContents()).toEqual(['恢复前', '手动']);
    const manual = backupFiles().find((n) => n.endsWith('-manual.sqlite')) ?? '';
    unlinkSync(join(dataDir, 'backups', manual));
    await page.locator(`tr[data-backup="${manual}"]`).getByTestId('data-restore').click();
    await page.getByTestId('data-confirm-restore').click();
    const error = page.locator('[data-testid="data-status"] p.data-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('恢复失败。找不到这份备份');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByTestId('data-close').click();
    expect(await scenarioNames()).toEqual([KEPT_NAME]);
    expect(backupFiles().filter((n) => n.endsWith('-pre-restore.sqlite'))).toHaveLength(1);
    const seen = errors.splice(0);
    expect(seen.filter((e) => !e.includes('status of 404 (Not Found)'))).toEqual([]);
  });

  it('after the file is damaged, names where it went and restores the latest backup', async () => {
    await openDialog();
    const latest = await backUpNow();
    await page.getByTestId('data-close').click();
    await shut();
    writeFileSync(join(dataDir, 'tuiyan.db'), Buffer.alloc(16_384, 0x5a));

    await open();
    expect(host?.outcome.status).toBe('recovered');
    const moved = readdirSync(dataDir).filter((n) => n.startsWith('tuiyan.db.damaged-'));
    expect(moved).toHaveLength(1);
    const banner = page.getByTestId('data-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('role')).toBe('alert');
    const said = (await banner.textContent()) ?? '';
    expect(said).toContain(`数据文件已损坏，已移至 ${join(dataDir, moved[0] ?? '?')}`);
    expect(said).toContain(`可以恢复最近的备份（${shanghaiTime(latest)}）`);
    expect(await scenarioNames()).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'data-recovered.png') });

    await page.getByTestId('data-banner-restore').click();
    const confirm = page.getByTestId('data-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(latest.slice(latest.lastIndexOf('/') + 1));
    await page.getByTestId('data-confirm-restore').click();
    await expect.poll(scenarioNames).toEqual([KEPT_NAME]);
    expect(await banner.getAttribute('data-kind')).toBe('restored');
    expect(errors).toEqual([]);
  });
});
