import { describe, expect, it } from 'vitest';
import { importName } from '../../../electron/api/import-name';

describe('importName', () => {
  it('keeps a free name', () => {
    expect(importName('稳增长', ['基线'])).toBe('稳增长');
  });

  it('adds " (导入)", then a number, when taken', () => {
    expect(importName('稳增长', ['稳增长'])).toBe('稳增长 (导入)');
    expect(importName('稳增长', ['稳增长', '稳增长 (导入)'])).toBe('稳增长 (导入 2)');
    expect(importName('稳增长', ['稳增长', '稳增长 (导入)', '稳增长 (导入 2)'])).toBe('稳增长 (导入 3)');
  });

  it('cuts a long name so the result fits 200 characters', () => {
    const long = 'a'.repeat(200);
    const name = importName(long, [long]);
    expect(name).toBe(`${'a'.repeat(195)} (导入)`);
    expect(name).toHaveLength(200);
  });
});
