import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/plan/plan-schema';
import type { Scenario } from '../../../shared/scenario/scenario-schema';
import { GRID_DEFAULT_PATHS, GRID_MAX_CELL_PATHS, type GridMetric, type GridResult, type UncertaintySpec } from '../../../shared/stress';
import { formatRate, toLang } from '../../lib/format';
import { orderIndicators } from '../../lib/gap-rows';
import type { AssumptionOption } from '../../lib/stress-assumptions';
import { buildHeatmapFigure, defaultAxis, gridAxis, runGrid, type AxisForm, type HeatmapStyle } from '../../lib/stress-grid';
import { asTranslate } from '../../lib/translate';
import { NumberField } from '../NumberField';
import { PlotlyChart } from '../PlotlyChart';
import { GridAxisFields } from './GridAxisFields';

/** Props of the 2-D grid panel; `spec` is the uncertainty used by probability cells. */
export interface GridPanelProps {
  plan: Plan;
  scenario: Scenario;
  spec: UncertaintySpec;
  seed: number;
  options: readonly AssumptionOption[];
}

type MetricKind = GridMetric['kind'];
const JOINT = '*';

/**
 * Two assumptions over ranges and, per cell, the horizon gap (unit or % of target) of an indicator or the
 * probability of meeting its target (or all targets) from a small seeded stress run per cell. Computed cell by
 * cell with progress and Cancel, drawn as a heatmap with the values in the cells.
 */
export function GridPanel({ plan, scenario, spec, seed, options }: GridPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const tr = useMemo(() => asTranslate(t), [t]);
  const id = useId();
  const lead = orderIndicators(plan.indicators);
  const [a, setA] = useState<AxisForm>(() => defaultAxis(options[0]));
  const [b, setB] = useState<AxisForm>(() => defaultAxis(options.find((o) => o.key !== options[0]?.key && o.assumption.kind === 'growth') ?? options[1]));
  const [metric, setMetric] = useState<MetricKind>('probability');
  const [indicator, setIndicator] = useState<string>(JOINT);
  const [paths, setPaths] = useState(GRID_DEFAULT_PATHS);
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);
  const [grid, setGrid] = useState<{ result: GridResult; style: HeatmapStyle } | null>(null);
  const ctl = useRef<AbortController | null>(null);

  useEffect(() => () => ctl.current?.abort(), []);

  const compute = () => {
    const oa = options.find((o) => o.key === a.key);
    const ob = options.find((o) => o.key === b.key);
    if (!oa || !ob) return;
    const target = metric === 'probability' && indicator === JOINT ? null : indicator;
    const m: GridMetric =
      metric === 'probability'
        ? { kind: 'probability', indicator: target, spec, paths, seed }
        : { kind: metric, indicator: target ?? lead[0]?.id ?? '' };
    const ind = plan.indicators.find((i) => i.id === target);
    const unit = ind ? (lang === 'en' ? ind.unit.en : ind.unit.zh) : '';
    const horizon = scenario.horizon ?? plan.targetYear;
    const style: HeatmapStyle = {
      metric,
      unit,
      decimals: ind?.decimals ?? 2,
      aLabel: oa.label,
      bLabel: ob.label,
      aIsRate: oa.isRate,
      bIsRate: ob.isRate,
      title: metric === 'probability' ? t('stress.grid.titleProbability') : metric === 'gapPct' ? t('stress.grid.titleGapPct', { year: horizon }) : t('stress.grid.titleGap', { year: horizon, unit }),
    };
    ctl.current?.abort();
    const c = new AbortController();
    ctl.current = c;
    setBusy({ done: 0, total: a.count * b.count });
    void runGrid(plan, scenario, gridAxis(a, oa), gridAxis(b, ob), m, {
      signal: c.signal,
      onProgress: (done, total) => setBusy({ done, total }),
    }).then((result) => {
      if (ctl.current !== c) return;
      ctl.current = null;
      setBusy(null);
      if (result) setGrid({ result, style });
    });
  };

  const cancel = () => {
    ctl.current?.abort();
    ctl.current = null;
    setBusy(null);
  };

  const figure = useMemo(() => (grid?.result.ok ? buildHeatmapFigure(grid.result, grid.style, lang, tr) : null), [grid, lang, tr]);
  const running = busy !== null;
  return (
    <div className="grid-panel" data-testid="grid-panel">
      <div className="tool-bar">
        <GridAxisFields name="a" axis={a} options={options} onChange={setA} disabled={running} />
        <GridAxisFields name="b" axis={b} options={options} onChange={setB} disabled={running} />
        <fieldset className="grid-axis" disabled={running}>
          <legend>{t('stress.grid.metric')}</legend>
          <span className="field">
            <label htmlFor={`${id}-metric`} className="field-label">{t('stress.grid.show')}</label>
            <select
              id={`${id}-metric`}
              value={metric}
              data-testid="grid-metric"
              onChange={(e) => {
                const next = e.target.value === 'gapPct' || e.target.value === 'probability' ? e.target.value : 'gap';
                setMetric(next);
                if (next !== 'probability' && indicator === JOINT) setIndicator(lead[0]?.id ?? '');
              }}
            >
              <option value="gap">{t('stress.grid.metrics.gap')}</option>
              <option value="gapPct">{t('stress.grid.metrics.gapPct')}</option>
              <option value="probability">{t('stress.grid.metrics.probability')}</option>
            </select>
          </span>
          <span className="field">
            <label htmlFor={`${id}-ind`} className="field-label">{t('stress.tools.indicator')}</label>
            <select id={`${id}-ind`} value={indicator} data-testid="grid-indicator" onChange={(e) => setIndicator(e.target.value)}>
              {metric === 'probability' ? <option value={JOINT}>{t('stress.grid.allTargets')}</option> : null}
              {lead.map((i) => (
                <option key={i.id} value={i.id}>{lang === 'en' ? i.name.en : i.name.zh}</option>
              ))}
            </select>
          </span>
          {metric === 'probability' ? (
            <NumberField
              label={t('stress.grid.paths')}
              value={paths}
              integer
              min={{ value: 1, inclusive: true }}
              max={{ value: GRID_MAX_CELL_PATHS, inclusive: true }}
              className="compact"
              testId="grid-paths"
              onCommit={(v) => v !== undefined && setPaths(v)}
            />
          ) : null}
        </fieldset>
      </div>
      <div className="button-row">
        <button type="button" className="primary-button" onClick={compute} disabled={running} data-testid="grid-run">
          {t('stress.grid.compute')}
        </button>
        <button type="button" className="small-button danger" onClick={cancel} disabled={!running}>
          {t('stress.run.cancel')}
        </button>
        {busy ? (
          <span className="run-progress" role="status">
            <progress max={busy.total || 1} value={busy.done} aria-label={t('stress.grid.progressLabel')} />
            {t('stress.grid.progress', { done: busy.done, total: busy.total, pct: formatRate(busy.total > 0 ? busy.done / busy.total : 0, lang, 0) })}
          </span>
        ) : null}
      </div>
      {metric === 'probability' ? <p className="hint">{t('stress.grid.probabilityHint', { seed })}</p> : null}
      {grid && !grid.result.ok ? (
        <p className="notice error" role="alert">
          <code>{grid.result.error.path}</code>: {grid.result.error.message}
        </p>
      ) : null}
      {figure ? (
        <PlotlyChart figure={figure} lang={lang} height={Math.max(320, 90 + 44 * (grid?.result.ok ? grid.result.b.length : 0))} label={t('stress.grid.label')} testId="grid-chart" />
      ) : null}
    </div>
  );
}
