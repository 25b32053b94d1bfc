import { call } from '../api/client';
import type { AppStatusDto, BackupItem, OpenOutcomeDto } from '../lib/data-notice';

/** The backend calls of the data & backups dialog, each one channel of the API contract. */
export const dataBackend = {
  status: (): Promise<AppStatusDto> => call('app:status', {}),
  list: (): Promise<BackupItem[]> => call('backup:list', {}),
  create: (): Promise<BackupItem> => call('backup:create', {}),
  restore: (name: string): Promise<OpenOutcomeDto> => call('backup:restore', { name }),
};
