import { parseStressOptions, STRESS_OPTIONS, type StressCliOptions } from './stress-args';

/** Output formats of `run`. */
export type OutputFormat = 'table' | 'json' | 'csv';

/** A parsed command line: what to do, or the problems with it (one line each). */
export type CliCommand =
  | { command: 'help' }
  | { command: 'run'; file: string | null; format: OutputFormat; horizon: number | null; plan: string | null; stress: StressCliOptions | null }
  | { command: 'validate'; file: string; plan: string | null }
  | { command: 'error'; problems: string[] };

const FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv'];

function isFormat(s: string): s is OutputFormat {
  return FORMATS.some((f) => f === s);
}

/**
 * Parses `run [SCENARIO.json] [--format table|json|csv] [--horizon YEAR] [--plan PLAN.json]
 * [--paths N] [--seed S] [--uncertainty SPEC.json]` (the last three run the stress test, see stress-args),
 * `validate FILE [--plan PLAN.json]` and `--help`. Options accept `--name value` and `--name=value`.
 * `minHorizon` / `maxHorizon` bound --horizon (years).
 */
export function parseArgs(argv: readonly string[], minHorizon: number, maxHorizon: number): CliCommand {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { command: 'help' };
  const problems: string[] = [];
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!['format', 'horizon', 'plan', ...STRESS_OPTIONS].includes(name)) {
      problems.push(`${arg}: unknown option; expected --format, --horizon, --plan, --paths, --seed, --uncertainty or --help`);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++k];
    if (value === undefined || value === '') problems.push(`--${name}: missing value`);
    else options.set(name, value);
  }
  const [command, ...files] = positional;
  if (command === undefined) return { command: 'error', problems: ['missing command; expected run or validate (see --help)', ...problems] };
  const plan = options.get('plan') ?? null;
  if (command === 'validate') {
    if (['format', 'horizon', ...STRESS_OPTIONS].some((o) => options.has(o))) problems.push('validate takes only FILE and --plan');
    if (files.length !== 1) problems.push(`validate: expected one scenario file, got ${files.length}`);
    const file = files[0];
    return problems.length > 0 || file === undefined ? { command: 'error', problems } : { command: 'validate', file, plan };
  }
  if (command !== 'run') return { command: 'error', problems: [`${command}: unknown command; expected run or validate (see --help)`, ...problems] };
  if (files.length > 1) problems.push(`run: expected at most one scenario file, got ${files.length}`);
  const formatText = options.get('format') ?? 'table';
  const format: OutputFormat = isFormat(formatText) ? formatText : 'table';
  if (!isFormat(formatText)) problems.push(`--format: expected table, json or csv, got "${formatText}"`);
  const horizonText = options.get('horizon');
  let horizon: number | null = null;
  if (horizonText !== undefined) {
    const h = Number(horizonText);
    if (!/^\d{4}$/.test(horizonText) || h < minHorizon || h > maxHorizon) {
      problems.push(`--horizon: expected a year from ${minHorizon} to ${maxHorizon}, got "${horizonText}"`);
    } else horizon = h;
  }
  const stress = parseStressOptions(options, formatText);
  problems.push(...stress.problems);
  if (problems.length > 0) return { command: 'error', problems };
  return { command: 'run', file: files[0] ?? null, format, horizon, plan, stress: stress.stress };
}
