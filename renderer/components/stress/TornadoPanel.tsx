import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/plan/plan-schema';
import type { Scenario } from '../../../shared/scenario/scenario-schema';
import { defaultTornadoSteps, tornado } from '../../../shared/stress';
import { toLang } from '../../lib/format';
import { orderIndicators } from '../../lib/gap-rows';
import { buildTornadoFigure, tornadoRows } from '../../lib/stress-tornado-chart';
import { asTranslate } from '../../lib/translate';
import { NumberField } from '../NumberField';
import { PlotlyChart } from '../PlotlyChart';

/** Props of the tornado panel. */
export interface TornadoPanelProps {
  plan: Plan;
  scenario: Scenario;
}

/**
 * The tornado chart of one indicator's horizon gap: every assumption it depends on moved down and up by a step
 * (growth rates and shocks by the chosen percentage points, parameters by ±10 %), ranked by the swing of the gap,
 * with the values in a table below for reading and copying.
 */
export function TornadoPanel({ plan, scenario }: TornadoPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const tr = useMemo(() => asTranslate(t), [t]);
  const selectId = useId();
  const [indicator, setIndicator] = useState(orderIndicators(plan.indicators)[0]?.id ?? '');
  const [stepPp, setStepPp] = useState(1);
  const ind = plan.indicators.find((i) => i.id === indicator);
  const u = useMemo(() => ({ unit: ind ? (lang === 'en' ? ind.unit.en : ind.unit.zh) : '', decimals: ind?.decimals ?? 2 }), [ind, lang]);
  const result = useMemo(() => {
    const steps = defaultTornadoSteps(plan, scenario, indicator).map((s) => (s.assumption.kind === 'parameter' ? s : { ...s, step: stepPp / 100 }));
    return tornado(plan, scenario, steps, indicator);
  }, [plan, scenario, indicator, stepPp]);
  const rows = useMemo(() => (result.ok ? tornadoRows(result, plan, scenario, u, lang, tr) : []), [result, plan, scenario, u, lang, tr]);
  const figure = useMemo(() => (result.ok ? buildTornadoFigure(rows, result.baseGap, u, lang, tr) : null), [result, rows, u, lang, tr]);

  return (
    <div className="tornado-panel" data-testid="tornado-panel">
      <div className="tool-bar">
        <span className="field">
          <label htmlFor={selectId} className="field-label">{t('stress.tools.indicator')}</label>
          <select id={selectId} value={indicator} onChange={(e) => setIndicator(e.target.value)} data-testid="tornado-indicator">
            {orderIndicators(plan.indicators).map((i) => (
              <option key={i.id} value={i.id}>{lang === 'en' ? i.name.en : i.name.zh}</option>
            ))}
          </select>
        </span>
        <NumberField
          label={t('stress.tornado.step')}
          value={stepPp}
          suffix={t('shock.pp')}
          min={{ value: 0 }}
          max={{ value: 50, inclusive: true }}
          className="compact"
          testId="tornado-step"
          onCommit={(v) => v !== undefined && setStepPp(v)}
        />
      </div>
      <p className="hint">{t('stress.tornado.hint')}</p>
      {!result.ok ? (
        <p className="notice error" role="alert">
          <code>{result.error.path}</code>: {result.error.message}
        </p>
      ) : rows.length === 0 ? (
        <p className="hint">{t('stress.tornado.none')}</p>
      ) : figure ? (
        <>
          <PlotlyChart
            figure={figure}
            lang={lang}
            height={110 + 62 * rows.length}
            label={t('stress.tornado.label', { name: ind ? (lang === 'en' ? ind.name.en : ind.name.zh) : indicator })}
            testId="tornado-chart"
          />
          <div className="table-scroll">
            <table className="diff-table tornado-table" data-testid="tornado-table">
              <caption>{t('stress.tornado.caption', { year: scenario.horizon ?? plan.targetYear, unit: u.unit })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('stress.tornado.assumption')}</th>
                  <th scope="col" className="num">{t('stress.tornado.lowEnd')}</th>
                  <th scope="col" className="num">{t('stress.tornado.highEnd')}</th>
                  <th scope="col" className="num">{t('stress.tornado.swing')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, k) => (
                  <tr key={k}>
                    <th scope="row">
                      {r.label}
                      <span className="muted small"> {r.setting}</span>
                    </th>
                    <td className="num">{r.lowValue} → {r.lowGapText}</td>
                    <td className="num">{r.highValue} → {r.highGapText}</td>
                    <td className="num">{r.swingText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}
