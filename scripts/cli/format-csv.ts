import type { ProjectionResult } from '../../shared/engine/engine-types';

/** Column names of `run --format csv`, one row per indicator and year. */
export const CSV_COLUMNS = ['id', 'name', 'unit', 'year', 'value', 'growth', 'cumulative', 'target', 'gap', 'gapPct', 'isActual'] as const;

function cell(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * The `run --format csv` text (RFC 4180, header first, LF line ends): full-precision numbers, rates as decimals,
 * empty cells where a value is undefined (growth of the base year, cumulative of a non-flow indicator).
 */
export function formatCsv(result: ProjectionResult): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const ind of result.indicators) {
    for (const r of ind.years) {
      lines.push(
        [ind.id, ind.name.zh, ind.unit.zh, r.year, r.value, r.growth, r.cumulative, r.target, r.gap, r.gapPct, r.isActual]
          .map(cell)
          .join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
