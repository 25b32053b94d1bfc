import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Where a new scenario starts: the plan's baseline, or the growth the 13th plan actually achieved. */
export type ScenarioStart = 'baseline' | 'previous-plan';

/** Creates a scenario from a name and a starting point. */
export function NewScenarioForm({ onCreate }: { onCreate: (name: string, from: ScenarioStart) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [from, setFrom] = useState<ScenarioStart>('baseline');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="new-scenario"
      aria-label={t('scenarios.newTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        const n = name.trim();
        if (n === '') return setError(t('scenarios.nameRequired'));
        setError(null);
        onCreate(n, from);
        setName('');
      }}
    >
      <span className="field grow">
        <label htmlFor={`${id}-name`} className="field-label">{t('scenarios.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={200}
          placeholder={t('scenarios.namePlaceholder')}
          aria-invalid={error !== null}
          onChange={(e) => setName(e.target.value)}
          data-testid="new-scenario-name"
        />
      </span>
      <fieldset className="radio-group">
        <legend className="field-label">{t('scenarios.startFrom')}</legend>
        <label>
          <input type="radio" name={`${id}-from`} checked={from === 'baseline'} onChange={() => setFrom('baseline')} />
          {t('scenarios.fromBaseline')}
        </label>
        <label>
          <input type="radio" name={`${id}-from`} checked={from === 'previous-plan'} onChange={() => setFrom('previous-plan')} />
          {t('scenarios.fromPrevious')}
        </label>
      </fieldset>
      <button type="submit" className="primary-button" data-testid="create-scenario">
        {t('scenarios.create')}
      </button>
      {error ? <p role="alert" className="field-error">{error}</p> : null}
    </form>
  );
}
