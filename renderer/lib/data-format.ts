import { formatNumber, NO_VALUE, type Lang } from './format';

/** Why a backup was written, read from its file name (the store names them `backup-<time>-<kind>[-n].sqlite`). */
export type BackupKind = 'manual' | 'auto' | 'pre-migration' | 'pre-restore';

const KB = 1024;
const MB = 1024 * 1024;

/**
 * A file size in bytes for people, always with its unit: below 1 MB in KB with one decimal ("48.0 KB"),
 * from 1 MB on in MB with two ("1.50 MB"); 1 KB = 1,024 bytes as file managers count. Negative or
 * non-finite sizes give "—".
 */
export function formatBytes(bytes: number, lang: Lang): string {
  if (!Number.isFinite(bytes) || bytes < 0) return NO_VALUE;
  if (bytes < MB) return `${formatNumber(bytes / KB, 1, lang)}\u00a0KB`;
  return `${formatNumber(bytes / MB, 2, lang)}\u00a0MB`;
}

/**
 * An ISO-8601 instant as local date and time to the second, 24-hour, in the UI language (zh-CN
 * "2024/03/05 09:02:03", English "5 Mar 2024, 09:02:03", whose month name cannot be misread). `timeZone` defaults to the computer's own; tests pin it. An unreadable
 * instant is shown as given rather than as "Invalid Date".
 */
export function formatBackupTime(iso: string, lang: Lang, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: lang === 'en' ? 'short' : '2-digit',
    day: lang === 'en' ? 'numeric' : '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    ...(timeZone === undefined ? {} : { timeZone }),
  });
  return format.format(at);
}

const KIND_RE = /-(manual|auto|pre-migration|pre-restore)(?:-\d{1,4})?\.sqlite$/;

/** The kind of a backup from its file name (manual, daily auto, before an upgrade, before a restore); null for another name. */
export function backupKind(name: string): BackupKind | null {
  const kind = KIND_RE.exec(name)?.[1];
  return kind === 'manual' || kind === 'auto' || kind === 'pre-migration' || kind === 'pre-restore' ? kind : null;
}

/** The separator a path uses: `\` for a Windows path, else `/`. */
function separatorOf(path: string): string {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

/** The full path of the backup file `name` in the backups folder `backupDir` (its own separator), for saying where a backup was written. */
export function backupPath(backupDir: string, name: string): string {
  return `${backupDir}${separatorOf(backupDir)}${name}`;
}

/** Backups newest first by their time (a stable sort, so same-millisecond backups keep the store's order). */
export function newestFirst<T extends { createdAt: string }>(backups: readonly T[]): T[] {
  return [...backups].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
