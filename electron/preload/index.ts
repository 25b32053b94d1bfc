import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge, type BridgeInvoke, type BridgeMenuSubscribe } from '../../shared/api/bridge';
import { MENU_COMMAND_EVENT, MenuCommand, type TuiyanBridge } from '../../shared/api/types';

// The window's only way to the backend: one function per contract channel (each one ipcRenderer.invoke)
// and a menu-command subscription. ipcRenderer itself never reaches the page.

const invoke: BridgeInvoke = (channel, payload) => ipcRenderer.invoke(channel, payload);

const onMenuCommand: BridgeMenuSubscribe = (callback) => {
  const listener = (_event: IpcRendererEvent, command: unknown): void => {
    const parsed = MenuCommand.safeParse(command);
    if (parsed.success) callback(parsed.data);
  };
  ipcRenderer.on(MENU_COMMAND_EVENT, listener);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_EVENT, listener);
  };
};

const bridge = createBridge(invoke, onMenuCommand) satisfies TuiyanBridge;

contextBridge.exposeInMainWorld('api', bridge);
