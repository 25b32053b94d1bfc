import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { Plan } from '../../shared/plan/plan-schema';
import { StoreError, type OpenStoreOptions, type Store } from '../db/store-types';
import type { AppPaths } from './paths';
import {
  RESTORE_BUTTON,
  openFailedMessage,
  recoveryDialogOptions,
  restoreFailedMessage,
  tooNewMessage,
} from './startup-dialogs';

/** The two dialog calls startup uses (Electron's `dialog` fits). */
export interface StartupDialog {
  showErrorBox(title: string, content: string): void;
  showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
}

/** What opening the store at startup needs; `openStore` and `dialog` are injected so tests can drive it. */
export interface StoreStartupDeps {
  paths: AppPaths;
  plan: Plan;
  openStore: (opts: OpenStoreOptions) => Store;
  dialog: StartupDialog;
}

/**
 * Opens the database, explaining anything unusual to the user. A damaged database that the store moved
 * aside gets a dialog offering the latest backup or a fresh start. A database from a newer version, or
 * one that cannot be opened at all, gets an error box and null: the caller quits without touching it.
 */
export async function openStoreForApp(deps: StoreStartupDeps): Promise<Store | null> {
  const { paths, dialog } = deps;
  let store: Store;
  try {
    store = deps.openStore({ path: paths.dbPath, plan: deps.plan, backupDir: paths.backupDir });
  } catch (error) {
    const box =
      error instanceof StoreError && error.code === 'TOO_NEW'
        ? tooNewMessage(paths.dbPath, error.message)
        : openFailedMessage(
            paths.dbPath,
            error instanceof StoreError ? error.code : 'IO',
            error instanceof Error ? error.message : String(error),
          );
    dialog.showErrorBox(box.title, box.content);
    return null;
  }
  const outcome = store.outcome;
  if (outcome.status !== 'recovered') return store;
  const answer = await dialog.showMessageBox(recoveryDialogOptions(outcome));
  const backup = outcome.latestBackup;
  if (backup && answer.response === RESTORE_BUTTON) {
    try {
      store.restoreBackup(backup.name);
    } catch (error) {
      const box = restoreFailedMessage(backup.name, error instanceof Error ? error.message : String(error));
      dialog.showErrorBox(box.title, box.content);
    }
  }
  return store;
}
