import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createDialogExportService, withExtension } from '../../../electron/export/dialog-export';
import { createExportHandlers } from '../../../electron/export/export-handlers';
import { openTempStore, type TempStore } from '../api/temp-store';

let t: TempStore;
beforeEach(() => {
  t = openTempStore();
});
afterEach(() => t.cleanup());

function tinyPng(): string {
  const png = new PNG({ width: 3, height: 2 });
  png.data.fill(200);
  return PNG.sync.write(png).toString('base64');
}

describe('export channels in the web host (exports folder next to the database)', () => {
  it('export:save writes CSV text (BOM kept) into <data folder>/exports and says where', async () => {
    const { handlers } = t;
    const text = '\uFEFF指标,值\r\n财税总收入,26.00\r\n';
    const answer = await dispatch(handlers, 'export:save', { suggestedName: '推演台-汇总.csv', kind: 'csv', text });
    expect(answer).toEqual({ ok: true, value: { status: 'saved', path: join(t.dir, 'exports', '推演台-汇总.csv'), bytes: Buffer.byteLength(text) } });
    const written = readFileSync(join(t.dir, 'exports', '推演台-汇总.csv'));
    expect([...written.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(written.toString('utf8')).toBe(text);
    const again = await dispatch(handlers, 'export:save', { suggestedName: '推演台-汇总.csv', kind: 'csv', text: 'x' });
    expect(again).toMatchObject({ ok: true, value: { path: join(t.dir, 'exports', '推演台-汇总 (2).csv') } });
  });

  it('export:save decodes a PNG from base64 and refuses bytes that are not the kind claimed', async () => {
    const { handlers } = t;
    const saved = await dispatch(handlers, 'export:save', { suggestedName: 'chart.png', kind: 'png', base64: tinyPng() });
    expect(saved.ok).toBe(true);
    const png = PNG.sync.read(readFileSync(join(t.dir, 'exports', 'chart.png')));
    expect([png.width, png.height]).toEqual([3, 2]);
    const fake = await dispatch(handlers, 'export:save', { suggestedName: 'chart.png', kind: 'png', base64: Buffer.from('<svg/>').toString('base64') });
    expect(fake).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: 'base64' } });
    const svg = await dispatch(handlers, 'export:save', { suggestedName: 'chart.svg', kind: 'svg', text: 'no svg here' });
    expect(svg).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: 'text' } });
  });

  it('refuses names with folders or the wrong extension, and both or neither of base64/text', async () => {
    const { handlers } = t;
    for (const suggestedName of ['../evil.csv', '/etc/passwd.csv', 'a\\b.csv', 'x.png', '.csv']) {
      const answer = await dispatch(handlers, 'export:save', { suggestedName, kind: 'csv', text: 'a' });
      expect(answer, suggestedName).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: 'suggestedName' } });
    }
    expect(await dispatch(handlers, 'export:save', { suggestedName: 'a.csv', kind: 'csv' })).toMatchObject({ ok: false, error: { path: 'text' } });
    expect(await dispatch(handlers, 'export:save', { suggestedName: 'a.csv', kind: 'csv', text: 'a', base64: 'YQ==' })).toMatchObject({ ok: false, error: { path: 'text' } });
  });

  it('a failed write answers WRITE_FAILED with the path and the reason', async () => {
    const { handlers } = t;
    const blocked = join(t.dir, 'exports');
    writeFileSync(blocked, 'a file where the folder should be');
    const answer = await dispatch(handlers, 'export:save', { suggestedName: 'a.csv', kind: 'csv', text: 'a' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('WRITE_FAILED');
    expect(answer.error.message).toContain(blocked);
  });

  it('export:xlsx writes a workbook; export:pdf and export:copy-image are not available in the browser host', async () => {
    const { handlers } = t;
    const workbook = { title: 't', sheets: [{ name: '汇总', header: ['指标', '值'], rows: [['财税总收入', { value: 26.0027, format: 'fixed' as const, decimals: 2 }]] }] };
    const saved = await dispatch(handlers, 'export:xlsx', { suggestedName: '表格.xlsx', workbook });
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved', path: join(t.dir, 'exports', '表格.xlsx') } });
    expect([...readFileSync(join(t.dir, 'exports', '表格.xlsx')).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(await dispatch(handlers, 'export:pdf', { suggestedName: 'r.pdf' })).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } });
    expect(await dispatch(handlers, 'export:copy-image', { base64: tinyPng() })).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } });
  });
});

describe('export channels in the desktop app (save dialog, printToPDF, clipboard)', () => {
  function desktop(chosen: string | null) {
    const calls: { defaultPath: string; extensions: string[] }[] = [];
    const copied: Uint8Array[] = [];
    const service = createDialogExportService({
      defaultFolder: join(t.dir, 'Documents'),
      saveDialog: async (defaultPath, filters) => {
        calls.push({ defaultPath, extensions: filters.flatMap((f) => f.extensions) });
        return chosen;
      },
      printToPdf: async () => new TextEncoder().encode('%PDF-1.7 fake'),
      writeImage: async (png) => {
        copied.push(png);
        const decoded = PNG.sync.read(Buffer.from(png));
        return { width: decoded.width, height: decoded.height };
      },
    });
    return { handlers: createExportHandlers(service), calls, copied };
  }

  it('asks where to save (suggested name in the last folder), adds a missing extension, and reports the path', async () => {
    const d = desktop(join(t.dir, '我的报告'));
    const answer = await d.handlers['export:pdf']({ suggestedName: '推演台-报告.pdf' });
    expect(d.calls).toEqual([{ defaultPath: join(t.dir, 'Documents', '推演台-报告.pdf'), extensions: ['pdf'] }]);
    expect(answer).toEqual({ status: 'saved', path: join(t.dir, '我的报告.pdf'), bytes: 13 });
    expect(readFileSync(join(t.dir, '我的报告.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    await d.handlers['export:save']({ suggestedName: 'a.csv', kind: 'csv', text: 'x' });
    expect(d.calls[1]?.defaultPath).toBe(join(t.dir, 'a.csv'));
    expect(withExtension('/x/y.PNG', 'png')).toBe('/x/y.PNG');
  });

  it('a cancelled dialog writes nothing', async () => {
    const d = desktop(null);
    expect(await d.handlers['export:save']({ suggestedName: 'a.csv', kind: 'csv', text: 'x' })).toEqual({ status: 'cancelled' });
  });

  it('copies a PNG to the clipboard and reports its size', async () => {
    const d = desktop(null);
    expect(await d.handlers['export:copy-image']({ base64: tinyPng() })).toEqual({ copied: true, width: 3, height: 2 });
    expect(d.copied).toHaveLength(1);
  });
});
