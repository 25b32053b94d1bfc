import type { BridgeInvoke } from './bridge';
import type { ExportChannel } from './export-channels';
import type { BridgeChannels } from './types';

/** The bridge functions of the export channels, spread into createBridge (one ipcRenderer.invoke each). */
export function exportBridge(invoke: BridgeInvoke): Pick<BridgeChannels, ExportChannel> {
  return {
    'export:save': (p) => invoke('export:save', p),
    'export:xlsx': (p) => invoke('export:xlsx', p),
    'export:pdf': (p) => invoke('export:pdf', p),
    'export:copy-image': (p) => invoke('export:copy-image', p),
  };
}
