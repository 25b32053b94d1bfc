import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioRecordDto } from '../../shared/api';
import { formatBackupTime } from '../lib/data-format';
import { toLang } from '../lib/format';

/** Props of one line of the scenario list. */
export interface ScenarioRowProps {
  record: ScenarioRecordDto;
  active: boolean;
  compared: boolean;
  compareDisabled: boolean;
  onOpen: () => void;
  onRename: (name: string) => void;
  onClone: () => void;
  onDelete: () => void;
  onCompare: (on: boolean) => void;
}

/** A scenario: open it, tick it for comparison, rename it in place, clone or delete it. */
export function ScenarioRow(p: ScenarioRowProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(p.record.name);
  const name0 = p.record.name;
  return (
    <tr data-scenario={p.record.id} data-name={name0} className={p.active ? 'active' : undefined}>
      <td>
        <input
          type="checkbox"
          checked={p.compared}
          disabled={p.compareDisabled && !p.compared}
          aria-label={t('scenarios.compareThis', { name: name0 })}
          onChange={(e) => p.onCompare(e.target.checked)}
        />
      </td>
      <th scope="row">
        {editing ? (
          <form
            className="rename-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim() === '') return;
              p.onRename(name.trim());
              setEditing(false);
            }}
          >
            <input
              type="text"
              value={name}
              maxLength={200}
              autoFocus
              aria-label={t('scenarios.newName', { name: name0 })}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setEditing(false);
              }}
            />
            <button type="submit" className="small-button">{t('common.ok')}</button>
            <button type="button" className="small-button" onClick={() => setEditing(false)}>{t('common.cancel')}</button>
          </form>
        ) : (
          <button type="button" className="link-button" onClick={p.onOpen} aria-current={p.active ? 'true' : undefined}>
            {name0}
            {p.active ? <span className="tag">{t('scenarios.current')}</span> : null}
          </button>
        )}
      </th>
      <td className="muted">
        {t('scenarios.version', { version: p.record.version })} · {formatBackupTime(p.record.updatedAt, toLang(i18n.language))}
      </td>
      <td className="row-actions">
        <button type="button" className="small-button" onClick={() => { setName(name0); setEditing(true); }} aria-label={t('scenarios.renameThis', { name: name0 })}>
          {t('scenarios.rename')}
        </button>
        <button type="button" className="small-button" onClick={p.onClone} aria-label={t('scenarios.cloneThis', { name: name0 })}>
          {t('scenarios.clone')}
        </button>
        <button type="button" className="small-button danger" onClick={p.onDelete} aria-label={t('scenarios.deleteThis', { name: name0 })}>
          {t('scenarios.delete')}
        </button>
      </td>
    </tr>
  );
}
