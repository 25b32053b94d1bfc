import type { ScenarioRecordDto, Settings } from '../../shared/api';
import type { Plan } from '../../shared/plan/plan-schema';
import { ApiFailure, call } from '../api/client';
import type { ScenarioStart } from '../components/NewScenarioForm';
import type { SnapshotItem } from '../components/SnapshotsPanel';
import type { Translate } from '../lib/translate';

/** The backend calls the workbench makes, each one channel of the API contract. */
export const backend = {
  plan: (): Promise<Plan> => call('plan:get', {}),
  settings: (): Promise<Settings> => call('settings:get', {}),
  setSettings: (patch: Record<string, string>): Promise<Settings> => call('settings:set', { patch }),
  list: (): Promise<ScenarioRecordDto[]> => call('scenario:list', {}),
  get: (id: string): Promise<ScenarioRecordDto> => call('scenario:get', { id }),
  create: (name: string, from: ScenarioStart): Promise<ScenarioRecordDto> => call('scenario:create', { name, from }),
  rename: (id: string, name: string): Promise<ScenarioRecordDto> => call('scenario:rename', { id, name }),
  clone: (id: string, name?: string): Promise<ScenarioRecordDto> =>
    call('scenario:clone', name === undefined ? { id } : { id, name }),
  remove: (id: string): Promise<ScenarioRecordDto> => call('scenario:delete', { id }),
  restore: (id: string): Promise<ScenarioRecordDto> => call('scenario:restore', { id }),
  undo: (id: string): Promise<ScenarioRecordDto> => call('scenario:undo', { id }),
  redo: (id: string): Promise<ScenarioRecordDto> => call('scenario:redo', { id }),
  snapshot: (id: string, label: string) => call('scenario:snapshot', { id, label }),
  snapshots: (id: string): Promise<SnapshotItem[]> => call('scenario:snapshots', { id }),
  restoreSnapshot: (snapshotId: string): Promise<ScenarioRecordDto> => call('scenario:restore-snapshot', { snapshotId }),
};

/**
 * A failure as a sentence in the UI language: known codes get their own wording (a refused value names the
 * field), the backend's message follows; anything else reads as a generic failure, never a stack trace.
 */
export function errorText(err: unknown, t: Translate): string {
  if (err instanceof ApiFailure) {
    const known = ['NETWORK', 'CONFLICT', 'NOT_FOUND', 'INVALID_PAYLOAD', 'INVALID', 'IO', 'DAMAGED', 'TOO_NEW'];
    const key = known.includes(err.code) ? `errors.${err.code}` : 'errors.other';
    const where = err.path ? t('errors.field', { path: err.path }) : '';
    return `${t(key)}${where} ${err.message}`.trim();
  }
  return t('errors.unexpected');
}
