import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dataErrorText } from '../../lib/data-errors';
import { backupPath } from '../../lib/data-format';
import type { AppStatusDto, BackupItem } from '../../lib/data-notice';
import { asTranslate } from '../../lib/translate';
import { dataBackend } from '../../state/data-backend';
import { BackupTable } from './BackupTable';
import { RestoreConfirm } from './RestoreConfirm';

/** Props of the data & backups dialog. */
export interface DataDialogProps {
  /** app:status as answered at start; null while it is pending or when it failed. */
  status: AppStatusDto | null;
  statusFailure: { error: unknown } | null;
  /** A backup whose restore confirmation opens at once (the damaged-file notice's offer). */
  initialConfirm: BackupItem | null;
  /** The open scenario has edits not yet saved: backing up and restoring wait, so they are not lost. */
  unsaved: boolean;
  onSaveNow: () => void;
  /** Restores a backup and reloads the workbench; rejects with the backend's failure. */
  onRestore: (backup: BackupItem) => Promise<void>;
  onClose: () => void;
}

interface StatusLine {
  id: number;
  ok: boolean;
  text: string;
}

/**
 * 数据与备份: where the data file and its backups live and the app version; the backups newest first with
 * time, kind and size; 立即备份 (says where it wrote the file); 恢复 after a confirmation that says what the
 * store does. Failures are listed in the dialog's status lines and nothing is changed by a failed call.
 */
export function DataDialog({ status, statusFailure, initialConfirm, unsaved, onSaveNow, onRestore, onClose }: DataDialogProps) {
  const { t } = useTranslation();
  const tr = asTranslate(t);
  const titleId = useId();
  const createRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(typeof document === 'undefined' ? null : document.activeElement);
  const [backups, setBackups] = useState<BackupItem[] | null>(null);
  const [confirm, setConfirm] = useState<BackupItem | null>(initialConfirm);
  const [busy, setBusy] = useState<'create' | 'restore' | null>(null);
  const [lines, setLines] = useState<StatusLine[]>([]);
  const nextId = useRef(1);
  const translate = useRef(tr);
  translate.current = tr;

  const report = useCallback((ok: boolean, text: string) => {
    const id = nextId.current++;
    setLines((old) => [{ id, ok, text }, ...old].slice(0, 6));
  }, []);

  const refreshList = useRef(() => {
    dataBackend.list().then(setBackups, (error: unknown) => {
      setBackups((old) => old ?? []);
      report(false, translate.current('data.backups.listFailed', { reason: dataErrorText(error, translate.current) }));
    });
  });

  useEffect(() => {
    if (!initialConfirm) createRef.current?.focus();
    refreshList.current();
    const back = opener.current;
    return () => {
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, [initialConfirm]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || busy === 'restore') return;
      e.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose, busy]);

  const create = () => {
    setBusy('create');
    dataBackend
      .create()
      .then((info) => {
        report(true, tr('data.backups.created', { path: status ? backupPath(status.backupDir, info.name) : info.name }));
        refreshList.current();
      })
      .catch((error: unknown) => report(false, tr('data.backups.createFailed', { reason: dataErrorText(error, tr) })))
      .finally(() => setBusy(null));
  };

  const restore = (backup: BackupItem) => {
    setBusy('restore');
    onRestore(backup).catch((error: unknown) => {
      report(false, tr('data.restore.failed', { reason: dataErrorText(error, tr) }));
      setBusy(null);
      refreshList.current();
    });
  };

  const blocked = busy !== null || unsaved;
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && busy !== 'restore' && onClose()}>
      <div className="modal-dialog data-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="data-dialog">
        <header className="modal-head">
          <h2 id={titleId}>{t('data.title')}</h2>
          <button type="button" className="small-button" onClick={onClose} disabled={busy === 'restore'} data-testid="data-close">
            {t('data.close')}
          </button>
        </header>

        <section className="data-section" aria-labelledby={`${titleId}-where`}>
          <h3 id={`${titleId}-where`}>{t('data.where.heading')}</h3>
          {status ? (
            <dl className="data-facts">
              <dt>{t('data.where.dataFile')}</dt>
              <dd className="data-path" data-testid="data-path">{status.dataPath}</dd>
              <dt>{t('data.where.backupFolder')}</dt>
              <dd className="data-path" data-testid="data-backup-folder">{status.backupDir}</dd>
              <dt>{t('data.where.version')}</dt>
              <dd data-testid="data-version">{status.appVersion}</dd>
            </dl>
          ) : (
            <p className={statusFailure ? 'data-error' : 'hint'}>
              {statusFailure ? t('data.where.failed', { reason: dataErrorText(statusFailure.error, tr) }) : t('data.where.loading')}
            </p>
          )}
        </section>

        <section className="data-section" aria-labelledby={`${titleId}-backups`}>
          <h3 id={`${titleId}-backups`}>{t('data.backups.heading')}</h3>
          {unsaved ? (
            <p className="data-unsaved" data-testid="data-unsaved">
              {t('data.unsaved.text')}
              <button type="button" className="small-button" onClick={onSaveNow}>{t('data.unsaved.saveNow')}</button>
            </p>
          ) : null}
          <div className="button-row">
            <button type="button" ref={createRef} className="primary-button" disabled={blocked} onClick={create} data-testid="data-create">
              {busy === 'create' ? t('data.backups.creating') : t('data.backups.create')}
            </button>
          </div>
          <p className="hint">{status ? t('data.backups.hint', { kept: status.keepBackups }) : null}</p>
          {confirm ? (
            <RestoreConfirm backup={confirm} keepBackups={status?.keepBackups ?? null} busy={busy === 'restore'} disabled={unsaved} onConfirm={() => restore(confirm)} onCancel={() => setConfirm(null)} />
          ) : null}
          {backups === null ? <p className="hint">{t('data.backups.loading')}</p> : null}
          {backups !== null && backups.length === 0 ? <p className="hint" data-testid="data-no-backups">{t('data.backups.none')}</p> : null}
          {backups !== null && backups.length > 0 ? (
            <BackupTable backups={backups} selected={confirm?.name ?? null} disabled={blocked} onRestore={setConfirm} />
          ) : null}
        </section>

        <div className="data-status" role="status" aria-live="polite" data-testid="data-status">
          {lines.map((l) => (
            <p key={l.id} className={l.ok ? 'data-ok' : 'data-error'}>{l.text}</p>
          ))}
        </div>
      </div>
    </div>
  );
}
