import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRate, percentToRate, rateToPercentField, toLang } from '../lib/format';
import { NumberField } from './NumberField';

/** Slider bounds in percent; the numeric field accepts anything the scenario format allows (−100 % < g < 1000 %). */
const SLIDER_MIN = -10;
const SLIDER_MAX = 25;

/** Props of the growth editor; rates are decimals, `value` undefined while the plan's baseline applies. */
export interface GrowthFieldProps {
  value: number | undefined;
  /** The rate in force when the scenario sets none (the plan's baseline), decimal; null when it follows a reference. */
  baseline: number | null;
  onChange: (rate: number | undefined) => void;
}

/**
 * The indicator's average growth: a slider and a numeric field, both in percent (stored as a decimal), and a
 * button back to the plan's baseline.
 */
export function GrowthField({ value, baseline, onChange }: GrowthFieldProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const sliderId = useId();
  const shown = value ?? baseline ?? 0;
  const percent = rateToPercentField(shown);
  return (
    <div className="growth-field">
      <div className="growth-row">
        <label htmlFor={sliderId} className="field-label">
          {t('editor.growth')}
        </label>
        <input
          id={sliderId}
          type="range"
          min={SLIDER_MIN}
          max={SLIDER_MAX}
          step={0.1}
          value={Math.min(SLIDER_MAX, Math.max(SLIDER_MIN, percent))}
          aria-valuetext={formatRate(shown, lang)}
          data-testid="growth-slider"
          onChange={(e) => onChange(percentToRate(Number(e.target.value)))}
        />
        <NumberField
          label={t('editor.growthPercent')}
          hideLabel
          value={percent}
          suffix="%"
          min={{ value: -100 }}
          max={{ value: 1000 }}
          testId="growth-input"
          onCommit={(v) => onChange(v === undefined ? undefined : percentToRate(v))}
        />
      </div>
      <p className="hint">
        {value === undefined
          ? baseline === null
            ? t('editor.growthFollowsReference')
            : t('editor.growthBaseline', { rate: formatRate(baseline, lang) })
          : t('editor.growthSet', { rate: formatRate(value, lang) })}
        {value !== undefined ? (
          <button type="button" className="small-button" onClick={() => onChange(undefined)}>
            {t('editor.resetGrowth')}
          </button>
        ) : null}
      </p>
    </div>
  );
}
