import { z } from 'zod';
import { scenarioSchema } from '../scenario/scenario-schema';
import { idSchema, timestampSchema, versionSchema } from './fields';

/** A stored scenario with its save counter and undo/redo availability (mirrors the store's ScenarioRecord). */
export const scenarioRecordSchema = z.object({
  id: idSchema,
  name: z.string(),
  scenario: scenarioSchema,
  version: versionSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable(),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});
export type ScenarioRecordDto = z.output<typeof scenarioRecordSchema>;

/** Why a version of a scenario was saved. */
export const saveReasonSchema = z.enum(['create', 'edit', 'rename', 'undo', 'redo', 'restore-snapshot', 'import']);

/** One line of a scenario's save history; `current` marks the version the scenario shows now. */
export const versionInfoSchema = z.object({
  version: versionSchema,
  savedAt: timestampSchema,
  reason: saveReasonSchema,
  current: z.boolean(),
});

/** A labelled snapshot of one version of a scenario. */
export const snapshotInfoSchema = z.object({
  id: idSchema,
  scenarioId: idSchema,
  label: z.string(),
  version: versionSchema,
  createdAt: timestampSchema,
});

/** What kind of computation a saved run holds. */
export const runKindSchema = z.enum(['projection', 'stress']);

/**
 * A saved projection or stress run: which scenario version and engine produced it, the seed and path count
 * for stress runs (null for projections), and the result as JSON. `stale` when the scenario changed since.
 */
export const runRecordSchema = z.object({
  id: idSchema,
  scenarioId: idSchema,
  scenarioVersion: versionSchema,
  kind: runKindSchema,
  seed: z.number().int().nullable(),
  paths: z.number().int().nullable(),
  assumptionsHash: z.string(),
  engineVersion: z.string(),
  createdAt: timestampSchema,
  result: z.unknown(),
  stale: z.boolean(),
});

/** A backup file: its name in the backups folder, when it was written, and its size in bytes. */
export const backupInfoSchema = z.object({
  name: z.string(),
  createdAt: timestampSchema,
  bytes: z.number().int().nonnegative(),
});

/**
 * How opening the database went. `recovered` means the file was damaged and moved aside to `movedTo`
 * (the UI tells the user, and offers the latest backup).
 */
export const openOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    migratedFrom: z.number().int().nullable(),
    backupPath: z.string().nullable(),
  }),
  z.object({
    status: z.literal('recovered'),
    movedTo: z.string(),
    reason: z.string(),
    latestBackup: backupInfoSchema.nullable(),
  }),
]);

/**
 * What the app reports about itself: how the store opened, where the data lives (the database file and its
 * backups folder), how many backups are kept before the oldest is deleted, the app and plan versions.
 */
export const appStatusSchema = z.object({
  outcome: openOutcomeSchema,
  dataPath: z.string(),
  backupDir: z.string(),
  keepBackups: z.number().int().positive(),
  appVersion: z.string(),
  planId: z.string(),
});
