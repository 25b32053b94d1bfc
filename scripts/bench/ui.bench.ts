import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../../tests/e2e/support/chromium';
import { openWebSession } from '../../tests/e2e/support/web-session';

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
 * The workbench's input → drawn-chart latency in Debian Chromium over `npm run web`'s host (the e2e tests'
 * session: a fresh renderer build when stale, a temporary database): the growth of
 * 财税总收入 typed EDITS times; each edit's duration is the renderer's own performance measure (renderer/lib/perf.ts,
 * from the edit to the chart's plotly_afterplot). Printed with its median and p95 against the 50 ms aim and as a
 * ratio to a bare input's input → painted frame in the same page.
 */
export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    process.stdout.write(`ui: skipped, ${CHROMIUM_PATH} is not installed (apt-get install chromium)\n`);
    return;
  }
  const session = await openWebSession({ viewport: { width: 1366, height: 768 } });
  try {
    const { page } = session;
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
    await session.close();
  }
}
