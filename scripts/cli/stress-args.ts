import { DEFAULT_PATHS, MAX_PATHS } from '../../shared/stress/stress-constants';

/** What `run --paths N --seed S [--uncertainty SPEC.json]` asks of the stress engine. */
export interface StressCliOptions {
  paths: number;
  seed: number;
  /** An uncertainty spec file, or null for the suggestion calibrated on the plan's history. */
  uncertainty: string | null;
}

/** The options `run` accepts for the stress test (besides --format, --horizon, --plan). */
export const STRESS_OPTIONS: readonly string[] = ['paths', 'seed', 'uncertainty'];

/** Default seed of the CLI, so two runs without --seed agree. */
export const CLI_DEFAULT_SEED = 1;

function wholeNumber(text: string): number | null {
  const clean = text.replace(/[_,]/g, '');
  return /^\d+$/.test(clean) ? Number(clean) : null;
}

/**
 * Reads --paths (1..1,000,000; `1_000_000` and `1,000,000` accepted), --seed (0..4294967295, default 1) and
 * --uncertainty FILE. The stress test runs when any of them is given (paths default 10,000); it reports in
 * --format json or table, not csv. Problems come back one line each.
 */
export function parseStressOptions(options: ReadonlyMap<string, string>, format: string): { stress: StressCliOptions | null; problems: string[] } {
  if (!STRESS_OPTIONS.some((o) => options.has(o))) return { stress: null, problems: [] };
  const problems: string[] = [];
  const pathsText = options.get('paths');
  const paths = pathsText === undefined ? DEFAULT_PATHS : wholeNumber(pathsText);
  if (paths === null || paths < 1 || paths > MAX_PATHS) problems.push(`--paths: expected a whole number of paths from 1 to ${MAX_PATHS.toLocaleString('en')}, got "${pathsText ?? ''}"`);
  const seedText = options.get('seed');
  const seed = seedText === undefined ? CLI_DEFAULT_SEED : wholeNumber(seedText);
  if (seed === null || seed > 0xffffffff) problems.push(`--seed: expected a whole number from 0 to 4294967295, got "${seedText ?? ''}"`);
  if (format === 'csv') problems.push('--paths / --seed / --uncertainty: the stress test reports in --format json or table, not csv');
  if (problems.length > 0 || paths === null || seed === null) return { stress: null, problems };
  return { stress: { paths, seed, uncertainty: options.get('uncertainty') ?? null }, problems };
}
