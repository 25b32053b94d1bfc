import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Plan } from '../../../shared/plan/plan-schema';
import type { ShockEvent, UncertaintySpec } from '../../../shared/stress';
import { percentToRate, rateToPercentField, toLang } from '../../lib/format';
import { orderIndicators } from '../../lib/gap-rows';
import { addEvent, newEvent, removeEvent, updateEvent } from '../../lib/stress-spec-edit';
import { NumberField } from '../NumberField';
import { DistributionFields } from './DistributionFields';

/** Props of the random shock events editor; `years` are the projected years an event may be limited to. */
export interface ShockEventsEditorProps {
  plan: Plan;
  spec: UncertaintySpec;
  years: readonly number[];
  onChange: (next: UncertaintySpec) => void;
}

interface EventRowProps {
  /** The indicators an event may strike, in display order. */
  indicators: readonly Indicator[];
  event: ShockEvent;
  index: number;
  years: readonly number[];
  onChange: (e: ShockEvent) => void;
  onRemove: () => void;
}

function EventRow({ indicators, event, index, years, onChange, onRemove }: EventRowProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const id = useId();
  const yearSelect = (field: 'from' | 'to') => (
    <span className="field">
      <label htmlFor={`${id}-${field}`} className="field-label">{t(`stress.events.${field}`)}</label>
      <select
        id={`${id}-${field}`}
        value={event[field] ?? ''}
        data-testid={`event-${index}-${field}`}
        onChange={(e) => {
          const next: ShockEvent = { ...event };
          if (e.target.value === '') delete next[field];
          else next[field] = Number(e.target.value);
          onChange(next);
        }}
      >
        <option value="">{t(field === 'from' ? 'stress.events.fromStart' : 'stress.events.toEnd')}</option>
        {years.map((y) => (
          <option key={y} value={y}>{y}</option>
        ))}
      </select>
    </span>
  );
  return (
    <li className="event-row" data-event={index}>
      <div className="event-line">
        <span className="field">
          <label htmlFor={`${id}-ind`} className="field-label">{t('stress.spec.indicator')}</label>
          <select id={`${id}-ind`} value={event.indicator} data-testid={`event-${index}-indicator`} onChange={(e) => onChange({ ...event, indicator: e.target.value })}>
            {indicators.map((ind) => (
              <option key={ind.id} value={ind.id}>{lang === 'en' ? ind.name.en : ind.name.zh}</option>
            ))}
          </select>
        </span>
        <span className="field grow">
          <label htmlFor={`${id}-label`} className="field-label">{t('shock.label')}</label>
          <input
            id={`${id}-label`}
            type="text"
            maxLength={200}
            value={event.label ?? ''}
            onChange={(e) => {
              const next: ShockEvent = { ...event, label: e.target.value };
              if (e.target.value === '') delete next.label;
              onChange(next);
            }}
          />
        </span>
        <button type="button" className="small-button danger" onClick={onRemove} aria-label={t('stress.events.remove', { n: index + 1 })}>
          {t('common.remove')}
        </button>
      </div>
      <div className="event-line">
        <NumberField
          label={t('stress.events.probability')}
          value={rateToPercentField(event.probability)}
          suffix="%"
          min={{ value: 0, inclusive: true }}
          max={{ value: 100, inclusive: true }}
          className="compact"
          testId={`event-${index}-probability`}
          onCommit={(v) => onChange({ ...event, probability: v === undefined ? event.probability : percentToRate(v) })}
        />
        {yearSelect('from')}
        {yearSelect('to')}
      </div>
      <div className="event-line">
        <span className="field-label">{t('stress.events.size')}</span>
        <DistributionFields
          value={event.size}
          percent
          allowNone={false}
          label={t('stress.events.size')}
          testId={`event-${index}-size`}
          onChange={(d) => onChange({ ...event, size: d ?? event.size })}
        />
      </div>
    </li>
  );
}

/**
 * Random shock events: each strikes an indicator with a probability per year (independently each year, within
 * the chosen years) and then shifts its level by a drawn size (percent) from that year on.
 */
export function ShockEventsEditor({ plan, spec, years, onChange }: ShockEventsEditorProps) {
  const { t } = useTranslation();
  const events = spec.events ?? [];
  const indicators = orderIndicators(plan.indicators);
  return (
    <div className="shock-events">
      {events.length === 0 ? <p className="hint">{t('stress.events.none')}</p> : null}
      <ol className="event-list">
        {events.map((e, i) => (
          <EventRow
            key={i}
            indicators={indicators}
            event={e}
            index={i}
            years={years}
            onChange={(next) => onChange(updateEvent(spec, i, next))}
            onRemove={() => onChange(removeEvent(spec, i))}
          />
        ))}
      </ol>
      <button
        type="button"
        className="small-button"
        data-testid="add-event"
        disabled={events.length >= 50}
        onClick={() => onChange(addEvent(spec, newEvent(indicators[0]?.id ?? '')))}
      >
        {t('stress.events.add')}
      </button>
    </div>
  );
}
