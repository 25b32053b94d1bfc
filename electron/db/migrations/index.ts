import { migration001 } from './001-initial';
import { migration002 } from './002-snapshots-runs';
import type { Migration } from './migration-types';

/** Every migration in order; `MIGRATIONS[i].version === i + 1`. Add new files here, never edit old ones. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002];

/** The schema version this build writes (`PRAGMA user_version`); a file above it is refused as too new. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
