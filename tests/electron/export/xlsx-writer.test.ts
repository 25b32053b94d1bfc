import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../shared/export/build-workbook';
import { excelNumFmt, workbookToXlsx } from '../../../electron/export/xlsx-writer';
import { project } from '../../shared/engine/seed-plan';

const baseline = project({ name: 'baseline' });
const slow = project({ name: '放缓', indicators: { 'fiscal-revenue-total': { growth: 0.05 }, 'industrial-investment': { growth: 0.1 } } });

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.read(Readable.from([Buffer.from(bytes)]));
  return book;
}

/** The row whose column A holds `label`, in a sheet. */
function rowWith(ws: ExcelJS.Worksheet, label: string | number): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r += 1) {
    if (ws.getRow(r).getCell(1).value === label) return ws.getRow(r);
  }
  throw new Error(`no row "${label}" in ${ws.name}`);
}

describe('XLSX export (exceljs, read back)', () => {
  it('number formats: 0.00 for 2 decimals, 0.0% for rates, 0 for years', () => {
    expect(excelNumFmt({ value: 1, format: 'fixed', decimals: 2 })).toBe('0.00');
    expect(excelNumFmt({ value: 1, format: 'fixed', decimals: 0 })).toBe('0');
    expect(excelNumFmt({ value: 1, format: 'percent', decimals: 1 })).toBe('0.0%');
    expect(excelNumFmt({ value: 1, format: 'integer', decimals: 0 })).toBe('0');
  });

  it('gives the engine\'s numbers as real numbers with formats: a sheet per indicator, the summary and the variance sheet', async () => {
    const model = buildWorkbook({
      title: '车墩镇“十四五”规划',
      scenarioName: '放缓',
      date: '2026-11-23',
      lang: 'zh-CN',
      result: slow,
      comparison: { baseline, runs: [{ name: '放缓', result: slow }] },
    });
    const book = await readBack(await workbookToXlsx(model));
    expect(book.worksheets.map((w) => w.name)).toEqual(['汇总', ...slow.indicators.map((p) => p.name.zh), '情景对比']);

    const fiscal = book.getWorksheet('财税总收入');
    if (!fiscal) throw new Error('no fiscal sheet');
    for (let t = 0; t <= 5; t += 1) {
      const row = rowWith(fiscal, 2020 + t);
      const value = row.getCell(2);
      expect(typeof value.value).toBe('number');
      expect(Number(value.value)).toBeCloseTo(16.9 * 1.05 ** t, 10);
      expect(value.numFmt).toBe('0.00');
      expect(Number(row.getCell(4).value)).toBeCloseTo(16.9 * 1.09 ** t, 10);
      if (t > 0) {
        expect(Number(row.getCell(3).value)).toBeCloseTo(0.05, 12);
        expect(row.getCell(3).numFmt).toBe('0.0%');
      }
    }
    expect(fiscal.getRow(1).getCell(1).value).toBe('财税总收入 (亿元)');

    const invest = book.getWorksheet('工业固定资产投资');
    if (!invest) throw new Error('no investment sheet');
    const cumulative = [0, 1, 2, 3, 4, 5].reduce((sum, t) => sum + (t === 0 ? 0 : 10 * 1.1 ** t), 0);
    expect(Number(rowWith(invest, 2025).getCell(4).value)).toBeCloseTo(cumulative, 9);

    const summary = book.getWorksheet('汇总');
    if (!summary) throw new Error('no summary sheet');
    const line = rowWith(summary, '财税总收入');
    expect(Number(line.getCell(3).value)).toBeCloseTo(16.9 * 1.05 ** 5, 10);
    expect(Number(line.getCell(4).value)).toBeCloseTo(16.9 * 1.09 ** 5, 10);
    expect(Number(line.getCell(6).value)).toBeCloseTo((1.05 / 1.09) ** 5 - 1, 10);
    expect(line.getCell(6).numFmt).toBe('0.0%');
    expect(line.getCell(10).value).toBe('未达标');

    const variance = book.getWorksheet('情景对比');
    if (!variance) throw new Error('no variance sheet');
    const v = rowWith(variance, '财税总收入');
    expect(Number(v.getCell(3).value)).toBeCloseTo(16.9 * 1.09 ** 5, 10);
    expect(Number(v.getCell(6).value)).toBeCloseTo(16.9 * (1.05 ** 5 - 1.09 ** 5), 10);
  });
});
