import { existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../electron/db/store-types';
import { manualClock, openTestStore, useTempDir } from './store-test-kit';

const tmp = useTempDir();

const PAGE = 4096;
const dbPath = (): string => join(tmp.dir, 'tuiyan.sqlite');

/** Deterministic bytes (mulberry32) so a failure can be replayed. */
function pseudoRandomBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i += 1) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

/** A database of about 300 KB (many b-tree and overflow pages) plus one backup; returns that backup. */
function populate(): BackupInfo {
  const store = openTestStore(tmp.dir);
  for (let i = 0; i < 12; i += 1) {
    const { id } = store.createScenario({ name: `情景 ${String(i)}`, scenario: { name: 'x', description: '说明'.repeat(1200 + i) } });
    for (let k = 1; k <= 2; k += 1) store.updateScenario(id, { name: `情景 ${String(i)}`, description: `${String(k)}`.repeat(4900), parameters: { k } });
  }
  const backup = store.backup();
  store.close();
  return backup;
}

type Damage = (path: string) => void;
const damages: [string, Damage][] = [
  ['truncated to half', (p) => truncateSync(p, Math.floor(statSync(p).size / 2))],
  [
    'random bytes over middle pages',
    (p) => {
      const bytes = readFileSync(p);
      const pages = Math.floor(bytes.length / PAGE);
      const first = Math.floor(pages / 3);
      pseudoRandomBytes(8 * PAGE, 12345).copy(bytes, first * PAGE);
      writeFileSync(p, bytes);
    },
  ],
  ['a text file', (p) => writeFileSync(p, '这不是数据库。 This is a text file, not a database.\n'.repeat(50))],
  [
    'a broken schema (a table dropped)',
    (p) => {
      const db = new Database(p);
      db.exec('DROP TABLE settings');
      db.close();
    },
  ],
];

describe('damaged database files', () => {
  it.each(damages)('moves %s aside, keeps its bytes and starts a fresh store', (_label, damage) => {
    const backup = populate();
    damage(dbPath());
    const damagedBytes = readFileSync(dbPath());
    const clock = manualClock('2024-07-01T12:00:00.000Z');

    const store = openTestStore(tmp.dir, { now: clock.now });
    const outcome = store.outcome;
    expect(outcome.status).toBe('recovered');
    if (outcome.status !== 'recovered') return;
    expect(outcome.movedTo).toBe(`${dbPath()}.damaged-2024-07-01T12-00-00-000Z`);
    expect(outcome.reason.length).toBeGreaterThan(0);
    expect(outcome.reason).not.toMatch(/SELECT|CREATE|INSERT/);
    expect(outcome.latestBackup).toEqual(backup);
    expect(readFileSync(outcome.movedTo).equals(damagedBytes)).toBe(true);

    expect(store.listScenarios()).toEqual([]);
    const fresh = store.createScenario({ name: '新', scenario: { name: '新' } });
    expect(store.getScenario(fresh.id).name).toBe('新');
    store.close();

    const again = openTestStore(tmp.dir);
    expect(again.outcome.status).toBe('ok');
    expect(again.listScenarios().map((r) => r.name)).toEqual(['新']);
    again.close();
    expect(readFileSync(outcome.movedTo).equals(damagedBytes)).toBe(true);
  });

  it('never overwrites an earlier damaged copy with the same timestamp', () => {
    const clock = manualClock('2024-07-01T12:00:00.000Z');
    writeFileSync(dbPath(), 'first broken file');
    const a = openTestStore(tmp.dir, { now: clock.now });
    a.close();
    writeFileSync(dbPath(), 'second broken file');
    const b = openTestStore(tmp.dir, { now: clock.now });
    b.close();
    const first = `${dbPath()}.damaged-2024-07-01T12-00-00-000Z`;
    expect(a.outcome).toMatchObject({ status: 'recovered', movedTo: first });
    expect(b.outcome).toMatchObject({ status: 'recovered', movedTo: `${first}-2` });
    expect(readFileSync(first, 'utf8')).toBe('first broken file');
    expect(readFileSync(`${first}-2`, 'utf8')).toBe('second broken file');
    expect(existsSync(dbPath())).toBe(true);
  });
});
