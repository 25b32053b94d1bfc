import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBackupTime } from '../lib/data-format';
import { toLang } from '../lib/format';

/** A labelled snapshot as the list shows it. */
export interface SnapshotItem {
  id: string;
  label: string;
  version: number;
  createdAt: string;
}

/** Props of the snapshots of the current scenario. */
export interface SnapshotsPanelProps {
  scenarioName: string;
  snapshots: readonly SnapshotItem[];
  onCreate: (label: string) => void;
  onRestore: (snapshotId: string) => void;
}

/** Labelled snapshots of the current scenario: take one, or bring one back (which is itself undoable). */
export function SnapshotsPanel({ scenarioName, snapshots, onCreate, onRestore }: SnapshotsPanelProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [label, setLabel] = useState('');
  return (
    <section className="panel snapshots" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('snapshots.title', { name: scenarioName })}</h3>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (label.trim() === '') return;
          onCreate(label.trim());
          setLabel('');
        }}
      >
        <span className="field grow">
          <label htmlFor={`${id}-label`} className="field-label">{t('snapshots.label')}</label>
          <input id={`${id}-label`} type="text" value={label} maxLength={200} placeholder={t('snapshots.placeholder')} onChange={(e) => setLabel(e.target.value)} data-testid="snapshot-label" />
        </span>
        <button type="submit" className="small-button" disabled={label.trim() === ''}>
          {t('snapshots.take')}
        </button>
      </form>
      {snapshots.length === 0 ? (
        <p className="empty-line">{t('snapshots.none')}</p>
      ) : (
        <ul className="snapshot-list">
          {snapshots.map((s) => (
            <li key={s.id} data-snapshot={s.id}>
              <span className="snapshot-label">{s.label}</span>
              <span className="muted">
                {t('scenarios.version', { version: s.version })} · {formatBackupTime(s.createdAt, toLang(i18n.language))}
              </span>
              <button type="button" className="small-button" onClick={() => onRestore(s.id)} aria-label={t('snapshots.restoreThis', { label: s.label })}>
                {t('snapshots.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
