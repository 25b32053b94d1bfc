import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The newest line of the export dialog's status list, success or failure. */
export const STATUS_LINE = '[data-testid="export-status"] p.export-ok, [data-testid="export-status"] p.export-error';

/** Clicks an export dialog button and returns the new status line (newest first) and whether it reports success. */
export async function pressExport(page: Page, testId: string): Promise<{ ok: boolean; text: string }> {
  const before = (await page.locator(STATUS_LINE).first().textContent({ timeout: 50 }).catch(() => null)) ?? '';
  await page.getByTestId(testId).click();
  await page.waitForFunction(
    ([sel, old]) => {
      const first = document.querySelector(sel ?? '');
      return first !== null && first.textContent !== old;
    },
    [STATUS_LINE, before],
    { timeout: 15_000 },
  );
  const line = page.locator(STATUS_LINE).first();
  return { ok: (await line.getAttribute('class')) === 'export-ok', text: (await line.textContent()) ?? '' };
}

/**
 * Clicks an export button, expects "… 已保存到 <path>" (or "saved to"), checks the path lies in `<dataDir>/exports`
 * with the extension asked and the file is there, and returns its path and bytes.
 */
export async function exportedFile(page: Page, dataDir: string, testId: string, ext: string): Promise<{ path: string; bytes: Buffer }> {
  const line = await pressExport(page, testId);
  expect(line.ok, line.text).toBe(true);
  const path = /(?:已保存到|saved to) (.+)$/.exec(line.text)?.[1] ?? '';
  const folder = join(dataDir, 'exports');
  expect(path.startsWith(`${folder}/`) && path.endsWith(`.${ext}`), path).toBe(true);
  expect(readdirSync(folder)).toContain(path.slice(folder.length + 1));
  return { path, bytes: readFileSync(path) };
}

/** Share (0–1) of non-white pixels in the region [x0, x1) × [y0, y1) of a decoded PNG: is anything drawn there. */
export function inkShare(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let ink = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const i = (y * png.width + x) * 4;
      if ((png.data[i] ?? 255) < 200 || (png.data[i + 1] ?? 255) < 200 || (png.data[i + 2] ?? 255) < 200) ink += 1;
    }
  }
  return ink / ((x1 - x0) * (y1 - y0));
}

/** Whether a colour (each channel within 12 of `rgb`) occurs anywhere in a decoded PNG: a series was drawn. */
export function hasColour(png: PNG, rgb: readonly [number, number, number]): boolean {
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs((png.data[i] ?? 0) - rgb[0]) < 12 && Math.abs((png.data[i + 1] ?? 0) - rgb[1]) < 12 && Math.abs((png.data[i + 2] ?? 0) - rgb[2]) < 12) return true;
  }
  return false;
}

/** Today as the page's clock sees it (YYYY-MM-DD), as export footnotes and file names say, written out by hand. */
export async function pageToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}
