import { useTranslation } from 'react-i18next';
import { backupKind, formatBackupTime, formatBytes, newestFirst } from '../../lib/data-format';
import type { BackupItem } from '../../lib/data-notice';
import { toLang } from '../../lib/format';

/** Props of the backups table: the backups, which one awaits confirmation, and whether restoring is possible now. */
export interface BackupTableProps {
  backups: readonly BackupItem[];
  /** The backup whose restore confirmation is open (its row is marked). */
  selected: string | null;
  disabled: boolean;
  onRestore: (backup: BackupItem) => void;
}

/** The backups, newest first: local time, kind, size with its unit (KB / MB), and a 恢复 button each. */
export function BackupTable({ backups, selected, disabled, onRestore }: BackupTableProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  return (
    <div className="data-table-wrap">
      <table className="data-table" data-testid="data-backups">
        <caption className="sr-only">{t('data.backups.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.backups.time')}</th>
            <th scope="col">{t('data.backups.kind')}</th>
            <th scope="col" className="num">{t('data.backups.size')}</th>
            <th scope="col">
              <span className="sr-only">{t('data.backups.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst(backups).map((b) => {
            const time = formatBackupTime(b.createdAt, lang);
            return (
              <tr key={b.name} data-backup={b.name} className={selected === b.name ? 'selected' : undefined} title={b.name}>
                <th scope="row" data-field="time">{time}</th>
                <td data-field="kind">{t(`data.kinds.${backupKind(b.name) ?? 'other'}`)}</td>
                <td className="num" data-field="size">{formatBytes(b.bytes, lang)}</td>
                <td>
                  <button
                    type="button"
                    className="small-button"
                    disabled={disabled}
                    onClick={() => onRestore(b)}
                    aria-label={t('data.backups.restoreLabel', { time })}
                    data-testid="data-restore"
                  >
                    {t('data.backups.restore')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
