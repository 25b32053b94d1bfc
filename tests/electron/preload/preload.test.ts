import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { MENU_COMMAND_EVENT } from '../../../shared/api/types';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  return {
    listeners,
    exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
    invoke: vi.fn(async (channel: string, payload: unknown) => ({ ok: true, value: { channel, payload } })),
    on: vi.fn((channel: string, listener: Listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener },
}));

let exposedKey: unknown;
let api: Record<string, unknown> = {};

beforeAll(async () => {
  await import('../../../electron/preload/index');
  expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const call = electron.exposeInMainWorld.mock.calls[0];
  exposedKey = call?.[0];
  const exposed = call?.[1];
  if (typeof exposed !== 'object' || exposed === null) throw new Error('the preload exposed no object');
  api = Object.fromEntries(Object.entries(exposed));
});

function fn(name: string): (...args: unknown[]) => unknown {
  const value = api[name];
  if (typeof value !== 'function') throw new Error(`${name} is not a function`);
  return (...args: unknown[]) => Reflect.apply(value, undefined, args);
}

describe('preload bridge', () => {
  it('exposes window.api with exactly the contract channels plus onMenuCommand', () => {
    expect(exposedKey).toBe('api');
    expect(Object.keys(api).sort()).toEqual([...Object.keys(contract), 'onMenuCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or its methods', () => {
    const values = Object.values(api);
    for (const forbidden of [electron.invoke, electron.on, electron.removeListener]) expect(values).not.toContain(forbidden);
    expect(Object.keys(api)).not.toContain('ipcRenderer');
    expect(Object.keys(api)).not.toContain('invoke');
  });

  it('each channel function invokes its own channel with the payload and returns the answer', async () => {
    for (const channel of Object.keys(contract)) {
      electron.invoke.mockClear();
      const payload = { marker: channel };
      await expect(fn(channel)(payload)).resolves.toEqual({ ok: true, value: { channel, payload } });
      expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(channel, payload);
    }
  });

  it('onMenuCommand delivers valid menu commands only, and unsubscribes', () => {
    const received: unknown[] = [];
    const unsubscribe = fn('onMenuCommand')((command: unknown) => received.push(command));
    const emit = (value: unknown) => {
      for (const listener of electron.listeners.get(MENU_COMMAND_EVENT) ?? []) listener({}, value);
    };
    emit('scenario:new');
    emit('edit:redo');
    emit('rm -rf');
    emit({ command: 'scenario:new' });
    expect(received).toEqual(['scenario:new', 'edit:redo']);
    expect(typeof unsubscribe).toBe('function');
    if (typeof unsubscribe === 'function') unsubscribe();
    emit('file:export');
    expect(received).toEqual(['scenario:new', 'edit:redo']);
    expect(electron.listeners.get(MENU_COMMAND_EVENT)?.size).toBe(0);
  });
});
