import type { MessageBoxOptions } from 'electron';
import type { OpenOutcome } from '../db/store-types';

type Recovered = Extract<OpenOutcome, { status: 'recovered' }>;

/** Index of the "restore the latest backup" button in the recovery dialog (when a backup exists). */
export const RESTORE_BUTTON = 0;

/**
 * The dialog shown when the database was damaged and moved aside: where the damaged file went, and a choice
 * between the latest backup and a fresh start. Bilingual, since the settings went with the damaged file.
 */
export function recoveryDialogOptions(outcome: Recovered): MessageBoxOptions {
  const backup = outcome.latestBackup;
  const detail = [
    `损坏的文件已移至 / The damaged file was moved to:\n${outcome.movedTo}`,
    `原因 / Reason: ${outcome.reason}`,
    backup
      ? `最近的备份 / Latest backup: ${backup.name}（${backup.createdAt}）`
      : '没有可用的备份，将从空白数据库开始。/ No backup is available; Tuiyan starts with an empty database.',
  ].join('\n\n');
  return {
    type: 'warning',
    title: '推演台 Tuiyan',
    message: '数据库已损坏，已另存并新建。/ The database was damaged; it was set aside and a new one was created.',
    detail,
    buttons: backup
      ? ['恢复最近的备份 / Restore latest backup', '重新开始 / Start fresh']
      : ['确定 / OK'],
    defaultId: 0,
    cancelId: backup ? 1 : 0,
    noLink: true,
  };
}

/** Title and text of the error box for a database written by a newer Tuiyan; the file is left untouched. */
export function tooNewMessage(dbPath: string, reason: string): { title: string; content: string } {
  return {
    title: '推演台 Tuiyan',
    content: [
      '此数据库由更新版本的推演台创建，当前版本无法打开。请安装最新版本。数据库未被改动。',
      'This database was created by a newer version of Tuiyan and cannot be opened by this one. Install the latest version; the database was not changed.',
      '',
      dbPath,
      reason,
    ].join('\n'),
  };
}

/** Title and text of the error box when the database cannot be opened for another reason (code and message from the store). */
export function openFailedMessage(dbPath: string, code: string, reason: string): { title: string; content: string } {
  return {
    title: '推演台 Tuiyan',
    content: [
      '无法打开数据库，推演台将退出。/ The database cannot be opened; Tuiyan will quit.',
      '',
      dbPath,
      `${code}: ${reason}`,
    ].join('\n'),
  };
}

/** Text of the error box when restoring the chosen backup failed; the app continues with the fresh database. */
export function restoreFailedMessage(backupName: string, reason: string): { title: string; content: string } {
  return {
    title: '推演台 Tuiyan',
    content: [
      `无法恢复备份 ${backupName}，将使用新的空白数据库。`,
      `The backup ${backupName} could not be restored; Tuiyan continues with the new empty database.`,
      '',
      reason,
    ].join('\n'),
  };
}
