import { useCallback, useEffect, useRef, useState } from 'react';
import { restoredBanner, startupBanner, type AppStatusDto, type BackupItem, type DataBanner } from '../lib/data-notice';
import { dataBackend } from './data-backend';

/** The data & backups dialog when open; `confirm` is a backup whose restore confirmation shows at once. */
export interface DataDialogState {
  confirm: BackupItem | null;
}

/** What the data & backups parts of the window read and do. */
export interface DataStatus {
  /** app:status as answered at start (outcome updated after a restore); null until it answers or when it failed. */
  status: AppStatusDto | null;
  /** Why app:status failed (shown with dataErrorText in the UI language); null when it did not. */
  statusFailure: { error: unknown } | null;
  banner: DataBanner | null;
  dialog: DataDialogState | null;
  openDialog: (confirm?: BackupItem | null) => void;
  closeDialog: () => void;
  dismissBanner: () => void;
  /**
   * Restores `backup` (the store first saves the current data as a pre-restore backup), then reloads the
   * workbench through `onRestored` and shows which backup was restored. Rejects with the backend's failure.
   */
  restore: (backup: BackupItem) => Promise<void>;
}

/**
 * Asks app:status once when the window starts and turns the outcome into a notice (damaged file moved aside,
 * data upgraded); owns the data dialog's open state and the restore, after which `onRestored` reloads the
 * scenarios, plan and settings.
 */
export function useDataStatus(onRestored: () => void): DataStatus {
  const [status, setStatus] = useState<AppStatusDto | null>(null);
  const [statusFailure, setStatusFailure] = useState<{ error: unknown } | null>(null);
  const [banner, setBanner] = useState<DataBanner | null>(null);
  const [dialog, setDialog] = useState<DataDialogState | null>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    dataBackend.status().then(
      (answer) => {
        setStatus(answer);
        setBanner(startupBanner(answer.outcome));
      },
      (error: unknown) => setStatusFailure({ error }),
    );
  }, []);

  const openDialog = useCallback((confirm: BackupItem | null = null) => setDialog({ confirm }), []);
  const closeDialog = useCallback(() => setDialog(null), []);
  const dismissBanner = useCallback(() => setBanner(null), []);

  const restore = useCallback(
    async (backup: BackupItem) => {
      const outcome = await dataBackend.restore(backup.name);
      setStatus((old) => (old ? { ...old, outcome } : old));
      setBanner(restoredBanner(backup, outcome));
      setDialog(null);
      onRestored();
    },
    [onRestored],
  );

  return { status, statusFailure, banner, dialog, openDialog, closeDialog, dismissBanner, restore };
}
