import { z } from 'zod';
import { planSchema } from '../plan/plan-schema';
import { scenarioSchema } from '../scenario/scenario-schema';
import {
  backupNameSchema,
  emptyPayloadSchema,
  idSchema,
  scenarioNameSchema,
  snapshotLabelSchema,
  versionSchema,
} from './fields';
import {
  appStatusSchema,
  backupInfoSchema,
  openOutcomeSchema,
  runKindSchema,
  runRecordSchema,
  scenarioRecordSchema,
  snapshotInfoSchema,
  versionInfoSchema,
} from './records';
import { exportChannels } from './export-channels';
import { scenarioFileSchema } from './scenario-file';
import { settingsPatchSchema, settingsSchema } from './settings';

/** One channel: the zod schema of what the window sends and of what the backend answers. */
export interface ChannelSpec {
  payload: z.ZodType;
  result: z.ZodType;
}

const byId = z.object({ id: idSchema }).strict();

/** Where a new scenario starts from: the plan's baseline (no assumptions) or the 13th plan's achieved growth rates. */
export const scenarioStartSchema = z.enum(['baseline', 'previous-plan']);

/** Largest JSON size of a saved run's result, in characters (the whole payload is capped at 2 MB as well). */
export const MAX_RUN_RESULT_CHARS = 1_900_000;

/**
 * Every channel between the window and the backend, named `domain:verb`. Both transports (Electron IPC and
 * the loopback web host) validate payloads and results with these schemas, and the TS types derive from them.
 */
export const contract = {
  'plan:get': { payload: emptyPayloadSchema, result: planSchema },

  'scenario:list': {
    payload: z.object({ includeDeleted: z.boolean().optional() }).strict(),
    result: z.array(scenarioRecordSchema),
  },
  'scenario:get': { payload: byId, result: scenarioRecordSchema },
  'scenario:create': {
    payload: z
      .object({ name: scenarioNameSchema, scenario: scenarioSchema.optional(), from: scenarioStartSchema.optional() })
      .strict()
      .refine((p) => p.scenario === undefined || p.from === undefined, {
        path: ['from'],
        message: 'give either scenario or from, not both',
      }),
    result: scenarioRecordSchema,
  },
  'scenario:update': {
    payload: z.object({ id: idSchema, scenario: scenarioSchema, expectedVersion: versionSchema }).strict(),
    result: scenarioRecordSchema,
  },
  'scenario:rename': {
    payload: z.object({ id: idSchema, name: scenarioNameSchema }).strict(),
    result: scenarioRecordSchema,
  },
  'scenario:clone': {
    payload: z.object({ id: idSchema, name: scenarioNameSchema.optional() }).strict(),
    result: scenarioRecordSchema,
  },
  'scenario:delete': { payload: byId, result: scenarioRecordSchema },
  'scenario:restore': { payload: byId, result: scenarioRecordSchema },
  'scenario:undo': { payload: byId, result: scenarioRecordSchema },
  'scenario:redo': { payload: byId, result: scenarioRecordSchema },
  'scenario:history': { payload: byId, result: z.array(versionInfoSchema) },
  'scenario:snapshot': {
    payload: z.object({ id: idSchema, label: snapshotLabelSchema }).strict(),
    result: snapshotInfoSchema,
  },
  'scenario:snapshots': { payload: byId, result: z.array(snapshotInfoSchema) },
  'scenario:restore-snapshot': {
    payload: z.object({ snapshotId: idSchema }).strict(),
    result: scenarioRecordSchema,
  },
  'scenario:import': { payload: z.object({ file: scenarioSchema }).strict(), result: scenarioRecordSchema },
  'scenario:export': { payload: byId, result: scenarioFileSchema },

  'run:save': {
    payload: z
      .object({
        scenarioId: idSchema,
        scenarioVersion: versionSchema,
        kind: runKindSchema,
        seed: z.number().int().min(0).max(2 ** 32 - 1).nullable(),
        paths: z.number().int().min(1).max(10_000_000).nullable(),
        assumptionsHash: z.string().min(1).max(128),
        engineVersion: z.string().min(1).max(64),
        result: z.json().refine((r) => JSON.stringify(r).length <= MAX_RUN_RESULT_CHARS, 'a result of at most 1.9 MB as JSON'),
      })
      .strict(),
    result: runRecordSchema,
  },
  'run:list': { payload: z.object({ scenarioId: idSchema }).strict(), result: z.array(runRecordSchema) },
  'run:get': { payload: byId, result: runRecordSchema },

  'settings:get': { payload: emptyPayloadSchema, result: settingsSchema },
  'settings:set': { payload: z.object({ patch: settingsPatchSchema }).strict(), result: settingsSchema },

  'backup:create': { payload: emptyPayloadSchema, result: backupInfoSchema },
  'backup:list': { payload: emptyPayloadSchema, result: z.array(backupInfoSchema) },
  'backup:restore': { payload: z.object({ name: backupNameSchema }).strict(), result: openOutcomeSchema },

  'app:status': { payload: emptyPayloadSchema, result: appStatusSchema },

  ...exportChannels,
} satisfies Record<string, ChannelSpec>;

/** A channel name such as `scenario:update`. */
export type Channel = keyof typeof contract;

/** True when `name` is one of the contract's channels (unknown names from the wire are refused). */
export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

/** Every channel name, in declaration order. */
export const channels: readonly Channel[] = Object.freeze(Object.keys(contract).filter(isChannel));
