import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, parseNumberInput, toLang } from '../lib/format';

/** Props of a numeric text field; `value` and the bounds are in the units shown (percent fields show 5.2 for 5.2 %). */
export interface NumberFieldProps {
  label: string;
  /** Visually hide the label (it stays the field's accessible name). */
  hideLabel?: boolean;
  value: number | undefined;
  /** Called with each valid number typed, or undefined when the field is emptied and `allowEmpty`. */
  onCommit: (value: number | undefined) => void;
  suffix?: string;
  /** Exclusive bounds with the message shown when a value is refused. */
  min?: { value: number; inclusive?: boolean };
  max?: { value: number; inclusive?: boolean };
  integer?: boolean;
  allowEmpty?: boolean;
  placeholder?: string;
  disabled?: boolean;
  /** Decimals used when the value is shown after an outside change (undo, reset). */
  decimals?: number;
  className?: string;
  testId?: string;
}

function sameNumber(a: number | null | undefined, b: number | undefined): boolean {
  if (a === null || a === undefined) return b === undefined;
  return b !== undefined && Math.abs(a - b) < 1e-9;
}

/**
 * A number typed as text: validated on every keystroke, committed when valid, refused with a message that says
 * why (not a number, out of range, not whole) and the field marked invalid. An outside change of `value`
 * (undo, a reset) replaces the text unless it already reads the same number.
 */
export function NumberField(props: NumberFieldProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const id = useId();
  const show = (v: number | undefined): string =>
    v === undefined ? '' : props.decimals === undefined ? String(v) : formatNumber(v, props.decimals, lang).replace(/,/g, '');
  const [text, setText] = useState(() => show(props.value));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setText((current) => (sameNumber(parseNumberInput(current), props.value) ? current : show(props.value)));
    setError(null);
  }, [props.value]);

  const check = (raw: string): { ok: true; value: number | undefined } | { ok: false; message: string } => {
    if (raw.trim() === '') return props.allowEmpty ? { ok: true, value: undefined } : { ok: false, message: t('field.required') };
    const n = parseNumberInput(raw);
    if (n === null) return { ok: false, message: t('field.notNumber') };
    if (props.integer && !Number.isInteger(n)) return { ok: false, message: t('field.notInteger') };
    const { min, max } = props;
    if (min && (min.inclusive ? n < min.value : n <= min.value)) {
      return { ok: false, message: t(min.inclusive ? 'field.atLeast' : 'field.above', { min: `${min.value}${props.suffix ?? ''}` }) };
    }
    if (max && (max.inclusive ? n > max.value : n >= max.value)) {
      return { ok: false, message: t(max.inclusive ? 'field.atMost' : 'field.below', { max: `${max.value}${props.suffix ?? ''}` }) };
    }
    return { ok: true, value: n };
  };

  const onChange = (raw: string) => {
    setText(raw);
    const r = check(raw);
    if (r.ok) {
      setError(null);
      if (!sameNumber(r.value, props.value)) props.onCommit(r.value);
    } else {
      setError(r.message);
    }
  };

  return (
    <span className={`number-field ${props.className ?? ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'sr-only' : 'field-label'}>
        {props.label}
      </label>
      <span className="number-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          placeholder={props.placeholder}
          disabled={props.disabled}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid={props.testId}
          onChange={(e) => onChange(e.target.value)}
        />
        {props.suffix ? <span className="suffix" aria-hidden="true">{props.suffix}</span> : null}
      </span>
      {error ? (
        <span id={`${id}-error`} role="alert" className="field-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
