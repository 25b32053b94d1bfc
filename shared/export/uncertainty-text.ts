import type { Distribution, UncertaintySpec } from '../stress/stress-schema';
import { percentText } from './assumption-text';
import type { ExportLang } from './export-labels';

/** A number in a parameter's own unit, up to four decimals, with a real minus sign. */
function plain(value: number): string {
  return String(Number(value.toFixed(4))).replace(/^-/, '\u2212');
}

/**
 * A distribution in a few words, rates in percent ("正态 σ 6.3%", "two-piece σ↓ 4.0% σ↑ 2.0%"); `asRate` false
 * writes a parameter's values in its own unit. Zero means are left out.
 */
export function distributionText(d: Distribution, lang: ExportLang, asRate = true): string {
  const en = lang === 'en';
  const v = (x: number): string => (asRate ? percentText(x) : plain(x));
  switch (d.kind) {
    case 'normal':
      return `${en ? 'normal' : '正态'} σ ${v(d.sd)}${d.mean ? ` ${en ? 'mean' : '均值'} ${v(d.mean)}` : ''}`;
    case 'lognormal':
      return `${en ? 'lognormal' : '对数正态'} σ ${percentText(d.sigma)}${d.mu ? ` μ ${percentText(d.mu)}` : ''}`;
    case 'triangular':
      return `${en ? 'triangular' : '三角'} ${v(d.min)} / ${v(d.mode)} / ${v(d.max)}`;
    case 'uniform':
      return `${en ? 'uniform' : '均匀'} ${v(d.min)} – ${v(d.max)}`;
    case 'two-piece-normal':
      return `${en ? 'two-piece' : '双侧正态'} σ↓ ${v(d.sdLow)} σ↑ ${v(d.sdHigh)}${d.mode ? ` ${en ? 'mode' : '众数'} ${v(d.mode)}` : ''}`;
  }
}

/**
 * The uncertainty a stress run drew for one indicator, as one footnote phrase: its yearly growth deviation, its
 * loading on the economy factor, and its random shock events (probability per year and size). Null when the
 * spec makes nothing about the indicator uncertain (its fan then comes from the indicators it reads).
 */
export function uncertaintyPhrase(spec: UncertaintySpec, indicatorId: string, lang: ExportLang): string | null {
  const en = lang === 'en';
  const parts: string[] = [];
  const growth = spec.growth?.[indicatorId];
  if (growth) parts.push(`${en ? 'growth deviation' : '年增速偏差'} ${distributionText(growth, lang)}`);
  const loading = spec.economy?.loadings[indicatorId];
  if (loading !== undefined && loading !== 0) parts.push(`${en ? 'economy loading' : '经济因子载荷'} ${plain(loading)}`);
  for (const e of spec.events ?? []) {
    if (e.indicator !== indicatorId) continue;
    const name = e.label?.trim() || (en ? 'shock event' : '冲击事件');
    parts.push(`${name} ${percentText(e.probability)}${en ? '/yr, size ' : '/年，幅度 '}${distributionText(e.size, lang)}`);
  }
  if (parts.length === 0) return null;
  return `${en ? 'uncertainty: ' : '不确定性：'}${parts.join(en ? ', ' : '，')}`;
}
