import { z } from 'zod';

/** Largest payload the backend accepts on any channel, in bytes of JSON (2 MB); larger ones are refused unread. */
export const MAX_PAYLOAD_BYTES = 2 * 1024 * 1024;

/**
 * A record id as the store issues it (UUID-like: letters, digits, `-`, `_`). Bounded so that a garbage id
 * never reaches SQL as a huge string.
 */
export const idSchema = z
  .string()
  .min(1, 'an id')
  .max(128, 'an id of at most 128 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'an id: letters, digits, - and _');

/** A scenario's display name: 1–200 characters after trimming (same rule as the scenario file's `name`). */
export const scenarioNameSchema = z.string().trim().min(1, 'a name').max(200, 'a name of at most 200 characters');

/** A snapshot label: 1–200 characters after trimming. */
export const snapshotLabelSchema = z.string().trim().min(1, 'a label').max(200, 'a label of at most 200 characters');

/** A saved version number of a scenario; 1 is the version written by create. */
export const versionSchema = z.number().int('a whole version number').min(1, 'a version of at least 1').max(Number.MAX_SAFE_INTEGER);

/** An ISO-8601 UTC timestamp string as the store writes it. */
export const timestampSchema = z.string().min(1).max(64);

/** A backup file name inside the backups folder: no folder part, so it can never point elsewhere. */
export const backupNameSchema = z
  .string()
  .min(1, 'a backup file name')
  .max(255, 'a backup file name of at most 255 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a backup file name: letters, digits, ., - and _, no folder')
  .refine((name) => !name.includes('..'), 'a backup file name without ".."');

/** The payload of channels that take no input: exactly `{}`. */
export const emptyPayloadSchema = z.object({}).strict();
