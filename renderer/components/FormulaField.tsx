import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFormula, describeFormulaError } from '../../shared/formula';
import type { FormulaError } from '../../shared/formula/formula-types';
import { toLang } from '../lib/format';

/** Props of the driver-formula field. */
export interface FormulaFieldProps {
  /** The formula the scenario holds now (undefined: the default prev × (1 + g)). */
  formula: string | undefined;
  /** Every symbol a formula may read, in the engine's slot order. */
  symbols: readonly string[];
  onCommit: (formula: string | undefined) => void;
}

/** The source with the offending part marked, when the error says where it is. */
function Located({ source, error }: { source: string; error: FormulaError }) {
  if (error.start === undefined) return null;
  const start = Math.max(0, Math.min(source.length, error.start));
  const end = Math.max(start, Math.min(source.length, error.end ?? start + 1));
  const marked = source.slice(start, end);
  return (
    <code className="formula-located" aria-hidden="true">
      {source.slice(0, start)}
      <mark>{marked === '' ? '\u2038' : marked}</mark>
      {source.slice(end)}
    </code>
  );
}

/**
 * The indicator's driver formula, checked as the user types: a valid formula applies at once, a refused one
 * shows why (in the UI language, naming the offending part) and marks where it is, and the scenario keeps the
 * last valid formula. Emptying the field goes back to prev × (1 + g).
 */
export function FormulaField({ formula, symbols, onCommit }: FormulaFieldProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const id = useId();
  const [text, setText] = useState(formula ?? '');
  const [error, setError] = useState<FormulaError | null>(null);

  useEffect(() => {
    setText((current) => (current.trim() === (formula ?? '').trim() ? current : formula ?? ''));
    setError(null);
  }, [formula]);

  const onChange = (source: string) => {
    setText(source);
    if (source.trim() === '') {
      setError(null);
      if (formula !== undefined) onCommit(undefined);
      return;
    }
    const refused = checkFormula(source, symbols);
    setError(refused);
    if (refused === null && source.trim() !== (formula ?? '').trim()) onCommit(source);
  };

  return (
    <div className="formula-field">
      <label htmlFor={id} className="field-label">
        {t('formula.label')}
      </label>
      <textarea
        id={id}
        rows={2}
        spellCheck={false}
        value={text}
        placeholder={t('formula.placeholder')}
        aria-invalid={error !== null}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        data-testid="formula-input"
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <div className="formula-error" id={`${id}-error`} role="alert" data-testid="formula-error">
          <p>{describeFormulaError(error, lang === 'en' ? 'en' : 'zh')}</p>
          <Located source={text} error={error} />
          <p className="hint">{t('formula.keptLast')}</p>
        </div>
      ) : null}
      <p className="hint" id={`${id}-help`}>
        {formula === undefined ? t('formula.default') : t('formula.active', { formula })}
      </p>
    </div>
  );
}
