import { describe, expect, it } from 'vitest';
import { exportFileName, isSafeFileName, MAX_FILE_NAME, safeNamePart } from '../../../shared/export/file-names';

describe('export file names', () => {
  it('joins the parts with "-" and adds the extension', () => {
    expect(exportFileName(['推演台', '减税降费', '财税总收入', '2026-11-23'], 'png')).toBe('推演台-减税降费-财税总收入-2026-11-23.png');
  });

  it('replaces path separators and reserved characters, drops empty parts and device names', () => {
    expect(safeNamePart('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeNamePart('  ..hidden.  ')).toBe('hidden');
    expect(safeNamePart('x\u0000y\u001fz')).toBe('x_y_z');
    expect(exportFileName(['', '../..', 'ok'], 'csv')).toBe('ok.csv');
    expect(exportFileName(['CON'], 'json')).toBe('_CON.json');
    expect(exportFileName([''], 'xlsx')).toBe('tuiyan.xlsx');
  });

  it('cuts long names to MAX_FILE_NAME characters with the extension', () => {
    const name = exportFileName(['长'.repeat(300)], 'pdf');
    expect([...name].length).toBeLessThanOrEqual(MAX_FILE_NAME);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('accepts only plain names with the right extension', () => {
    expect(isSafeFileName('推演台-方案.png', 'png')).toBe(true);
    expect(isSafeFileName('推演台-方案.png', 'svg')).toBe(false);
    expect(isSafeFileName('../x.png', 'png')).toBe(false);
    expect(isSafeFileName('a/x.png', 'png')).toBe(false);
    expect(isSafeFileName('C:\\x.png', 'png')).toBe(false);
    expect(isSafeFileName('.png', 'png')).toBe(false);
    expect(isSafeFileName('.hidden.png', 'png')).toBe(false);
    expect(isSafeFileName('nul.png', 'png')).toBe(false);
    for (const kind of ['png', 'svg', 'pdf', 'csv', 'xlsx', 'json'] as const) {
      expect(isSafeFileName(exportFileName(['推演台', 'a:b', '2026-11-23'], kind), kind)).toBe(true);
    }
  });
});
