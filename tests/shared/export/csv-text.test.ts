import { describe, expect, it } from 'vitest';
import { csvField, sheetToCsv, UTF8_BOM } from '../../../shared/export/csv-text';
import { yearlySheetRows } from '../../../shared/export/table-rows';
import { project } from '../engine/seed-plan';

/** A small RFC 4180 reader, written for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('CSV export', () => {
  const result = project({ name: 'x', indicators: { 'fiscal-revenue-total': { growth: 0.05 } } });
  const csv = sheetToCsv(yearlySheetRows(result, 'zh-CN'));

  it('starts with the UTF-8 byte-order mark, so Excel reads Chinese text', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('round-trips Chinese text and gives numbers with their decimals, rates as percent', () => {
    const decoded = new TextDecoder('utf-8', { ignoreBOM: false }).decode(new TextEncoder().encode(csv));
    const rows = parseCsv(decoded);
    expect(rows[0]).toEqual(['指标', '单位', '年份', '数值', '增速', '累计', '目标路径', '差距', '差距率', '来源']);
    const fiscal2025 = rows.find((r) => r[0] === '财税总收入' && r[2] === '2025');
    expect(fiscal2025?.[1]).toBe('亿元');
    expect(Number(fiscal2025?.[3])).toBeCloseTo(16.9 * 1.05 ** 5, 2);
    expect(fiscal2025?.[4]).toBe('5.0%');
    expect(fiscal2025?.[6]).toBe((16.9 * 1.09 ** 5).toFixed(2));
    expect(fiscal2025?.[9]).toBe('推算');
    // 累计 is empty for a level indicator and the running sum for a flow (工业固定资产投资 held at 10 a year).
    expect(fiscal2025?.[5]).toBe('');
    const investment2025 = rows.find((r) => r[0] === '工业固定资产投资' && r[2] === '2025');
    expect(Number(investment2025?.[5])).toBe(50);
    expect(rows).toHaveLength(1 + result.indicators.length * result.years.length);
  });

  it('quotes commas, quotes and line breaks, and defuses formula-like text', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"好"')).toBe('"说""好"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5')).toBe("'-5");
    expect(csvField({ value: -4.2345, format: 'fixed', decimals: 2 })).toBe('-4.23');
    expect(csvField({ value: -0.1623, format: 'percent', decimals: 1 })).toBe('-16.2%');
    expect(csvField({ value: 2023, format: 'integer', decimals: 0 })).toBe('2023');
    expect(csvField(null)).toBe('');
    const parsed = parseCsv(sheetToCsv({ header: ['名称', '备注'], rows: [['车墩镇, 松江', '他说"行"\r\n再议']] }).slice(1));
    expect(parsed).toEqual([['名称', '备注'], ['车墩镇, 松江', '他说"行"\r\n再议']]);
  });
});
