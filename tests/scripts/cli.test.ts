import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, type CliRun } from './run-cli';

const scenarios = join(ROOT, 'seeds', 'scenarios');
const tmp = mkdtempSync(join(tmpdir(), 'tuiyan-cli-'));

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => {
      const cells: string[] = [];
      let cur = '';
      let quoted = false;
      for (let k = 0; k < line.length; k++) {
        const ch = line[k];
        if (quoted && ch === '"' && line[k + 1] === '"') {
          cur += '"';
          k++;
        } else if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) {
          cells.push(cur);
          cur = '';
        } else cur += ch;
      }
      cells.push(cur);
      return cells;
    });
}

interface JsonIndicator {
  id: string;
  name: string;
  unit: string;
  years: { year: number; value: number; target: number; gap: number; growth: number | null }[];
  summary: { endValue: number; endTarget: number; gap: number; achievedCagr: number | null; requiredCagr: number | null; onTrack: boolean };
}

function indicator(doc: { indicators: JsonIndicator[] }, id: string): JsonIndicator {
  const found = doc.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no ${id} in output`);
  return found;
}

function noStack(r: CliRun): void {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toContain('Error:');
}

describe.concurrent('scripts/cli.ts', () => {
  it('--help prints usage and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage');
    expect(r.stdout).toContain('validate');
    for (const option of ['--paths', '--seed', '--uncertainty']) expect(r.stdout).toContain(option);
  });

  it('run without a file prints the baseline table in Chinese with 亿元 to two decimals', async () => {
    const r = await runCli(['run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('财税总收入');
    expect(r.stdout).toContain('26.00');
    expect(r.stdout).toContain('9.00%');
    expect(r.stderr).toBe('');
  });

  it('run --format json: baseline 财税 ends at 16.9 × 1.09^5 on track; growth as decimals', async () => {
    const r = await runCli(['run', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.plan.id).toBe('chedun-14th');
    expect(typeof doc.scenario.name).toBe('string');
    const f = indicator(doc, 'fiscal-revenue-total');
    expect(f.name).toBe('财税总收入');
    expect(f.unit).toBe('亿元');
    expect(f.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(f.years[1]?.growth).toBeCloseTo(0.09, 12);
    expect(f.summary.endValue).toBeCloseTo(16.9 * Math.pow(1.09, 5), 10);
    expect(f.summary.gap).toBeCloseTo(0, 9);
    expect(f.summary.onTrack).toBe(true);
    expect(doc.indicators).toHaveLength(11);
  });

  it('run the 13th-plan-pace scenario as JSON: 财税 gap −4.2274', async () => {
    const r = await runCli(['run', join(scenarios, '13th-plan-pace.json'), '--format=json']);
    expect(r.code).toBe(0);
    const f = indicator(JSON.parse(r.stdout), 'fiscal-revenue-total');
    expect(f.summary.endValue).toBeCloseTo(16.9 * Math.pow(1.052, 5), 10);
    expect(f.summary.gap).toBeCloseTo(-4.2274, 4);
    expect(f.summary.onTrack).toBe(false);
    expect(f.summary.achievedCagr).toBeCloseTo(0.052, 12);
  });

  it('run --format csv: a header and one row per indicator-year', async () => {
    const r = await runCli(['run', join(scenarios, 'tax-cut-and-epidemic.json'), '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    const header = rows[0] ?? [];
    expect(header).toEqual(['id', 'name', 'unit', 'year', 'value', 'growth', 'cumulative', 'target', 'gap', 'gapPct', 'isActual']);
    expect(rows).toHaveLength(1 + 11 * 6);
    const col = (name: string) => header.indexOf(name);
    const row = rows.find((c) => c[col('id')] === 'fiscal-revenue-total' && c[col('year')] === '2022');
    expect(Number(row?.[col('value')])).toBeCloseTo(16.9 * 1.09 * 1.09 * 0.95 * 0.92, 10);
    const base = rows.find((c) => c[col('id')] === 'gdp' && c[col('year')] === '2020');
    expect(base?.[col('growth')]).toBe('');
  });

  it('--horizon extends the run; the share formula holds in every year', async () => {
    const r = await runCli(['run', join(scenarios, 'local-share-of-fiscal.json'), '--format', 'json', '--horizon', '2030']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const local = indicator(doc, 'local-fiscal-revenue');
    expect(local.years.at(-1)?.year).toBe(2030);
    expect(local.years.at(-1)?.value).toBeCloseTo(16.9 * Math.pow(1.07, 10) * 0.36, 10);
  });

  it('validate prints ok for an example scenario, from any working directory', async () => {
    const r = await runCli(['validate', join(scenarios, 'local-share-of-fiscal.json')], tmp);
    expect(r.stdout.trim()).toBe('ok');
    expect(r.code).toBe(0);
  });

  it('validate a bad file: exit 2, one line per problem with its JSON path, no stack trace', async () => {
    const path = file('bad.json', JSON.stringify({ name: 'x', indicators: { 'fiscal-revenue-total': { growth: '5%' }, nope: {} } }));
    const r = await runCli(['validate', path]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^indicators\.fiscal-revenue-total\.growth: .*expected number/);
    expect(lines[1]).toMatch(/^indicators\.nope: unknown indicator id/);
    noStack(r);
  });

  it('semantic problems: a bad year, a bad formula, a cycle', async () => {
    const path = file('semantic.json', JSON.stringify({
      name: 'x',
      indicators: { gdp: { actuals: { '2030': 1 } }, 'land-tax-per-mu': { formula: 'prev * (' }, 'fiscal-revenue-total': { formula: 'local' }, 'local-fiscal-revenue': { formula: 'fiscal' } },
    }));
    const r = await runCli(['run', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('indicators.gdp.actuals.2030: year 2030 is outside');
    expect(r.stderr).toContain('indicators.land-tax-per-mu.formula: ');
    expect(r.stderr).toContain('财税总收入');
    expect(r.stderr).toContain('cycle');
    noStack(r);
  });

  it('invalid JSON says the line and column; a missing file and a too-new version are clear too', async () => {
    const broken = await runCli(['validate', file('broken.json', '{\n  "name": "x",\n  oops\n}\n')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json:3:3: invalid JSON/);
    noStack(broken);
    const missing = await runCli(['run', join(tmp, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    noStack(missing);
    const newer = await runCli(['validate', file('newer.json', '{"name":"x","schemaVersion":9}')]);
    expect(newer.code).toBe(2);
    expect(newer.stderr).toContain('schemaVersion: this scenario was made by a newer Tuiyan');
  });

  it('bad arguments exit 2 with what was expected', async () => {
    const format = await runCli(['run', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format: expected table, json or csv');
    const horizon = await runCli(['run', '--horizon', '2099']);
    expect(horizon.code).toBe(2);
    expect(horizon.stderr).toContain('--horizon: expected a year from 2021 to 2035');
  });
});
