import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Distribution } from '../../../shared/stress';
import { percentToRate, rateToPercentField } from '../../lib/format';
import { DISTRIBUTION_KINDS, distributionFields, distributionValue, setDistributionField, switchDistribution } from '../../lib/stress-spec-edit';
import { NumberField } from '../NumberField';

/** Props of a distribution editor: its value (undefined = none), whether the values are rates shown in percent. */
export interface DistributionFieldsProps {
  value: Distribution | undefined;
  /** Rates (decimals) shown and typed in percent; false for a parameter in its own unit. */
  percent: boolean;
  /** Offer "none" (no uncertainty) in the kind menu. */
  allowNone: boolean;
  onChange: (d: Distribution | undefined) => void;
  /** Accessible context, e.g. the indicator's name. */
  label: string;
  testId: string;
  /** Spread used when a distribution is first chosen (decimal, or the parameter's unit). */
  defaultSpread?: number;
  /** Keep the kind menu's label for screen readers only (in a table whose column head already says it). */
  quietKindLabel?: boolean;
}

/**
 * The kind of a distribution and its parameters: normal (mean, sd), lognormal (μ, σ on the log scale),
 * triangular (min, mode, max), uniform (min, max), two-piece normal (mode, spread below and above). Switching
 * kind keeps about the same spread. Rates in percent; a spread cannot be negative.
 */
export function DistributionFields({ value, percent, allowNone, onChange, label, testId, defaultSpread, quietKindLabel }: DistributionFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const toField = (v: number): number => (percent ? rateToPercentField(v) : v);
  const fromField = (v: number): number => (percent ? percentToRate(v) : v);
  return (
    <span className="distribution-fields" data-testid={testId}>
      <span className="field">
        <label htmlFor={`${id}-kind`} className={quietKindLabel ? 'sr-only' : 'field-label'}>
          {t('stress.dist.kind')}
          <span className="sr-only">{` ${label}`}</span>
        </label>
        <select
          id={`${id}-kind`}
          value={value?.kind ?? 'none'}
          data-testid={`${testId}-kind`}
          onChange={(e) => {
            const kind = DISTRIBUTION_KINDS.find((k) => k === e.target.value);
            onChange(kind ? switchDistribution(value, kind, defaultSpread) : undefined);
          }}
        >
          {allowNone ? <option value="none">{t('stress.dist.none')}</option> : null}
          {DISTRIBUTION_KINDS.map((k) => (
            <option key={k} value={k}>{t(`stress.dist.kinds.${k}`)}</option>
          ))}
        </select>
      </span>
      {value
        ? distributionFields(value.kind).map((f) => {
            const v = distributionValue(value, f.key);
            const spread = f.key === 'sd' || f.key === 'sigma' || f.key === 'sdLow' || f.key === 'sdHigh';
            return (
              <NumberField
                key={`${value.kind}-${f.key}`}
                label={t(`stress.dist.fields.${f.key}`)}
                value={v === undefined ? undefined : toField(v)}
                suffix={percent ? '%' : undefined}
                allowEmpty={f.optional}
                placeholder={f.optional ? '0' : undefined}
                min={spread ? { value: 0, inclusive: true } : undefined}
                className="compact"
                testId={`${testId}-${f.key}`}
                onCommit={(n) => onChange(setDistributionField(value, f.key, n === undefined ? undefined : fromField(n)))}
              />
            );
          })
        : null}
    </span>
  );
}
