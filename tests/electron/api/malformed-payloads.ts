import fc from 'fast-check';
import type { Channel } from '../../../shared/api/contract';

/** A path into a payload: object keys and array indices. */
export type Path = readonly (string | number)[];

/** One malformed payload and the dotted path the error must name (`prefix` when only the start is known). */
export interface Malformed {
  kind: string;
  payload: unknown;
  path: string;
  prefix?: boolean;
}

/** The JSON kind of a value, by hand: what a wrong-typed replacement must differ from. */
export type JsonKind = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

/** A valid payload of a channel and what the generator may break in it. */
export interface ChannelExample {
  payload: Record<string, unknown>;
  /** Fields that must be present. */
  required: Path[];
  /** Subtrees holding free JSON (any value is valid there): never retyped. */
  free?: Path[];
  /** Other kinds a field also accepts (e.g. null for a nullable number). */
  alsoValid?: { path: Path; kinds: JsonKind[] }[];
  /** Objects that refuse unknown fields besides the root. */
  strict?: Path[];
  /** Records whose keys follow a pattern, with a way to make a key that breaks it. */
  keyed?: { path: Path; badKey: (s: string) => string }[];
  /** Where a scenario sits (its `indicators` must name the plan's indicators). */
  scenarioAt?: Path;
}

/** Field names that would pollute prototypes; refused anywhere in a payload. */
export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Dotted form of a path as the API reports it: `(root)` for the payload itself. */
export function dotted(path: Path): string {
  return path.length === 0 ? '(root)' : path.join('.');
}

/** The JSON kind of a value. */
export function kindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'boolean' || t === 'number' || t === 'string') return t;
  return 'object';
}

function nodes(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const here = [{ path, value }];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => nodes(v, [...path, i]))];
  if (typeof value === 'object' && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => nodes(v, [...path, k]))];
  }
  return here;
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
}

function objectAt(root: unknown, path: Path): object {
  let node: unknown = root;
  for (const p of path) node = typeof node === 'object' && node !== null ? Reflect.get(node, p) : undefined;
  if (typeof node !== 'object' || node === null) throw new Error(`no object at ${dotted(path)}`);
  return node;
}

function lastKey(path: Path): string | number {
  const key = path[path.length - 1];
  if (key === undefined) throw new Error('an empty path has no last key');
  return key;
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root);
  Reflect.set(objectAt(copy, path.slice(0, -1)), lastKey(path), value);
  return copy;
}

function deleteAt(root: unknown, path: Path): unknown {
  const copy = structuredClone(root);
  Reflect.deleteProperty(objectAt(copy, path.slice(0, -1)), lastKey(path));
  return copy;
}

function defineAt(root: unknown, objectPath: Path, key: string, value: unknown): unknown {
  const copy = structuredClone(root);
  Object.defineProperty(objectAt(copy, objectPath), key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** Every field name the payload and scenario schemas know: an "unknown field" must be none of them. */
const KNOWN_FIELDS = new Set([
  'id', 'name', 'scenario', 'from', 'expectedVersion', 'label', 'snapshotId', 'file', 'includeDeleted', 'patch',
  'kind', 'schemaVersion', 'description', 'horizon', 'parameters', 'indicators',
  'growth', 'yearGrowth', 'actuals', 'shocks', 'formula', 'base', 'reference',
  'scenarioId', 'scenarioVersion', 'seed', 'paths', 'assumptionsHash', 'engineVersion', 'result',
  'suggestedName', 'base64', 'text', 'workbook', 'title', 'sheets', 'header', 'rows', 'notes', 'value', 'format', 'decimals',
]);

const POLLUTING: ReadonlySet<string> = new Set(POLLUTING_KEYS);
const safeKey = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !POLLUTING.has(k));

/** Values of each JSON kind; containers hold nested garbage (no polluting keys, so the first error is the intended one). */
const garbage = fc.letrec((tie) => ({
  null: fc.constant(null),
  boolean: fc.boolean(),
  number: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.MAX_VALUE, -0, 1e308)),
  string: fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('', ' ', '0', 'null', '<script>', "'; DROP TABLE scenarios;--")),
  array: fc.array(tie('any'), { maxLength: 4 }),
  object: fc.dictionary(safeKey, tie('any'), { maxKeys: 4 }),
  any: fc.oneof({ depthSize: 'small', maxDepth: 3 }, tie('null'), tie('boolean'), tie('number'), tie('string'), tie('array'), tie('object')),
}));

function valueOfKindOtherThan(excluded: readonly JsonKind[]): fc.Arbitrary<unknown> {
  const kinds = (['null', 'boolean', 'number', 'string', 'array', 'object'] as const).filter((k) => !excluded.includes(k));
  return fc.oneof(...kinds.map((k) => garbage[k]));
}

const hugeString = fc
  .tuple(fc.constantFrom('x', '汉', '😀', '\u0000', 'ab'), fc.integer({ min: 10_001, max: 40_000 }))
  .map(([unit, n]) => unit.repeat(n));

