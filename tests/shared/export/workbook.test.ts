import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../shared/export/build-workbook';
import { workbookSchema, type Cell, type SheetModel } from '../../../shared/export/workbook-model';
import { project } from '../engine/seed-plan';

const baseline = project({ name: 'baseline' });
const slow = project({ name: '财税放缓', indicators: { 'fiscal-revenue-total': { growth: 0.05 } } });

function sheet(wb: { sheets: SheetModel[] }, name: string): SheetModel {
  const found = wb.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}: ${wb.sheets.map((s) => s.name).join(', ')}`);
  return found;
}

function num(cell: Cell | undefined): number {
  if (cell === null || cell === undefined || typeof cell === 'string') throw new Error(`not a number cell: ${JSON.stringify(cell)}`);
  return cell.value;
}

function rowOf(s: SheetModel, first: string): Cell[] {
  const row = s.rows.find((r) => r[0] === first);
  if (!row) throw new Error(`no row ${first}`);
  return row;
}

describe('buildWorkbook', () => {
  const wb = buildWorkbook({ title: '车墩镇“十四五”规划', scenarioName: '财税放缓', date: '2026-11-23', lang: 'zh-CN', result: slow });

  it('has a summary sheet first, then one sheet per indicator, and passes the contract schema', () => {
    expect(wb.sheets[0]?.name).toBe('汇总');
    expect(wb.sheets).toHaveLength(1 + slow.indicators.length);
    expect(wb.sheets.slice(1).map((s) => s.name)).toEqual(slow.indicators.map((p) => p.name.zh.slice(0, 31)));
    expect(workbookSchema.safeParse(wb).success).toBe(true);
    expect(wb.sheets[0]?.notes).toEqual(['车墩镇“十四五”规划', '情景：财税放缓', '导出日期：2026-11-23']);
  });

  it('summary of 财税总收入 at 5 % a year: 16.9 × 1.05^5 against the target 16.9 × 1.09^5, as real numbers', () => {
    const row = rowOf(sheet(wb, '汇总'), '财税总收入');
    const value = 16.9 * 1.05 ** 5;
    const target = 16.9 * 1.09 ** 5;
    expect(row[1]).toBe('亿元');
    expect(num(row[2])).toBeCloseTo(value, 10);
    expect(num(row[3])).toBeCloseTo(target, 10);
    expect(num(row[4])).toBeCloseTo(value - target, 10);
    expect(num(row[5])).toBeCloseTo(value / target - 1, 10);
    expect(row[2]).toMatchObject({ format: 'fixed', decimals: 2 });
    expect(row[5]).toMatchObject({ format: 'percent', decimals: 1 });
    expect(row[9]).toBe('未达标');
  });

  it('the indicator sheet lists every year with value 16.9 × 1.05^t, growth 5 % and the target path 16.9 × 1.09^t', () => {
    const s = sheet(wb, '财税总收入');
    expect(s.header).toEqual(['年份', '数值', '增速', '目标路径', '差距', '差距率', '来源']);
    expect(s.rows.map((r) => num(r[0]))).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    s.rows.forEach((r, t) => {
      expect(num(r[1])).toBeCloseTo(16.9 * 1.05 ** t, 10);
      expect(num(r[3])).toBeCloseTo(16.9 * 1.09 ** t, 10);
      if (t > 0) expect(num(r[2])).toBeCloseTo(0.05, 12);
    });
    expect(s.rows[0]?.[2]).toBeNull();
  });

  it('a flow indicator (工业固定资产投资, 10 a year) gets a cumulative column 0, 10, … 50', () => {
    const s = sheet(wb, '工业固定资产投资');
    expect(s.header).toContain('累计');
    expect(s.rows.map((r) => num(r[3]))).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('a comparison adds a variance sheet: value, difference from the frozen baseline (unit and %), gap', () => {
    const cmp = buildWorkbook({
      title: '车墩镇“十四五”规划',
      scenarioName: '财税放缓',
      date: '2026-11-23',
      lang: 'zh-CN',
      result: slow,
      comparison: { baseline, runs: [{ name: '财税放缓', result: slow }, { name: '基线副本', result: baseline }] },
    });
    const v = sheet(cmp, '情景对比');
    expect(v.header.slice(0, 8)).toEqual(['指标', '单位', '基准（冻结）2025年', '2025年目标', '财税放缓：推算值', '财税放缓：较基准', '财税放缓：较基准%', '财税放缓：差距']);
    const row = rowOf(v, '财税总收入');
    const base = 16.9 * 1.09 ** 5;
    const mine = 16.9 * 1.05 ** 5;
    expect(num(row[2])).toBeCloseTo(base, 10);
    expect(num(row[4])).toBeCloseTo(mine, 10);
    expect(num(row[5])).toBeCloseTo(mine - base, 10);
    expect(num(row[6])).toBeCloseTo((1.05 / 1.09) ** 5 - 1, 10);
    expect(num(row[9])).toBeCloseTo(0, 10);
    expect(workbookSchema.safeParse(cmp).success).toBe(true);
  });

  it('writes English headers and sheet names in English', () => {
    const en = buildWorkbook({ title: 'Chedun 14th FYP', scenarioName: 'slow', date: '2026-11-23', lang: 'en', result: slow });
    expect(en.sheets[0]?.name).toBe('Summary');
    expect(en.sheets.every((s) => s.name.length <= 31)).toBe(true);
    expect(new Set(en.sheets.map((s) => s.name.toLowerCase())).size).toBe(en.sheets.length);
  });
});
