import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../electron/db/open-store';
import type { Store } from '../../../electron/db/store-types';
import { appPaths } from '../../../electron/main/paths';
import { openStoreForApp } from '../../../electron/main/store-startup';
import seed from '../../../seeds/chedun-14th-plan.json';
import { planSchema } from '../../../shared/plan/plan-schema';

vi.mock('electron', () => ({}));

const plan = planSchema.parse(seed);
const dirs: string[] = [];
const stores: Store[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup(answer = 0) {
  const dir = mkdtempSync(join(tmpdir(), 'tuiyan-start-'));
  dirs.push(dir);
  const paths = appPaths('/nonexistent-user-data', { TUIYAN_DATA: dir });
  const errors: { title: string; content: string }[] = [];
  const boxes: MessageBoxOptions[] = [];
  const dialog = {
    showErrorBox: (title: string, content: string) => {
      errors.push({ title, content });
    },
    showMessageBox: async (options: MessageBoxOptions): Promise<MessageBoxReturnValue> => {
      boxes.push(options);
      return { response: answer, checkboxChecked: false };
    },
  };
  const open = async () => {
    const store = await openStoreForApp({ paths, plan, openStore, dialog });
    if (store) stores.push(store);
    return store;
  };
  return { dir, paths, errors, boxes, open };
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('opening the store at startup', () => {
  it('opens a new database under TUIYAN_DATA without any dialog', async () => {
    const { paths, errors, boxes, open } = setup();
    const store = await open();
    expect(store?.outcome.status).toBe('ok');
    expect(store?.path).toBe(paths.dbPath);
    expect(existsSync(paths.dbPath)).toBe(true);
    expect(errors).toEqual([]);
    expect(boxes).toEqual([]);
  });

  it('refuses a database from a newer version with an error box and leaves it untouched', async () => {
    const { paths, errors, boxes, open } = setup();
    const db = new Database(paths.dbPath);
    db.exec('CREATE TABLE t (x INTEGER); PRAGMA user_version = 9999;');
    db.close();
    const before = sha256(paths.dbPath);
    expect(await open()).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.content).toContain('更新版本');
    expect(errors[0]?.content).toContain('newer version');
    expect(errors[0]?.content).toContain(paths.dbPath);
    expect(boxes).toEqual([]);
    expect(sha256(paths.dbPath)).toBe(before);
  });

  it('explains a damaged database that was moved aside, with no backup to offer', async () => {
    const { paths, boxes, errors, open } = setup();
    writeFileSync(paths.dbPath, 'this is not a database file, just text that got written over it'.repeat(100));
    const store = await open();
    expect(store?.outcome.status).toBe('recovered');
    const movedTo = store?.outcome.status === 'recovered' ? store.outcome.movedTo : '';
    expect(existsSync(movedTo)).toBe(true);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.detail).toContain(movedTo);
    expect(boxes[0]?.buttons).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('restores the latest backup when the user picks it', async () => {
    const first = setup(0);
    const original = await first.open();
    original?.setSettings({ language: 'en', marker: 'from-backup' });
    const backup = original?.backup();
    original?.close();
    stores.splice(0);
    writeFileSync(first.paths.dbPath, 'garbage '.repeat(2000));
    const store = await first.open();
    expect(first.boxes).toHaveLength(1);
    expect(first.boxes[0]?.buttons).toHaveLength(2);
    expect(first.boxes[0]?.detail).toContain(backup?.name ?? 'no backup');
    expect(store?.getSettings()['marker']).toBe('from-backup');
  });

  it('starts fresh when the user declines the backup', async () => {
    const first = setup(1);
    const original = await first.open();
    original?.setSettings({ marker: 'from-backup' });
    original?.backup();
    original?.close();
    stores.splice(0);
    writeFileSync(first.paths.dbPath, 'garbage '.repeat(2000));
    const store = await first.open();
    expect(first.boxes).toHaveLength(1);
    expect(store?.getSettings()['marker']).toBeUndefined();
  });
});
