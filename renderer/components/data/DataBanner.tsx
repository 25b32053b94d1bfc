import { useTranslation } from 'react-i18next';
import { formatBackupTime } from '../../lib/data-format';
import type { BackupItem, DataBanner as Banner } from '../../lib/data-notice';
import { toLang } from '../../lib/format';

/** Props of the data notice: what to say, and what its buttons do. */
export interface DataBannerProps {
  banner: Banner | null;
  /** Opens the restore confirmation for the latest backup (offered when the data file was damaged). */
  onRestoreLatest: (backup: BackupItem) => void;
  onClose: () => void;
}

/**
 * The data notice under the header, in the UI language: a damaged data file (where it was moved, why, and the
 * latest backup to restore; an alert that stays until closed), an upgrade (where the pre-upgrade backup is), or
 * which backup was just restored (quiet status lines).
 */
export function DataBanner({ banner, onRestoreLatest, onClose }: DataBannerProps) {
  const { t, i18n } = useTranslation();
  if (!banner) return null;
  const lang = toLang(i18n.language);
  const latest = banner.kind === 'recovered' ? banner.latest : null;
  let text: string;
  if (banner.kind === 'recovered') {
    const next = latest ? t('data.startup.withBackup', { time: formatBackupTime(latest.createdAt, lang) }) : t('data.startup.noBackup');
    text = `${t('data.startup.recovered', { movedTo: banner.movedTo, reason: banner.reason })} ${next}`;
  } else if (banner.kind === 'migrated') {
    text = banner.backupPath ? t('data.startup.migrated', { path: banner.backupPath }) : t('data.startup.migratedNoBackup');
  } else {
    const done = t('data.restore.done', { time: formatBackupTime(banner.backup.createdAt, lang), name: banner.backup.name });
    text = banner.upgraded ? `${done} ${t('data.restore.upgraded')}` : done;
  }
  const alarm = banner.kind === 'recovered';
  return (
    <div className={`notice-bar data-banner ${alarm ? 'error' : 'info'}`} role={alarm ? 'alert' : 'status'} data-testid="data-banner" data-kind={banner.kind}>
      <span className="notice-text">{text}</span>
      {latest ? (
        <button type="button" className="small-button" onClick={() => onRestoreLatest(latest)} data-testid="data-banner-restore">
          {t('data.startup.restoreLatest')}
        </button>
      ) : null}
      <button type="button" className="small-button" onClick={onClose} aria-label={t('common.close')} data-testid="data-banner-close">
        ×
      </button>
    </div>
  );
}
