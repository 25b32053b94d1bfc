import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../../../electron/db/migrate';
import type { Store } from '../../../electron/db/store-types';
import { codeOf, manualClock, openTestStore, useTempDir } from './store-test-kit';

const tmp = useTempDir();
let store: Store | null = null;
afterEach(() => {
  store?.close();
  store = null;
});

const HOUR = 3_600_000;
const backupsDir = (): string => join(tmp.dir, 'backups');
/** The name a backup made at `iso` gets, written out by hand from the naming rule. */
const nameAt = (iso: string, kind: string): string => `backup-${iso.replace(/:/g, '-').replace('.', '-')}-${kind}.sqlite`;

function namesIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare<[], { name: string }>('SELECT name FROM scenarios ORDER BY name').all();
  db.close();
  return rows.map((r) => r.name);
}

describe('backups', () => {
  it('writes a consistent copy into <db dir>/backups and lists it', () => {
    const clock = manualClock('2024-05-06T07:08:09.010Z');
    const s = (store = openTestStore(tmp.dir, { now: clock.now }));
    s.createScenario({ name: '甲', scenario: { name: '甲' } });
    const info = s.backup();
    expect(info.name).toBe(nameAt('2024-05-06T07:08:09.010Z', 'manual'));
    expect(info.createdAt).toBe('2024-05-06T07:08:09.010Z');
    expect(info.bytes).toBeGreaterThan(0);
    expect(namesIn(join(backupsDir(), info.name))).toEqual(['甲']);
    expect(s.listBackups()).toEqual([info]);
    // Same millisecond: a second backup gets a sequence number and sorts first.
    const again = s.backup();
    expect(again.name).toBe(nameAt('2024-05-06T07:08:09.010Z', 'manual').replace('.sqlite', '-2.sqlite'));
    expect(s.listBackups().map((b) => b.name)).toEqual([again.name, info.name]);
  });

  it('keeps only the newest N backups', () => {
    const clock = manualClock('2024-01-01T00:00:00.000Z');
    const s = (store = openTestStore(tmp.dir, { now: clock.now, keepBackups: 3 }));
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      clock.advance(HOUR);
      made.push(s.backup().name);
    }
    const expected = ['2024-01-01T05:00:00.000Z', '2024-01-01T04:00:00.000Z', '2024-01-01T03:00:00.000Z'].map((t) => nameAt(t, 'manual'));
    expect(s.listBackups().map((b) => b.name)).toEqual(expected);
    expect(readdirSync(backupsDir()).sort()).toEqual([...expected].sort());
    expect(made.slice(2).reverse()).toEqual(expected);
  });

  it('restores a backup after backing up the current state, and keeps working', () => {
    const clock = manualClock('2024-01-01T00:00:00.000Z');
    const s = (store = openTestStore(tmp.dir, { now: clock.now }));
    const a = s.createScenario({ name: '甲', scenario: { name: '甲' } });
    const saved = s.backup();
    clock.advance(HOUR);
    s.updateScenario(a.id, { name: '甲改' });
    s.createScenario({ name: '乙', scenario: { name: '乙' } });

    clock.advance(HOUR);
    const outcome = s.restoreBackup(saved.name);
    expect(outcome.status).toBe('ok');
    expect(s.listScenarios().map((r) => [r.name, r.version])).toEqual([['甲', 1]]);
    const preRestore = nameAt('2024-01-01T02:00:00.000Z', 'pre-restore');
    expect(s.listBackups().map((b) => b.name)).toContain(preRestore);
    expect(namesIn(join(backupsDir(), preRestore))).toEqual(['乙', '甲改']);
    expect(s.updateScenario(a.id, { name: '甲2' }).version).toBe(2);
    expect(existsSync(`${s.path}.restoring`)).toBe(false);
  });

  it('validates backup names: no paths, no traversal, no other files', () => {
    const s = (store = openTestStore(tmp.dir));
    s.createScenario({ name: '甲', scenario: { name: '甲' } });
    for (const bad of ['../tuiyan.sqlite', 'tuiyan.sqlite', '/etc/passwd', 'backup-../../x.sqlite', `backups/${nameAt('2024-01-01T00:00:00.000Z', 'manual')}`]) {
      expect(codeOf(() => s.restoreBackup(bad))).toBe('INVALID');
    }
    expect(codeOf(() => s.restoreBackup(nameAt('2024-01-01T00:00:00.000Z', 'manual')))).toBe('NOT_FOUND');
    const garbage = nameAt('2024-01-02T00:00:00.000Z', 'manual');
    mkdirSync(backupsDir(), { recursive: true });
    writeFileSync(join(backupsDir(), garbage), 'not a database at all, just text '.repeat(20));
    expect(codeOf(() => s.restoreBackup(garbage))).toBe('DAMAGED');
    expect(s.listScenarios().map((r) => r.name)).toEqual(['甲']);
  });

  it('migrates a restored backup from an older schema', () => {
    const s = (store = openTestStore(tmp.dir));
    s.backup();
    const old = nameAt('2020-01-01T00:00:00.000Z', 'manual');
    const db = new Database(join(backupsDir(), old));
    runMigrations(db, 1);
    db.prepare('INSERT INTO settings (key, json) VALUES (?, ?)').run('from', '"v1"');
    db.close();
    const outcome = s.restoreBackup(old);
    expect(outcome).toMatchObject({ status: 'ok', migratedFrom: 1 });
    expect(s.getSettings()).toEqual({ from: 'v1' });
  });

  it('backs up automatically when opening a database with data, at most once a day', () => {
    const clock = manualClock('2024-03-01T08:00:00.000Z');
    let s = openTestStore(tmp.dir, { now: clock.now });
    expect(s.outcome).toMatchObject({ backupPath: null });
    s.createScenario({ name: '甲', scenario: { name: '甲' } });
    s.close();

    clock.advance(HOUR);
    s = openTestStore(tmp.dir, { now: clock.now });
    const first = join(backupsDir(), nameAt('2024-03-01T09:00:00.000Z', 'auto'));
    expect(s.outcome).toEqual({ status: 'ok', migratedFrom: null, backupPath: first });
    s.close();

    clock.advance(2 * HOUR);
    s = openTestStore(tmp.dir, { now: clock.now });
    expect(s.outcome).toMatchObject({ backupPath: null });
    s.close();

    clock.advance(24 * HOUR);
    s = store = openTestStore(tmp.dir, { now: clock.now });
    expect(s.outcome).toMatchObject({ backupPath: join(backupsDir(), nameAt('2024-03-02T11:00:00.000Z', 'auto')) });
    expect(s.listBackups()).toHaveLength(2);
  });
});