const nonFinite = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);

function deepNest(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i += 1) v = i % 2 === 0 ? [v] : { a: v };
  return v;
}

/**
 * Every kind of malformed payload for one channel, built from a valid example by hand-written rules (never by
 * asking the schema): a non-object payload, a missing required field, an unknown field, a polluting key
 * anywhere, a field of the wrong JSON kind, a non-finite number, a string far over any limit, a key that breaks
 * its record's pattern, an indicator the plan lacks, and nesting deeper than the limit.
 */
export function malformedPayloads(example: ChannelExample, planIndicatorIds: readonly string[]): fc.Arbitrary<Malformed> {
  const base = example.payload;
  const all = nodes(base);
  const free = example.free ?? [];
  const retypable = all.filter((n) => n.path.length > 0 && !free.some((f) => startsWith(n.path, f)));
  const objects = all.filter((n) => kindOf(n.value) === 'object');
  const numbers = retypable.filter((n) => kindOf(n.value) === 'number');
  const strings = retypable.filter((n) => kindOf(n.value) === 'string');
  const strict: Path[] = [[], ...(example.strict ?? [])];
  const shapeKeys = (path: Path): string[] => Object.keys(path.length === 0 ? base : (nodes(base).find((n) => dotted(n.path) === dotted(path))?.value ?? {}));

  const options: fc.Arbitrary<Malformed>[] = [
    fc.oneof(garbage.null, garbage.boolean, garbage.number, nonFinite, garbage.string, garbage.array).map((payload) => ({ kind: 'not-an-object', payload, path: '(root)' })),
    fc.tuple(fc.constantFrom(...strict), safeKey, garbage.any)
      .filter(([at, key]) => !shapeKeys(at).includes(key) && !KNOWN_FIELDS.has(key))
      .map(([at, key, value]) => ({ kind: 'extra-field', payload: defineAt(base, at, key, value), path: dotted([...at, key]) })),
    fc.tuple(fc.constantFrom(...objects.map((o) => o.path)), fc.constantFrom(...POLLUTING_KEYS), garbage.any)
      .map(([at, key, value]) => ({ kind: 'polluting-key', payload: defineAt(base, at, key, value), path: dotted([...at, key]) })),
    fc.tuple(fc.constantFrom(...all.map((n) => n.path)), fc.integer({ min: 33, max: 60 }))
      .map(([at, levels]) => ({ kind: 'too-deep', payload: setAt(base, at, deepNest(levels)), path: dotted(at), prefix: true })),
  ];
  if (example.required.length > 0) {
    options.push(fc.constantFrom(...example.required).map((at) => ({ kind: 'missing', payload: deleteAt(base, at), path: dotted(at) })));
  }
  if (retypable.length > 0) {
    options.push(
      fc.constantFrom(...retypable).chain((n) => {
        const also = example.alsoValid?.find((a) => dotted(a.path) === dotted(n.path))?.kinds ?? [];
        return valueOfKindOtherThan([kindOf(n.value), ...also]).map((value) => ({ kind: 'wrong-type', payload: setAt(base, n.path, value), path: dotted(n.path) }));
      }),
    );
  }
  if (numbers.length > 0) {
    options.push(fc.tuple(fc.constantFrom(...numbers), nonFinite).map(([n, value]) => ({ kind: 'non-finite', payload: setAt(base, n.path, value), path: dotted(n.path) })));
  }
  if (strings.length > 0) {
    options.push(fc.tuple(fc.constantFrom(...strings), hugeString).map(([n, value]) => ({ kind: 'huge-string', payload: setAt(base, n.path, value), path: dotted(n.path) })));
  }
  if (example.keyed && example.keyed.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...example.keyed), fc.string({ maxLength: 8 })).map(([k, s]) => {
        const key = k.badKey(s);
        return { kind: 'bad-key', payload: defineAt(base, k.path, key, 0.01), path: dotted([...k.path, key]) };
      }),
    );
  }
  if (example.scenarioAt) {
    const at = [...example.scenarioAt, 'indicators'];
    options.push(
      safeKey.filter((k) => !planIndicatorIds.includes(k)).map((key) => ({
        kind: 'unknown-indicator',
        payload: defineAt(base, at, key, {}),
        path: dotted([...at, key]),
      })),
    );
  }
  return fc.oneof(...options);
}

/** The channels' valid examples use these ids; nothing with them needs to exist (malformed payloads never reach the store). */
export const SAMPLE_ID = '3f1c2a9e-0b7d-4c55-9e61-2f4b8a7c1d00';

const scenario = {
  name: '稳增长 steady',
  description: 'fuzz base',
  horizon: 2025,
  parameters: { k: 1.5 },
  indicators: {
    gdp: {
      growth: 0.07,
      yearGrowth: { '2023': 0.05 },
      actuals: { '2021': 106.6 },
      shocks: [
        { kind: 'level', from: 2022, size: -0.05, label: '减税降费' },
        { kind: 'dip', year: 2022, depth: 0.1, duration: 1, recovery: 2 },
        { kind: 'growth', from: 2023, to: 2024, delta: 0.01 },
      ],
    },
  },
};

