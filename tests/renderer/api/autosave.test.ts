import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBridge, type BridgeInvoke } from '../../../shared/api/bridge';
import { channelSchemas } from '../../../shared/api/channel-schemas';
import type { ScenarioRecordDto } from '../../../shared/api/records';
import { dispatch } from '../../../electron/api/dispatch';
import { createAutosave, type AutosaveStatus, type SaveScenario } from '../../../renderer/api/autosave';
import { createClient, type ApiClient } from '../../../renderer/api/client';
import { createIpcTransport } from '../../../renderer/api/ipc-transport';
import { openTempStore, type TempStore } from '../../electron/api/temp-store';

let t: TempStore;
let client: ApiClient;
let record: ScenarioRecordDto;
let save: SaveScenario;
let saves: number;

beforeEach(async () => {
  vi.useFakeTimers();
  t = openTempStore();
  const invoke: BridgeInvoke = async (channel, payload) => {
    const answer = await dispatch(t.handlers, channel, payload);
    return answer.ok ? { ok: true, value: channelSchemas[channel].result.parse(answer.value) } : answer;
  };
  client = createClient(createIpcTransport(createBridge(invoke, () => () => undefined)));
  record = await client.call('scenario:create', { name: 'auto' });
  saves = 0;
  save = (payload) => {
    saves += 1;
    return client.call('scenario:update', payload);
  };
});

afterEach(() => {
  vi.useRealTimers();
  t.cleanup();
});

const withGrowth = (g: number) => ({ name: 'auto', indicators: { gdp: { growth: g } } });

describe('autosave', () => {
  it('saves 600 ms after the last change, not before', async () => {
    const a = createAutosave({ id: record.id, version: 1, save });
    a.change(withGrowth(0.05));
    expect(a.getState().status).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(599);
    expect(saves).toBe(0);
    expect(t.store.getScenario(record.id).version).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(a.getState()).toEqual({ status: 'saved', message: null, code: null, version: 2 });
    expect(t.store.getScenario(record.id).scenario).toEqual(withGrowth(0.05));
  });

  it('saves a burst of changes once, with the last one', async () => {
    const a = createAutosave({ id: record.id, version: 1, save });
    for (const g of [0.01, 0.02, 0.03, 0.04, 0.05]) {
      a.change(withGrowth(g));
      await vi.advanceTimersByTimeAsync(300);
    }
    await vi.advanceTimersByTimeAsync(600);
    expect(saves).toBe(1);
    expect(t.store.history(record.id).map((h) => h.version)).toEqual([1, 2]);
    expect(t.store.getScenario(record.id).scenario).toEqual(withGrowth(0.05));
  });

  it('flush saves at once and reports the state', async () => {
    const saved: number[] = [];
    const a = createAutosave({ id: record.id, version: 1, save, onSaved: (r) => saved.push(r.version) });
    a.change(withGrowth(0.07));
    const state = await a.flush();
    expect(state.status).toBe('saved');
    expect(saved).toEqual([2]);
    expect(await a.flush()).toBe(state);
  });

  it('goes through unsaved → saving → saved, telling subscribers each time', async () => {
    const seen: AutosaveStatus[] = [];
    const a = createAutosave({ id: record.id, version: 1, save });
    const stop = a.subscribe(() => seen.push(a.getState().status));
    const before = a.getState();
    expect(a.getState()).toBe(before);
    a.change(withGrowth(0.02));
    await vi.advanceTimersByTimeAsync(600);
    expect(seen).toEqual(['unsaved', 'saving', 'saved']);
    stop();
    a.change(withGrowth(0.03));
    expect(seen).toHaveLength(3);
  });

  it('keeps an edit made while saving and saves it next', async () => {
    let release = (): void => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const slow: SaveScenario = async (p) => {
      await gate;
      return save(p);
    };
    const a = createAutosave({ id: record.id, version: 1, save: slow });
    a.change(withGrowth(0.01));
    await vi.advanceTimersByTimeAsync(600);
    expect(a.getState().status).toBe('saving');
    a.change(withGrowth(0.02));
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(a.getState()).toMatchObject({ status: 'unsaved', version: 2 });
    await vi.advanceTimersByTimeAsync(600);
    expect(a.getState()).toMatchObject({ status: 'saved', version: 3 });
    expect(t.store.getScenario(record.id).scenario).toEqual(withGrowth(0.02));
  });

  it('shows a refused save as an error with its message, and recovers on the next change', async () => {
    const a = createAutosave({ id: record.id, version: 1, save });
    a.change({ name: 'auto', indicators: { nope: { growth: 0.1 } } });
    await vi.advanceTimersByTimeAsync(600);
    expect(a.getState()).toMatchObject({ status: 'error', code: 'INVALID_PAYLOAD', version: 1 });
    expect(a.getState().message).toContain('scenario.indicators.nope');
    a.change(withGrowth(0.04));
    await vi.advanceTimersByTimeAsync(600);
    expect(a.getState()).toMatchObject({ status: 'saved', code: null, message: null, version: 2 });
  });

  it('reports a conflict when the scenario changed elsewhere; rebase adopts the newer version', async () => {
    const a = createAutosave({ id: record.id, version: 1, save });
    await client.call('scenario:update', { id: record.id, scenario: withGrowth(0.09), expectedVersion: 1 });
    a.change(withGrowth(0.01));
    await vi.advanceTimersByTimeAsync(600);
    expect(a.getState()).toMatchObject({ status: 'error', code: 'CONFLICT' });
    const undone = await client.call('scenario:undo', { id: record.id });
    a.rebase(undone.version);
    expect(a.getState()).toEqual({ status: 'saved', message: null, code: null, version: 1 });
    a.change(withGrowth(0.03));
    await a.flush();
    expect(a.getState()).toMatchObject({ status: 'saved', version: 3 });
    expect(t.store.history(record.id).map((h) => h.version)).toEqual([1, 3]);
  });

  it('honours a custom quiet time', async () => {
    const a = createAutosave({ id: record.id, version: 1, save, delayMs: 50 });
    a.change(withGrowth(0.06));
    await vi.advanceTimersByTimeAsync(50);
    expect(a.getState().status).toBe('saved');
    a.dispose();
  });
});
