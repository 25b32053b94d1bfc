import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatRate,
  formatSignedNumber,
  formatSignedRate,
  parseNumberInput,
  parsePercentInput,
  percentToRate,
  rateToPercentField,
  withUnit,
} from '../../renderer/lib/format';

describe('formatNumber', () => {
  it('rounds 亿元 to two decimals', () => {
    expect(formatNumber(26.0027, 2, 'zh-CN')).toBe('26.00');
    expect(formatNumber(8.9629, 2, 'en')).toBe('8.96');
  });
  it('groups thousands and uses a real minus sign', () => {
    expect(formatNumber(12345.678, 1, 'en')).toBe('12,345.7');
    expect(formatNumber(-4.2265, 2, 'zh-CN')).toBe('\u22124.23');
  });
  it('shows no sign for a value that rounds to zero', () => {
    expect(formatNumber(-0.001, 2, 'zh-CN')).toBe('0.00');
  });
  it('shows a dash for missing or non-finite values', () => {
    expect(formatNumber(Number.NaN, 2, 'zh-CN')).toBe('—');
    expect(formatNumber(null, 2, 'zh-CN')).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY, 2, 'en')).toBe('—');
  });
});

describe('formatRate', () => {
  it('shows a decimal rate in percent with one decimal', () => {
    expect(formatRate(0.0523, 'zh-CN')).toBe('5.2%');
    expect(formatRate(0.09, 'en')).toBe('9.0%');
    expect(formatRate(Math.pow(1.09, 5 / 4) - 1, 'zh-CN')).toBe('11.4%');
  });
  it('drops the sign of a rate that rounds to zero', () => {
    expect(formatRate(-0.00001, 'zh-CN')).toBe('0.0%');
  });
  it('signs gaps in percent', () => {
    expect(formatSignedRate(-0.16254, 'zh-CN')).toBe('\u221216.3%');
    expect(formatSignedRate(0.012, 'en')).toBe('+1.2%');
    expect(formatSignedRate(0, 'en')).toBe('0.0%');
  });
});

describe('formatSignedNumber', () => {
  it('signs both ways and leaves zero unsigned', () => {
    expect(formatSignedNumber(1.204, 2, 'en')).toBe('+1.20');
    expect(formatSignedNumber(-4.2265, 2, 'zh-CN')).toBe('\u22124.23');
    expect(formatSignedNumber(0, 2, 'zh-CN')).toBe('0.00');
  });
});

describe('withUnit', () => {
  it('always attaches the unit, a bare % without a space', () => {
    expect(withUnit('26.00', '亿元')).toBe('26.00\u00a0亿元');
    expect(withUnit('70.0', '%')).toBe('70.0%');
    expect(withUnit('—', '亿元')).toBe('—');
  });
});

describe('parsing typed numbers', () => {
  it('reads percent fields as decimals', () => {
    expect(parsePercentInput('5.2')).toBeCloseTo(0.052, 12);
    expect(parsePercentInput('5,2%')).toBeCloseTo(0.052, 12);
    expect(parsePercentInput('\u22123')).toBeCloseTo(-0.03, 12);
    expect(parsePercentInput('abc')).toBeNull();
    expect(parsePercentInput('')).toBeNull();
  });
  it('stores a typed percentage as the decimal written the same way (5.2 → 0.052 exactly, not 0.052000000000000005)', () => {
    expect(5.2 / 100).not.toBe(0.052);
    expect(percentToRate(5.2)).toBe(0.052);
    expect(percentToRate(7)).toBe(0.07);
    expect(percentToRate(-0.1)).toBe(-0.001);
    expect(percentToRate(11.37)).toBe(0.1137);
    expect(parsePercentInput('5.2')).toBe(0.052);
  });
  it('reads plain numbers', () => {
    expect(parseNumberInput(' 16.9 ')).toBe(16.9);
    expect(parseNumberInput('1e3')).toBeNull();
    expect(parseNumberInput('.5')).toBe(0.5);
  });
  it('shows stored rates in percent without float noise', () => {
    expect(rateToPercentField(0.052)).toBe(5.2);
    expect(rateToPercentField(0.07)).toBe(7);
  });
});
