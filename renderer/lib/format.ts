/** UI languages; the first is the default. */
export type Lang = 'zh-CN' | 'en';

/** Narrows any string (a stored setting, i18next's language) to a UI language, defaulting to Chinese. */
export function toLang(value: unknown): Lang {
  return value === 'en' ? 'en' : 'zh-CN';
}

/** Placeholder shown where a figure cannot be computed (missing, infinite, NaN). */
export const NO_VALUE = '—';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A figure through the cached Intl.NumberFormat for (lang, style, sign, decimals), with a real minus sign (U+2212,
 * it reads better than a hyphen); "—" for a missing or non-finite value.
 */
function formatFigure(value: number | null | undefined, lang: Lang, style: 'decimal' | 'percent', signDisplay: 'negative' | 'exceptZero', decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  const id = `${lang}|${style}|${signDisplay}|${decimals}`;
  let f = numberFormats.get(id);
  if (f === undefined) {
    f = new Intl.NumberFormat(lang, { style, minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay });
    numberFormats.set(id, f);
  }
  return f.format(value).replace(/^-/, '\u2212');
}

/**
 * A value in an indicator's unit with a fixed number of decimals (亿元 use 2), through Intl.NumberFormat.
 * 26.0027 with 2 decimals → "26.00". Non-finite values give "—".
 */
export function formatNumber(value: number | null | undefined, decimals: number, lang: Lang): string {
  return formatFigure(value, lang, 'decimal', 'negative', decimals);
}

/** Like formatNumber but always signed ("+1.20", "−4.23", "0.00"): for gaps. */
export function formatSignedNumber(value: number | null | undefined, decimals: number, lang: Lang): string {
  return formatFigure(value, lang, 'decimal', 'exceptZero', decimals);
}

/** A decimal rate shown in percent with one decimal: 0.0523 → "5.2%"; a value that rounds to zero shows no sign. Non-finite values give "—". */
export function formatRate(rate: number | null | undefined, lang: Lang, decimals = 1): string {
  return formatFigure(rate, lang, 'percent', 'negative', decimals);
}

/** A decimal rate in percent, always signed: −0.1623 → "−16.2%"; for gaps in percent and growth shifts. */
export function formatSignedRate(rate: number | null | undefined, lang: Lang, decimals = 1): string {
  return formatFigure(rate, lang, 'percent', 'exceptZero', decimals);
}

/**
 * A value with its unit, e.g. "26.00 亿元", "70.0%" (a unit of "%" is attached without a space),
 * "104.0 指数(2020=100)". The unit is always shown so a figure never stands alone.
 */
export function withUnit(formatted: string, unit: string): string {
  if (formatted === NO_VALUE) return formatted;
  if (unit === '%') return `${formatted}%`;
  return `${formatted}\u00a0${unit}`;
}

/**
 * A percentage (5.2) as a decimal rate (0.052), rounded to 12 significant digits so that 5.2 is stored as 0.052
 * and not 0.052000000000000005: scenario files and exports then show what the user typed.
 */
export function percentToRate(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

/** A percent figure typed by the user ("5.2", "5,2", "5.2%") as a decimal rate (0.052); null when not a number. */
export function parsePercentInput(text: string): number | null {
  const cleaned = text.trim().replace(/[%％]$/, '').replace(',', '.').replace('\u2212', '-').trim();
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? percentToRate(n) : null;
}

/** A plain number typed by the user ("16.9", "16,9", "−3"); null when not a number. */
export function parseNumberInput(text: string): number | null {
  const cleaned = text.trim().replace(',', '.').replace('\u2212', '-');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

/** A decimal rate as the number shown in a percent field (0.052 → 5.2), rounded to 4 decimals to hide float noise. */
export function rateToPercentField(rate: number): number {
  return Math.round(rate * 100 * 10_000) / 10_000;
}
