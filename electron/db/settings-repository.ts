import type Database from 'better-sqlite3';
import { StoreError } from './store-types';

interface SettingRow {
  key: string;
  json: string;
}

/** The `settings` table: one JSON value per key. */
export interface SettingsRepository {
  all(): Record<string, unknown>;
  /** Merge-patch: each key is set to its value; a value of null (or undefined) removes the key. One transaction. */
  patch(values: Record<string, unknown>): void;
}

function encode(key: string, value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) throw new StoreError('INVALID', `Setting ${key}: the value cannot be stored as JSON.`);
  return json;
}

/** Prepares the statements of the settings table once per connection. */
export function createSettingsRepository(db: Database.Database): SettingsRepository {
  const list = db.prepare<[], SettingRow>('SELECT key, json FROM settings ORDER BY key');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET json = excluded.json',
  );
  const remove = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  const apply = db.transaction((entries: [string, string | null][]) => {
    for (const [key, json] of entries) {
      if (json === null) remove.run(key);
      else upsert.run(key, json);
    }
  });

  return {
    all() {
      const out: Record<string, unknown> = {};
      for (const row of list.all()) {
        try {
          out[row.key] = JSON.parse(row.json);
        } catch {
          throw new StoreError('DAMAGED', `Setting ${row.key} is damaged: its stored text is not JSON.`);
        }
      }
      return out;
    },
    patch(values) {
      const entries: [string, string | null][] = Object.entries(values).map(([key, value]) => {
        if (key.length === 0 || key.length > 200) throw new StoreError('INVALID', 'A setting key must have 1 to 200 characters.');
        return [key, value === null || value === undefined ? null : encode(key, value)];
      });
      apply.immediate(entries);
    },
  };
}
