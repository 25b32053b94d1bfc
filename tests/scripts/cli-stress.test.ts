import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseArgs } from '../../scripts/cli/args';
import { parseStressOptions } from '../../scripts/cli/stress-args';
import { runCli } from './run-cli';

describe('run --paths / --seed / --uncertainty', () => {
  it('parses the stress options with defaults and refuses bad ones clearly', () => {
    expect(parseStressOptions(new Map(), 'json')).toEqual({ stress: null, problems: [] });
    expect(parseStressOptions(new Map([['paths', '1_000_000']]), 'json').stress).toEqual({ paths: 1_000_000, seed: 1, uncertainty: null });
    expect(parseStressOptions(new Map([['seed', '7']]), 'table').stress).toEqual({ paths: 10_000, seed: 7, uncertainty: null });
    expect(parseStressOptions(new Map([['paths', '2000000']]), 'json').problems[0]).toMatch(/^--paths: expected a whole number of paths from 1 to 1,000,000/);
    expect(parseStressOptions(new Map([['seed', '1.5']]), 'json').problems[0]).toMatch(/^--seed/);
    expect(parseStressOptions(new Map([['paths', '10']]), 'csv').problems[0]).toMatch(/json or table, not csv/);
    const cmd = parseArgs(['run', '--paths=500', '--seed', '3', '--format', 'json'], 2021, 2035);
    expect(cmd.command === 'run' ? cmd.stress : null).toEqual({ paths: 500, seed: 3, uncertainty: null });
    expect(parseArgs(['validate', 'x.json', '--paths', '5'], 2021, 2035)).toEqual({ command: 'error', problems: ['validate takes only FILE and --plan'] });
  });

  it('adds a reproducible stress section to the JSON: percentiles, probabilities with standard errors, joint on the same paths', async () => {
    const args = ['run', '--paths', '3000', '--seed', '5', '--format', 'json'];
    const [a, b] = await Promise.all([runCli(args), runCli(args)]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const doc: unknown = JSON.parse(a.stdout);
    const stress: unknown = typeof doc === 'object' && doc !== null ? Reflect.get(doc, 'stress') : undefined;
    expect(stress).toMatchObject({ paths: 3000, seed: 5, engineVersion: 'tuiyan-stress/1', algorithm: expect.stringContaining('xoshiro128**') });
    const s = z
      .object({
        indicators: z.array(z.object({ id: z.string(), probability: z.number(), standardError: z.number(), percentiles: z.array(z.object({ year: z.number(), p5: z.number(), p95: z.number() })) })),
        jointProbability: z.number(),
        jointStandardError: z.number(),
        jointSets: z.array(z.object({ id: z.string(), indicators: z.array(z.string()), probability: z.number(), standardError: z.number(), met: z.number() })),
      })
      .parse(stress);
    const fiscal = s.indicators.find((i) => i.id === 'fiscal-revenue-total');
    expect(fiscal?.percentiles.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(fiscal?.standardError).toBeCloseTo(Math.sqrt(((fiscal?.probability ?? 0) * (1 - (fiscal?.probability ?? 0))) / 3000), 12);
    expect(s.jointProbability).toBeLessThanOrEqual(Math.min(...s.indicators.map((i) => i.probability)));
    expect(s.jointStandardError).toBeCloseTo(Math.sqrt((s.jointProbability * (1 - s.jointProbability)) / 3000), 12);
    // The revenue pair: counted on the same paths, so no likelier than either line and no less likely than all targets.
    const [pair, ...rest] = s.jointSets;
    expect(rest).toEqual([]);
    expect(pair?.id).toBe('revenue');
    expect(pair?.indicators).toEqual(['fiscal-revenue-total', 'local-fiscal-revenue']);
    const local = s.indicators.find((i) => i.id === 'local-fiscal-revenue');
    expect(pair?.probability).toBeLessThanOrEqual(Math.min(fiscal?.probability ?? 0, local?.probability ?? 0));
    expect(pair?.probability).toBeGreaterThanOrEqual(s.jointProbability);
    expect(pair?.met).toBe(Math.round((pair?.probability ?? 0) * 3000));
    expect(pair?.standardError).toBeCloseTo(Math.sqrt(((pair?.probability ?? 0) * (1 - (pair?.probability ?? 0))) / 3000), 12);
  });

  it('prints the revenue pair line before the all-targets line in the table', async () => {
    const out = await runCli(['run', '--paths', '2000', '--seed', '5', '--format', 'table']);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    const pair = lines.findIndex((l) => /^财税总收入与地方财政收入同时达标：\d+\.\d% ± \d+\.\d%$/.test(l));
    const all = lines.findIndex((l) => l.startsWith('全部目标同时达标：'));
    expect(pair).toBeGreaterThan(0);
    expect(all).toBe(pair + 1);
  });
});
