import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID_MAX_VALUES } from '../../../shared/stress';
import type { AssumptionOption } from '../../lib/stress-assumptions';
import { defaultAxis, type AxisForm } from '../../lib/stress-grid';
import { NumberField } from '../NumberField';

/** Props of one axis's fields. */
export interface GridAxisFieldsProps {
  name: 'a' | 'b';
  axis: AxisForm;
  options: readonly AssumptionOption[];
  onChange: (axis: AxisForm) => void;
  disabled: boolean;
}

/** An axis of the grid: which assumption, from, to (percent for rates) and how many values. */
export function GridAxisFields({ name, axis, options, onChange, disabled }: GridAxisFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const option = options.find((o) => o.key === axis.key);
  const suffix = option?.isRate ? '%' : undefined;
  return (
    <fieldset className="grid-axis" disabled={disabled}>
      <legend>{t(`stress.grid.axis.${name}`)}</legend>
      <span className="field">
        <label htmlFor={id} className="field-label">{t('stress.tools.assumption')}</label>
        <select
          id={id}
          value={axis.key}
          data-testid={`grid-${name}-assumption`}
          onChange={(e) => onChange(defaultAxis(options.find((o) => o.key === e.target.value)))}
        >
          {options.map((o) => (
            <option key={o.key} value={o.key}>{o.label}</option>
          ))}
        </select>
      </span>
      <NumberField label={t('stress.grid.from')} value={axis.from} suffix={suffix} className="compact" testId={`grid-${name}-from`} onCommit={(v) => v !== undefined && onChange({ ...axis, from: v })} />
      <NumberField label={t('stress.grid.to')} value={axis.to} suffix={suffix} className="compact" testId={`grid-${name}-to`} onCommit={(v) => v !== undefined && onChange({ ...axis, to: v })} />
      <NumberField
        label={t('stress.grid.count')}
        value={axis.count}
        integer
        min={{ value: 1, inclusive: true }}
        max={{ value: GRID_MAX_VALUES, inclusive: true }}
        className="compact"
        testId={`grid-${name}-count`}
        onCommit={(v) => v !== undefined && onChange({ ...axis, count: v })}
      />
    </fieldset>
  );
}
