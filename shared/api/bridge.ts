import type { Channel } from './contract';
import { exportBridge } from './export-bridge';
import type { ApiResponse, MenuCommand, Payload, TuiyanBridge } from './types';

/** Sends one call over the transport (in the preload: `ipcRenderer.invoke(channel, payload)`). */
export type BridgeInvoke = <C extends Channel>(channel: C, payload: Payload<C>) => Promise<ApiResponse<C>>;

/** Subscribes to menu commands; returns the unsubscribe function. */
export type BridgeMenuSubscribe = (callback: (command: MenuCommand) => void) => () => void;

/**
 * Builds the `window.api` object from one invoke function, so the preload need not list channels itself.
 * Every channel is spelled out (the type fails to compile when the contract gains a channel not listed here).
 */
export function createBridge(invoke: BridgeInvoke, onMenuCommand: BridgeMenuSubscribe): TuiyanBridge {
  return {
    'plan:get': (p) => invoke('plan:get', p),
    'scenario:list': (p) => invoke('scenario:list', p),
    'scenario:get': (p) => invoke('scenario:get', p),
    'scenario:create': (p) => invoke('scenario:create', p),
    'scenario:update': (p) => invoke('scenario:update', p),
    'scenario:rename': (p) => invoke('scenario:rename', p),
    'scenario:clone': (p) => invoke('scenario:clone', p),
    'scenario:delete': (p) => invoke('scenario:delete', p),
    'scenario:restore': (p) => invoke('scenario:restore', p),
    'scenario:undo': (p) => invoke('scenario:undo', p),
    'scenario:redo': (p) => invoke('scenario:redo', p),
    'scenario:history': (p) => invoke('scenario:history', p),
    'scenario:snapshot': (p) => invoke('scenario:snapshot', p),
    'scenario:snapshots': (p) => invoke('scenario:snapshots', p),
    'scenario:restore-snapshot': (p) => invoke('scenario:restore-snapshot', p),
    'scenario:import': (p) => invoke('scenario:import', p),
    'scenario:export': (p) => invoke('scenario:export', p),
    'run:save': (p) => invoke('run:save', p),
    'run:list': (p) => invoke('run:list', p),
    'run:get': (p) => invoke('run:get', p),
    'settings:get': (p) => invoke('settings:get', p),
    'settings:set': (p) => invoke('settings:set', p),
    'backup:create': (p) => invoke('backup:create', p),
    'backup:list': (p) => invoke('backup:list', p),
    'backup:restore': (p) => invoke('backup:restore', p),
    'app:status': (p) => invoke('app:status', p),
    ...exportBridge(invoke),
    onMenuCommand,
  };
}
