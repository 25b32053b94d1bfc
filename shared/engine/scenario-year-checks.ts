import type { IndicatorAssumptions } from '../scenario/scenario-schema';
import type { ScenarioIssue } from './engine-types';

/**
 * Checks that every year an indicator's assumptions name (yearGrowth, actuals and reference keys, shock years)
 * lies in baseYear + 1 .. horizon, the projected years; a year outside would silently do nothing.
 */
export function checkAssumptionYears(
  id: string,
  a: IndicatorAssumptions,
  baseYear: number,
  horizon: number,
): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const first = baseYear + 1;
  const range = `${first}..${horizon} (the year after the base year ${baseYear} up to the horizon)`;
  const check = (year: number, path: string): void => {
    if (year < first || year > horizon) issues.push({ path, message: `year ${year} is outside ${range}` });
  };
  const prefix = `indicators.${id}`;
  for (const field of ['yearGrowth', 'actuals'] as const) {
    for (const key of Object.keys(a[field] ?? {})) check(Number(key), `${prefix}.${field}.${key}`);
  }
  if (a.reference !== undefined && typeof a.reference !== 'number') {
    for (const key of Object.keys(a.reference)) check(Number(key), `${prefix}.reference.${key}`);
  }
  (a.shocks ?? []).forEach((s, i) => {
    const at = `${prefix}.shocks.${i}`;
    if (s.kind === 'level') check(s.from, `${at}.from`);
    else if (s.kind === 'dip') check(s.year, `${at}.year`);
    else {
      check(s.from, `${at}.from`);
      check(s.to, `${at}.to`);
    }
  });
  return issues;
}
