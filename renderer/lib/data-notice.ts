import type { Result } from '../../shared/api/types';

/** A backup as the backend lists it: file name, ISO time written, size in bytes. */
export type BackupItem = Result<'backup:create'>;
/** How opening (or restoring) the database went, as the backend reports it. */
export type OpenOutcomeDto = Result<'backup:restore'>;
/** What app:status answers: the open outcome, the database path, the app and plan versions. */
export type AppStatusDto = Result<'app:status'>;

/**
 * A data notice under the header, kept as data so it reads in whichever language the UI shows:
 * the database was damaged and moved aside (with the latest backup to offer), it was upgraded (with the
 * pre-upgrade backup's path), or a backup was restored.
 */
export type DataBanner =
  | { kind: 'recovered'; movedTo: string; reason: string; latest: BackupItem | null }
  | { kind: 'migrated'; backupPath: string | null }
  | { kind: 'restored'; backup: BackupItem; upgraded: boolean };

type Recovered = Extract<OpenOutcomeDto, { status: 'recovered' }>;

function recoveredBanner(outcome: Recovered): DataBanner {
  return { kind: 'recovered', movedTo: outcome.movedTo, reason: outcome.reason, latest: outcome.latestBackup };
}

/**
 * The notice to show for how the database opened: `recovered` always; `ok` only when an existing database
 * was upgraded (migratedFrom ≥ 1; 0 is a brand-new file, null no migration), otherwise none.
 */
export function startupBanner(outcome: OpenOutcomeDto): DataBanner | null {
  if (outcome.status === 'recovered') return recoveredBanner(outcome);
  if (outcome.migratedFrom !== null && outcome.migratedFrom > 0) return { kind: 'migrated', backupPath: outcome.backupPath };
  return null;
}

/**
 * The notice after restoring `backup`: which one was restored, and whether it was upgraded on the way; if the
 * restored file itself could not be opened (the store then moved it aside too), that recovery notice instead.
 */
export function restoredBanner(backup: BackupItem, outcome: OpenOutcomeDto): DataBanner {
  if (outcome.status === 'recovered') return recoveredBanner(outcome);
  return { kind: 'restored', backup, upgraded: outcome.migratedFrom !== null && outcome.migratedFrom > 0 };
}
