import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shock } from '../../shared/scenario/scenario-schema';
import { percentToRate, rateToPercentField } from '../lib/format';
import { NumberField } from './NumberField';

/** Props of one shock's editor; `years` are the projected years a shock may start in. */
export interface ShockRowProps {
  shock: Shock;
  index: number;
  years: readonly number[];
  onChange: (shock: Shock) => void;
  onRemove: () => void;
}

/** The shock kind a select's value names. */
function toKind(value: string): Shock['kind'] {
  return value === 'dip' || value === 'growth' ? value : 'level';
}

/** A new shock of another kind, keeping the label and start year. */
function switchKind(shock: Shock, kind: Shock['kind']): Shock {
  const year = shock.kind === 'dip' ? shock.year : shock.from;
  const label = shock.label;
  switch (kind) {
    case 'level':
      return { kind, from: year, size: -0.05, label };
    case 'dip':
      return { kind, year, depth: 0.1, duration: 1, recovery: 2, label };
    case 'growth':
      return { kind, from: year, to: year, delta: -0.02, label };
  }
}

/** Edits one shock: its label, kind and the kind's own figures (shown in percent, stored as decimals). */
export function ShockRow({ shock, index, years, onChange, onRemove }: ShockRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const yearSelect = (label: string, value: number, set: (y: number) => void, testId: string) => (
    <span className="field">
      <label htmlFor={`${id}-${testId}`} className="field-label">{label}</label>
      <select id={`${id}-${testId}`} value={value} data-testid={`shock-${index}-${testId}`} onChange={(e) => set(Number(e.target.value))}>
        {(years.includes(value) ? years : [value, ...years]).map((y) => (
          <option key={y} value={y}>{y}</option>
        ))}
      </select>
    </span>
  );
  return (
    <li className="shock-row" data-shock={index} data-kind={shock.kind}>
      <div className="shock-head">
        <span className="field grow">
          <label htmlFor={`${id}-label`} className="field-label">{t('shock.label')}</label>
          <input
            id={`${id}-label`}
            type="text"
            value={shock.label ?? ''}
            maxLength={200}
            onChange={(e) => onChange({ ...shock, label: e.target.value === '' ? undefined : e.target.value })}
          />
        </span>
        <span className="field">
          <label htmlFor={`${id}-kind`} className="field-label">{t('shock.kind')}</label>
          <select id={`${id}-kind`} value={shock.kind} onChange={(e) => onChange(switchKind(shock, toKind(e.target.value)))}>
            <option value="level">{t('shock.kinds.level')}</option>
            <option value="dip">{t('shock.kinds.dip')}</option>
            <option value="growth">{t('shock.kinds.growth')}</option>
          </select>
        </span>
        <button type="button" className="small-button danger" onClick={onRemove} aria-label={t('shock.remove', { n: index + 1 })}>
          {t('common.remove')}
        </button>
      </div>
      <div className="shock-fields">
        {shock.kind === 'level' ? (
          <>
            {yearSelect(t('shock.from'), shock.from, (from) => onChange({ ...shock, from }), 'from')}
            <NumberField
              label={t('shock.size')}
              value={rateToPercentField(shock.size)}
              suffix="%"
              min={{ value: -100 }}
              max={{ value: 1000 }}
              testId={`shock-${index}-size`}
              onCommit={(v) => v !== undefined && onChange({ ...shock, size: percentToRate(v) })}
            />
          </>
        ) : null}
        {shock.kind === 'dip' ? (
          <>
            {yearSelect(t('shock.year'), shock.year, (year) => onChange({ ...shock, year }), 'year')}
            <NumberField
              label={t('shock.depth')}
              value={rateToPercentField(shock.depth)}
              suffix="%"
              min={{ value: -100 }}
              max={{ value: 100 }}
              testId={`shock-${index}-depth`}
              onCommit={(v) => v !== undefined && onChange({ ...shock, depth: percentToRate(v) })}
            />
            <NumberField
              label={t('shock.duration')}
              value={shock.duration}
              integer
              min={{ value: 1, inclusive: true }}
              max={{ value: 20, inclusive: true }}
              onCommit={(v) => v !== undefined && onChange({ ...shock, duration: v })}
            />
            <NumberField
              label={t('shock.recovery')}
              value={shock.recovery}
              integer
              min={{ value: 0, inclusive: true }}
              max={{ value: 20, inclusive: true }}
              onCommit={(v) => v !== undefined && onChange({ ...shock, recovery: v })}
            />
          </>
        ) : null}
        {shock.kind === 'growth' ? (
          <>
            {yearSelect(t('shock.from'), shock.from, (from) => onChange({ ...shock, from, to: Math.max(from, shock.to) }), 'from')}
            {yearSelect(t('shock.to'), shock.to, (to) => onChange({ ...shock, to, from: Math.min(to, shock.from) }), 'to')}
            <NumberField
              label={t('shock.delta')}
              value={rateToPercentField(shock.delta)}
              suffix={t('shock.pp')}
              min={{ value: -100 }}
              max={{ value: 100 }}
              testId={`shock-${index}-delta`}
              onCommit={(v) => v !== undefined && onChange({ ...shock, delta: percentToRate(v) })}
            />
          </>
        ) : null}
      </div>
    </li>
  );
}
