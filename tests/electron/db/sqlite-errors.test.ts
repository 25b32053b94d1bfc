import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { guard, toStoreError } from '../../../electron/db/sqlite-errors';
import { StoreError } from '../../../electron/db/store-types';

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return undefined;
}

describe('toStoreError', () => {
  it('keeps only the code of SQLite errors, never the SQL text', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT');
    const syntax = thrownBy(() => db.exec('SELEC secret_column FROM t'));
    const constraint = thrownBy(() => db.prepare('INSERT INTO t (id, v) VALUES (1, NULL)').run());
    db.close();

    const a = toStoreError(syntax);
    expect(a.code).toBe('IO');
    expect(a.message).toContain('SQLITE_ERROR');
    expect(a.message).not.toMatch(/SELEC|secret_column/);
    const b = toStoreError(constraint);
    expect(b.code).toBe('CONFLICT');
    expect(b.message).not.toMatch(/INSERT|VALUES|t\.v/);
  });

  it('maps corruption to DAMAGED, file errors to IO, and passes StoreErrors through', () => {
    const corrupt = Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
    expect(toStoreError(corrupt).code).toBe('DAMAGED');
    const notADb = Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' });
    expect(toStoreError(notADb).code).toBe('DAMAGED');
    const full = Object.assign(new Error('ENOSPC: no space left on device, write /secret/path'), { code: 'ENOSPC' });
    expect(toStoreError(full)).toMatchObject({ code: 'IO' });
    expect(toStoreError(full).message).not.toContain('/secret/path');
    const own = new StoreError('NOT_FOUND', 'x');
    expect(toStoreError(own)).toBe(own);
    expect(toStoreError(new TypeError('at foo (bar.ts:1:1)')).message).not.toContain('bar.ts');
    expect(thrownBy(() => guard(() => { throw corrupt; }))).toBeInstanceOf(StoreError);
  });
});
