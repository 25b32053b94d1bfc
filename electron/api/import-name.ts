/** Longest scenario name, in characters (scenarioSchema's `name`). */
const MAX_NAME = 200;

function withSuffix(base: string, suffix: string): string {
  const room = MAX_NAME - suffix.length;
  return `${base.length > room ? base.slice(0, room).trimEnd() : base}${suffix}`;
}

/**
 * The name an imported scenario gets: its own name when no listed scenario uses it, else the name with
 * " (导入)", then " (导入 2)", " (导入 3)" … — the first one free, cut to fit 200 characters.
 */
export function importName(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(name)) return name;
  for (let n = 1; ; n += 1) {
    const candidate = withSuffix(name, n === 1 ? ' (导入)' : ` (导入 ${n})`);
    if (!used.has(candidate)) return candidate;
  }
}
