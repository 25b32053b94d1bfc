import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseNumberInput } from '../lib/format';
import { NumberField } from './NumberField';

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Props of the scenario's formula parameters; `taken` are names a parameter may not use (built-ins, indicator symbols). */
export interface ParametersTableProps {
  parameters: Readonly<Record<string, number>>;
  taken: ReadonlySet<string>;
  onSet: (name: string, value: number | undefined) => void;
}

/** The scenario's named formula parameters: edit a value, remove one, or add a new name with its value. */
export function ParametersTable({ parameters, taken, onSet }: ParametersTableProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const entries = Object.entries(parameters);

  const add = () => {
    const n = name.trim();
    const v = parseNumberInput(value);
    if (!NAME.test(n)) return setError(t('params.badName'));
    if (taken.has(n)) return setError(t('params.taken', { name: n }));
    if (Object.hasOwn(parameters, n)) return setError(t('params.exists', { name: n }));
    if (v === null) return setError(t('params.badValue'));
    setError(null);
    setName('');
    setValue('');
    onSet(n, v);
  };

  return (
    <div className="parameters">
      {entries.length === 0 ? <p className="empty-line">{t('params.none')}</p> : null}
      {entries.length > 0 ? (
        <ul className="param-list">
          {entries.map(([k, v]) => (
            <li key={k} className="param-row">
              <code>{k}</code>
              <NumberField label={t('params.valueOf', { name: k })} hideLabel value={v} onCommit={(n) => n !== undefined && onSet(k, n)} />
              <button type="button" className="small-button danger" onClick={() => onSet(k, undefined)} aria-label={t('params.remove', { name: k })}>
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="param-add">
        <span className="field">
          <label htmlFor={`${id}-name`} className="field-label">{t('params.name')}</label>
          <input id={`${id}-name`} type="text" value={name} maxLength={40} onChange={(e) => setName(e.target.value)} data-testid="param-name" />
        </span>
        <span className="field">
          <label htmlFor={`${id}-value`} className="field-label">{t('params.value')}</label>
          <input
            id={`${id}-value`}
            type="text"
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') add();
            }}
            data-testid="param-value"
          />
        </span>
        <button type="button" className="small-button" onClick={add}>
          {t('params.add')}
        </button>
      </div>
      {error ? <p role="alert" className="field-error">{error}</p> : null}
    </div>
  );
}
