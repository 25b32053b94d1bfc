import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { startWebHost } from '../../electron/web/web-host';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RENDERER_OUT = join(ROOT, 'out', 'renderer');
const CHROMIUM = '/usr/bin/chromium';
const EDITS = 60;
const BUDGET_MS = 50;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Input → next painted frame on a bare <input> in the same page: what any edit costs before Tuiyan does anything. */
async function bareFrameMs(page: Page, rounds: number): Promise<number[]> {
  return page.evaluate(async (n: number) => {
    const input = document.createElement('input');
    document.body.append(input);
    const times: number[] = [];
    for (let k = 0; k < n; k++) {
      const start = performance.now();
      input.value = String(k);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
      times.push(performance.now() - start);
    }
    input.remove();
    return times;
  }, rounds);
}

/**
 * The workbench's input → drawn-chart latency in Debian Chromium over `npm run web`'s host: the growth of
 * 财税总收入 typed EDITS times; each edit's duration is the renderer's own performance measure (renderer/lib/perf.ts,
 * from the edit to the chart's plotly_afterplot). Printed with its median and p95 against the 50 ms aim and as a
 * ratio to a bare input's input → painted frame in the same page.
 */
export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`ui: skipped, ${CHROMIUM} is not installed (apt-get install chromium)\n`);
    return;
  }
  if (!existsSync(join(RENDERER_OUT, 'index.html'))) {
    const built = spawnSync(join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: ROOT, stdio: 'ignore' });
    if (built.status !== 0) throw new Error('electron-vite build failed; run `npm run build` to see why');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'tuiyan-bench-'));
  const host = await startWebHost({ dbPath: join(dataDir, 'tuiyan.db'), backupDir: join(dataDir, 'backups'), rendererDir: RENDERER_OUT });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'], headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await page.goto(host.url);
    await page.getByTestId('create-first').click();
    await page.locator('tr[data-indicator="fiscal-revenue-total"] button').click();
    const input = page.getByTestId('growth-input');
    await input.waitFor();
    const measured = async () => page.evaluate(() => window.__tuiyanPerf?.length ?? 0);
    for (let k = 0; k < EDITS; k++) {
      const before = await measured();
      await input.fill((5 + (k % 40) / 10).toFixed(1));
      await page.waitForFunction((n: number) => (window.__tuiyanPerf?.length ?? 0) > n, before);
    }
    const all = await page.evaluate(() => window.__tuiyanPerf ?? []);
    const edits = all.slice(-EDITS).sort((a, b) => a - b);
    const bare = (await bareFrameMs(page, EDITS)).sort((a, b) => a - b);
    const median = quantile(edits, 0.5);
    const bareMedian = quantile(bare, 0.5);
    process.stdout.write(
      `ui: 财税总收入 growth typed ${EDITS}× at 1366×768 · input → drawn chart median ${median.toFixed(1)} ms, ` +
        `p95 ${quantile(edits, 0.95).toFixed(1)} ms, max ${(edits[edits.length - 1] ?? Number.NaN).toFixed(1)} ms (aim ≤ ${BUDGET_MS} ms: ` +
        `${median <= BUDGET_MS ? 'met' : 'not met'}) · bare input → painted frame median ${bareMedian.toFixed(1)} ms · ratio ${(median / bareMedian).toFixed(2)}×\n`,
    );
  } finally {
    await browser.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
