import { MAX_HORIZON, MIN_HORIZON } from '../shared/scenario/scenario-schema';
import { parseArgs } from './cli/args';
import { USAGE } from './cli/usage';

const BAD_INPUT = 2;

function fail(lines: readonly string[]): number {
  process.stderr.write(`${lines.join('\n')}\n`);
  return BAD_INPUT;
}

async function main(argv: readonly string[]): Promise<number> {
  const cmd = parseArgs(argv, MIN_HORIZON, MAX_HORIZON);
  if (cmd.command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (cmd.command === 'error') return fail(cmd.problems);
  // The engine pulls in mathjs (via the formula module); loaded only once the arguments are known to be good.
  const [{ loadPlan }, { readJsonFile }, { validateScenario }, { prepareModel }, { runModel }] = await Promise.all([
    import('./cli/load-plan'),
    import('./cli/read-json-file'),
    import('../shared/engine/validate-scenario'),
    import('../shared/engine/prepare-model'),
    import('../shared/engine/run-model'),
  ]);
  const loaded = loadPlan(cmd.plan);
  if (!loaded.ok) return fail(loaded.problems);
  const plan = loaded.plan;

  let json: unknown = { name: '规划基准（各指标按目标增速）' };
  const file = cmd.file;
  if (file !== null) {
    const read = readJsonFile(file);
    if (!read.ok) return fail([read.message]);
    json = read.value;
  }
  if (cmd.command === 'run' && cmd.horizon !== null && typeof json === 'object' && json !== null && !Array.isArray(json)) {
    json = { ...json, horizon: cmd.horizon };
  }
  const checked = validateScenario(plan, json);
  if (!checked.ok) return fail(checked.issues.map((i) => `${i.path}: ${i.message}`));
  if (cmd.command === 'validate') {
    process.stdout.write('ok\n');
    return 0;
  }
  const scenario = checked.scenario;
  const result = runModel(prepareModel(plan, scenario));
  const stress = cmd.stress ? (await import('./cli/stress-run')).runCliStress(plan, scenario, cmd.stress) : null;
  if (stress && !stress.ok) return fail(stress.problems);
  const report = stress?.ok ? { ...stress, ...(await import('./cli/stress-report')) } : null;
  if (cmd.format === 'json') {
    const { formatJson } = await import('./cli/format-json');
    const text = formatJson(plan, scenario, result, file);
    process.stdout.write(report ? report.withStressJson(text, report.stressJson(report.stress)) : text);
  } else if (cmd.format === 'csv') {
    const { formatCsv } = await import('./cli/format-csv');
    process.stdout.write(formatCsv(result));
  } else {
    const { formatTable } = await import('./cli/format-table');
    process.stdout.write(formatTable(plan, scenario, result) + (report ? `\n${report.stressTable(report.stress)}` : ''));
  }
  for (const w of report?.warnings ?? []) process.stderr.write(`warning: ${w}\n`);
  if (cmd.format !== 'table') for (const w of result.warnings) process.stderr.write(`warning: ${w.indicator} ${w.year}: ${w.message}\n`);
  return 0;
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
