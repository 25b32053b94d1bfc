import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import type { HandlerMap } from '../../../electron/api/handler-map';
import { StoreError } from '../../../electron/db/store-types';
import { openTempStore, type TempStore } from './temp-store';

let t: TempStore;
beforeAll(() => {
  t = openTempStore();
});
afterAll(() => t.cleanup());

function collectLog(): { lines: string[]; log: (channel: string, error: unknown) => void } {
  const lines: string[] = [];
  return { lines, log: (channel, error) => lines.push(`${channel} ${String(error)}`) };
}

describe('dispatch', () => {
  it('refuses unknown channels, including inherited property names', async () => {
    for (const name of ['scenario:explode', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      const r = await dispatch(t.handlers, name, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('refuses payloads over 2 MB before reading them', async () => {
    const description = 'x'.repeat(2 * 1024 * 1024 + 1);
    const r = await dispatch(t.handlers, 'scenario:create', { name: 'big', scenario: { name: 'big', description } });
    expect(r).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(t.store.listScenarios()).toHaveLength(0);
  });

  it('refuses values JSON cannot carry: cycles, dates, maps, functions', async () => {
    const cyclic: Record<string, unknown> = { name: 'c' };
    cyclic['scenario'] = cyclic;
    expect(await dispatch(t.handlers, 'scenario:create', cyclic)).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: 'scenario' } });
    expect(await dispatch(t.handlers, 'scenario:get', { id: new Date() })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: 'id' } });
    expect(await dispatch(t.handlers, 'settings:set', { patch: new Map([['language', 'en']]) })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: 'patch' } });
    expect(await dispatch(t.handlers, 'scenario:get', { id: () => 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: 'id' } });
    expect(await dispatch(t.handlers, 'plan:get', undefined)).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: '(root)' } });
  });

  it('passes store errors on as their code and message', async () => {
    const r = await dispatch(t.handlers, 'scenario:undo', { id: 'missing-id' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('hides any other error behind INTERNAL and logs the real one', async () => {
    const { lines, log } = collectLog();
    const broken: HandlerMap = {
      ...t.handlers,
      'plan:get': () => {
        throw new Error('SQLITE_ERROR near "SELECT * FROM secrets"');
      },
    };
    const r = await dispatch(broken, 'plan:get', {}, { log });
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: '内部错误 / internal error' } });
    expect(JSON.stringify(r)).not.toContain('SELECT');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('SELECT * FROM secrets');
  });

  it('maps a StoreError thrown by a handler', async () => {
    const conflicted: HandlerMap = {
      ...t.handlers,
      'backup:create': () => {
        throw new StoreError('CONFLICT', 'The database is still open in another window.');
      },
    };
    expect(await dispatch(conflicted, 'backup:create', {})).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'The database is still open in another window.' },
    });
  });

  it('checks results against the contract unless told not to', async () => {
    const { lines, log } = collectLog();
    const wrong: HandlerMap = { ...t.handlers, 'backup:list': () => [{ name: 'b', createdAt: 'now', bytes: -1 }] };
    expect(await dispatch(wrong, 'backup:list', {}, { log })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(lines[0]).toContain('0.bytes');
    expect(await dispatch(wrong, 'backup:list', {}, { log, checkResults: false })).toMatchObject({ ok: true });
  });
});
