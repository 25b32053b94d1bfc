import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { backupKind, formatBackupTime, formatBytes } from '../../lib/data-format';
import type { BackupItem } from '../../lib/data-notice';
import { toLang } from '../../lib/format';

/** Props of the restore confirmation: the backup, whether a restore is under way, and the two answers. */
export interface RestoreConfirmProps {
  backup: BackupItem;
  /** How many backups the store keeps (from app:status); null while unknown, then the pruning line is left out. */
  keepBackups: number | null;
  busy: boolean;
  disabled: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a restore and says exactly what the store does: the current data is first saved as a
 * 恢复前 (pre-restore) backup, then replaced whole by the chosen backup; the oldest backup goes when the folder is
 * full. Focus starts on 取消, the answer that changes nothing.
 */
export function RestoreConfirm({ backup, keepBackups, busy, disabled, onConfirm, onCancel }: RestoreConfirmProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const headingId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), [backup.name]);
  const what = t('data.confirm.what', {
    time: formatBackupTime(backup.createdAt, lang),
    kind: t(`data.kinds.${backupKind(backup.name) ?? 'other'}`),
    size: formatBytes(backup.bytes, lang),
  });
  return (
    <section className="data-confirm" role="group" aria-labelledby={headingId} data-testid="data-confirm">
      <h4 id={headingId}>{t('data.confirm.heading')}</h4>
      <p className="data-confirm-what">
        {what}
        <br />
        <span className="data-path">{backup.name}</span>
      </p>
      <ul>
        <li>{t('data.confirm.replaces')}</li>
        <li>{t('data.confirm.safety')}</li>
        <li>{t('data.confirm.later')}</li>
        {keepBackups !== null ? <li>{t('data.confirm.prune', { kept: keepBackups })}</li> : null}
      </ul>
      <div className="button-row">
        <button type="button" className="primary-button" disabled={busy || disabled} onClick={onConfirm} data-testid="data-confirm-restore">
          {busy ? t('data.confirm.working') : t('data.confirm.go')}
        </button>
        <button type="button" ref={cancelRef} className="small-button" disabled={busy} onClick={onCancel} data-testid="data-confirm-cancel">
          {t('data.confirm.cancel')}
        </button>
      </div>
    </section>
  );
}
