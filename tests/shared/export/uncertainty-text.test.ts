import { describe, expect, it } from 'vitest';
import { distributionText, uncertaintyPhrase } from '../../../shared/export/uncertainty-text';

describe('uncertainty in words for footnotes', () => {
  it('writes each distribution kind with rates in percent (one decimal, real minus sign)', () => {
    expect(distributionText({ kind: 'normal', sd: 0.0626 }, 'zh-CN')).toBe('正态 σ 6.3%');
    expect(distributionText({ kind: 'normal', mean: -0.01, sd: 0.02 }, 'en')).toBe('normal σ 2.0% mean \u22121.0%');
    expect(distributionText({ kind: 'lognormal', sigma: 0.0179 }, 'zh-CN')).toBe('对数正态 σ 1.8%');
    expect(distributionText({ kind: 'triangular', min: -0.08, mode: -0.04, max: 0 }, 'zh-CN')).toBe('三角 \u22128.0% / \u22124.0% / 0.0%');
    expect(distributionText({ kind: 'uniform', min: -0.02, max: 0.02 }, 'en')).toBe('uniform \u22122.0% – 2.0%');
    expect(distributionText({ kind: 'two-piece-normal', mode: 0, sdLow: 0.07, sdHigh: 0.04 }, 'en')).toBe('two-piece σ↓ 7.0% σ↑ 4.0%');
    expect(distributionText({ kind: 'normal', sd: 0.2 }, 'en', false)).toBe('normal σ 0.2');
  });

  it('says what a run drew for one indicator: growth deviation, economy loading, shock events', () => {
    const spec = {
      growth: { 'fiscal-revenue-total': { kind: 'normal' as const, sd: 0.0626 } },
      economy: { loadings: { 'fiscal-revenue-total': 0.8, gdp: 1 } },
      events: [{ indicator: 'fiscal-revenue-total', probability: 0.2, size: { kind: 'uniform' as const, min: -0.06, max: -0.02 }, label: '减税降费' }],
    };
    expect(uncertaintyPhrase(spec, 'fiscal-revenue-total', 'zh-CN')).toBe(
      '不确定性：年增速偏差 正态 σ 6.3%，经济因子载荷 0.8，减税降费 20.0%/年，幅度 均匀 \u22126.0% – \u22122.0%',
    );
    expect(uncertaintyPhrase(spec, 'fiscal-revenue-total', 'en')).toBe(
      'uncertainty: growth deviation normal σ 6.3%, economy loading 0.8, 减税降费 20.0%/yr, size uniform \u22126.0% – \u22122.0%',
    );
    expect(uncertaintyPhrase(spec, 'local-fiscal-revenue', 'zh-CN')).toBeNull();
    expect(uncertaintyPhrase({}, 'gdp', 'en')).toBeNull();
  });
});
