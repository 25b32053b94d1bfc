/** The `--help` text of the CLI. */
export const USAGE = `Tuiyan 推演台 CLI — project the plan's indicators under a scenario and report the gap to every target.

Usage:
  npm run --silent cli -- run [SCENARIO.json] [--format table|json|csv] [--horizon YEAR] [--plan PLAN.json]
                              [--paths N] [--seed S] [--uncertainty SPEC.json]
  npm run --silent cli -- validate SCENARIO.json [--plan PLAN.json]
  npm run --silent cli -- --help

Commands:
  run        Project every indicator from the base year to the horizon. Without a file: the plan's baseline
             (every indicator at its target's growth). --format table (default, for people), json or csv.
             --horizon overrides the scenario's horizon (up to 2035).
             --paths, --seed or --uncertainty add a Monte Carlo stress test (json or table): --paths N from 1 to
             1,000,000 (default 10,000), --seed S from 0 to 4294967295 (default 1), --uncertainty a spec file
             (default: the suggestion calibrated on the plan's previous-plan record). See docs/stress.md.
  validate   Check a scenario file against the schema and the plan; prints "ok" or one line per problem.

Options:
  --plan FILE   the plan file (default: seeds/chedun-14th-plan.json in this repo)
  -h, --help    this text

Exit codes: 0 success, 2 bad arguments or a bad file (problems on stderr, one per line as "path: message").
Formats: docs/cli.md. Scenario files: docs/scenario-format.md; examples in seeds/scenarios/.
`;
