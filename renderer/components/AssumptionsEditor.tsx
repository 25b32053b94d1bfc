import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorProjection } from '../../shared/engine';
import { buildSymbolTable } from '../../shared/engine/symbol-table';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { assumedGrowth, explainYear } from '../lib/explain-number';
import { toLang } from '../lib/format';
import { asTranslate } from '../lib/translate';
import {
  addShock,
  assumptionsOf,
  removeShock,
  setActual,
  setFormula,
  setGrowth,
  setParameter,
  setYearGrowth,
  updateShock,
} from '../lib/scenario-edit';
import { FormulaField } from './FormulaField';
import { GrowthField } from './GrowthField';
import { ParametersTable } from './ParametersTable';
import { ShocksEditor } from './ShocksEditor';
import { SymbolHelp } from './SymbolHelp';
import { YearTable } from './YearTable';

/** Props of the assumptions editor for one indicator; every edit hands back a whole new scenario. */
export interface AssumptionsEditorProps {
  plan: Plan;
  projection: IndicatorProjection;
  scenario: Scenario;
  onEdit: (next: Scenario) => void;
}

/** Everything a scenario can assume about one indicator: growth, per-year overrides and actuals, shocks, the driver formula. */
export function AssumptionsEditor({ plan, projection: p, scenario, onEdit }: AssumptionsEditorProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const a = assumptionsOf(scenario, p.id);
  const id = p.id;
  const paramNames = useMemo(() => Object.keys(scenario.parameters ?? {}), [scenario.parameters]);
  const table = useMemo(() => buildSymbolTable(plan, paramNames), [plan, paramNames]);
  const taken = useMemo(() => new Set(table.names.filter((n) => !paramNames.includes(n))), [table, paramNames]);
  const years = p.years.slice(1).map((r) => r.year);
  const lastActual = p.years.reduce((last, r) => (r.isActual ? r.year : last), plan.baseYear);
  const firstOpen = Math.min(lastActual + 1, years[years.length - 1] ?? lastActual + 1);
  const baselineGrowth = assumedGrowth({ plan, scenario: { name: scenario.name }, projection: p }, plan.startYear).rate;

  return (
    <div className="assumptions" aria-label={t('editor.title')}>
      <section className="editor-section">
        <h3>{t('editor.growthTitle')}</h3>
        <GrowthField value={a.growth} baseline={baselineGrowth} onChange={(g) => onEdit(setGrowth(scenario, id, g))} />
      </section>
      <section className="editor-section">
        <h3>{t('editor.yearsTitle')}</h3>
        <p className="hint">{t('editor.yearsHint')}</p>
        <YearTable
          projection={p}
          assumptions={a}
          onYearGrowth={(year, g) => onEdit(setYearGrowth(scenario, id, year, g))}
          onActual={(year, v) => onEdit(setActual(scenario, id, year, v))}
          explain={(row) => explainYear({ plan, scenario, projection: p, lang, t: asTranslate(t) }, row)}
        />
      </section>
      <section className="editor-section">
        <h3>{t('editor.shocksTitle')}</h3>
        <ShocksEditor
          plan={plan}
          indicatorId={id}
          shocks={a.shocks ?? []}
          years={years}
          firstOpenYear={firstOpen}
          onAdd={(s) => onEdit(addShock(scenario, id, s))}
          onChange={(i, s) => onEdit(updateShock(scenario, id, i, s))}
          onRemove={(i) => onEdit(removeShock(scenario, id, i))}
        />
      </section>
      <section className="editor-section">
        <h3>{t('editor.formulaTitle')}</h3>
        <FormulaField key={id} formula={a.formula} symbols={table.names} onCommit={(f) => onEdit(setFormula(scenario, id, f))} />
        <h4>{t('params.title')}</h4>
        <ParametersTable parameters={scenario.parameters ?? {}} taken={taken} onSet={(n, v) => onEdit(setParameter(scenario, n, v))} />
        <SymbolHelp plan={plan} parameters={paramNames} />
      </section>
    </div>
  );
}
