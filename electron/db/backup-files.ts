import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { fileStamp, parseFileStamp } from './file-stamps';
import { StoreError, type BackupInfo } from './store-types';

/** Why a backup was made; part of its file name. */
export type BackupKind = 'manual' | 'auto' | 'pre-migration' | 'pre-restore';

const NAME_RE = /^backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(manual|auto|pre-migration|pre-restore)(?:-(\d{1,4}))?\.sqlite$/;
const PARTIAL_SUFFIX = '.partial';

interface Parsed {
  info: BackupInfo;
  stamp: string;
  seq: number;
}

function parseName(dir: string, name: string): Parsed | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const createdAt = parseFileStamp(m[1] ?? '');
  if (createdAt === null) return null;
  try {
    const st = statSync(join(dir, name));
    if (!st.isFile()) return null;
    return { info: { name, createdAt, bytes: st.size }, stamp: m[1] ?? '', seq: Number(m[3] ?? '1') };
  } catch {
    return null;
  }
}

/** True for a name this store gives its backups: no folders, no `..`, only the fixed pattern. */
export function isBackupName(name: string): boolean {
  return NAME_RE.test(name);
}

/** The backups in `dir`, newest first (by the timestamp in the name, then its sequence number). */
export function listBackupFiles(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const parsed = readdirSync(dir)
    .map((n) => parseName(dir, n))
    .filter((p): p is Parsed => p !== null);
  parsed.sort((a, b) => (a.stamp === b.stamp ? b.seq - a.seq : a.stamp < b.stamp ? 1 : -1));
  return parsed.map((p) => p.info);
}

/** Deletes the oldest backups beyond `keep`, and leftovers of interrupted backups (`*.partial`). */
export function pruneBackups(dir: string, keep: number): void {
  for (const old of listBackupFiles(dir).slice(Math.max(1, keep))) unlinkSync(join(dir, old.name));
  for (const name of readdirSync(dir)) {
    if (name.endsWith(PARTIAL_SUFFIX) && isBackupName(name.slice(0, -PARTIAL_SUFFIX.length))) unlinkSync(join(dir, name));
  }
}

function freeName(dir: string, kind: BackupKind, at: Date): string {
  const stamp = fileStamp(at);
  for (let seq = 1; seq < 10_000; seq += 1) {
    const name = `backup-${stamp}-${kind}${seq === 1 ? '' : `-${String(seq)}`}.sqlite`;
    if (!existsSync(join(dir, name)) && !existsSync(join(dir, name + PARTIAL_SUFFIX))) return name;
  }
  throw new StoreError('IO', 'Too many backups were made in the same millisecond.');
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a consistent copy of the open database into `dir` with `VACUUM INTO` (a snapshot even while WAL holds
 * recent commits), fsyncs it, then renames it into place so a half-written file never looks like a backup.
 * Keeps the newest `keep` backups. Must not run inside a transaction.
 */
export function writeBackup(db: Database.Database, dir: string, kind: BackupKind, at: Date, keep: number): BackupInfo {
  mkdirSync(dir, { recursive: true });
  const name = freeName(dir, kind, at);
  const partial = join(dir, name + PARTIAL_SUFFIX);
  db.prepare('VACUUM INTO ?').run(partial);
  syncFile(partial);
  renameSync(partial, join(dir, name));
  pruneBackups(dir, keep);
  const info = parseName(dir, name);
  if (!info) throw new StoreError('IO', `The backup ${name} was not written.`);
  return info.info;
}

/** Copies a backup next to the live file (`<db>.restoring`), fsynced, ready to be renamed over it. */
export function stageRestore(dir: string, name: string, livePath: string): string {
  const staged = `${livePath}.restoring`;
  copyFileSync(join(dir, name), staged);
  syncFile(staged);
  return staged;
}
