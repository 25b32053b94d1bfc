import { channels, type Channel } from '../../shared/api/contract';
import type { BridgeChannels, Payload, TuiyanBridge } from '../../shared/api/types';
import type { Transport } from './transport';

/** True when `value` is the preload's bridge: an object with a function for every channel and onMenuCommand. */
export function isBridge(value: unknown): value is TuiyanBridge {
  if (typeof value !== 'object' || value === null) return false;
  const has = (name: string): boolean => typeof Reflect.get(value, name) === 'function';
  return has('onMenuCommand') && channels.every(has);
}

/** The Electron transport: each call goes through `window.api[channel](payload)` (ipcRenderer.invoke in the preload). */
export function createIpcTransport(bridge: TuiyanBridge): Transport {
  const fns: BridgeChannels = bridge;
  return {
    send: <C extends Channel>(channel: C, payload: Payload<C>): Promise<unknown> => fns[channel](payload),
    onMenuCommand: (callback) => bridge.onMenuCommand(callback),
  };
}