const scenarioKeyed = (root: string) => [
  { path: [root, 'indicators', 'gdp', 'yearGrowth'], badKey: (s: string) => `x${s}` },
  { path: [root, 'indicators', 'gdp', 'actuals'], badKey: (s: string) => `y${s}` },
  { path: [root, 'parameters'], badKey: (s: string) => `9${s}` },
];

const byId = { payload: { id: SAMPLE_ID }, required: [['id']] };
const none = { payload: {}, required: [] };

/** A valid example payload for every channel, with what may be broken in it. */
export const EXAMPLES: { readonly [C in Channel]: ChannelExample } = {
  'plan:get': none,
  'scenario:list': { payload: { includeDeleted: true }, required: [] },
  'scenario:get': byId,
  'scenario:create': {
    payload: { name: '新方案', scenario },
    required: [['name'], ['scenario', 'name']],
    strict: [['scenario'], ['scenario', 'indicators', 'gdp']],
    keyed: scenarioKeyed('scenario'),
    scenarioAt: ['scenario'],
  },
  'scenario:update': {
    payload: { id: SAMPLE_ID, scenario, expectedVersion: 3 },
    required: [['id'], ['scenario'], ['expectedVersion'], ['scenario', 'name']],
    strict: [['scenario'], ['scenario', 'indicators', 'gdp']],
    keyed: scenarioKeyed('scenario'),
    scenarioAt: ['scenario'],
  },
  'scenario:rename': { payload: { id: SAMPLE_ID, name: '改名' }, required: [['id'], ['name']] },
  'scenario:clone': { payload: { id: SAMPLE_ID, name: '副本' }, required: [['id']] },
  'scenario:delete': byId,
  'scenario:restore': byId,
  'scenario:undo': byId,
  'scenario:redo': byId,
  'scenario:history': byId,
  'scenario:snapshot': { payload: { id: SAMPLE_ID, label: '季度' }, required: [['id'], ['label']] },
  'scenario:snapshots': byId,
  'scenario:restore-snapshot': { payload: { snapshotId: SAMPLE_ID }, required: [['snapshotId']] },
  'scenario:import': {
    payload: { file: { kind: 'tuiyan-scenario', schemaVersion: 1, ...scenario } },
    required: [['file'], ['file', 'name']],
    strict: [['file'], ['file', 'indicators', 'gdp']],
    keyed: scenarioKeyed('file'),
    scenarioAt: ['file'],
  },
  'scenario:export': byId,
  'run:save': {
    payload: {
      scenarioId: SAMPLE_ID,
      scenarioVersion: 2,
      kind: 'stress',
      seed: 42,
      paths: 1000,
      assumptionsHash: 'abc123',
      engineVersion: '1',
      result: { p50: [1, 2, 3], label: 'x' },
    },
    required: [['scenarioId'], ['scenarioVersion'], ['kind'], ['seed'], ['paths'], ['assumptionsHash'], ['engineVersion'], ['result']],
    free: [['result']],
    alsoValid: [
      { path: ['seed'], kinds: ['null'] },
      { path: ['paths'], kinds: ['null'] },
    ],
  },
  'run:list': { payload: { scenarioId: SAMPLE_ID }, required: [['scenarioId']] },
  'run:get': byId,
  'settings:get': none,
  'settings:set': { payload: { patch: { language: 'en' } }, required: [['patch']] },
  'backup:create': none,
  'backup:list': none,
  'backup:restore': { payload: { name: 'backup-20250101T000000000Z-manual.sqlite' }, required: [['name']] },
  'app:status': none,
  'export:save': { payload: { suggestedName: '推演台-汇总.csv', kind: 'csv', text: '\uFEFF指标,值\r\n' }, required: [['suggestedName'], ['kind']], free: [['text']] },
  'export:xlsx': {
    payload: {
      suggestedName: '推演台-表格.xlsx',
      workbook: { title: '车墩镇', sheets: [{ name: '汇总', header: ['指标', '值'], rows: [['财税总收入', { value: 26, format: 'fixed', decimals: 2 }]], notes: ['方案'] }] },
    },
    required: [['suggestedName'], ['workbook'], ['workbook', 'title'], ['workbook', 'sheets'], ['workbook', 'sheets', 0, 'name'], ['workbook', 'sheets', 0, 'header'], ['workbook', 'sheets', 0, 'rows']],
    free: [['workbook', 'sheets', 0, 'rows', 0, 1]],
    alsoValid: [{ path: ['workbook', 'sheets', 0, 'rows', 0, 0], kinds: ['null'] }],
    strict: [['workbook'], ['workbook', 'sheets', 0]],
  },
  'export:pdf': { payload: { suggestedName: '推演台-报告.pdf' }, required: [['suggestedName']] },
  'export:copy-image': {
    payload: { base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==' },
    required: [['base64']],
  },
};
