import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/plan/plan-schema';
import type { Scenario } from '../../../shared/scenario/scenario-schema';
import type { UncertaintySpec } from '../../../shared/stress';
import type { AssumptionOption } from '../../lib/stress-assumptions';
import { GoalSeekPanel } from './GoalSeekPanel';
import { GridPanel } from './GridPanel';
import { TornadoPanel } from './TornadoPanel';

/** The analysis tools under the results. */
export type StressTool = 'tornado' | 'grid' | 'seek';

const TOOLS: readonly StressTool[] = ['tornado', 'grid', 'seek'];

/** Props of the tools panel. */
export interface StressToolsProps {
  plan: Plan;
  scenario: Scenario;
  spec: UncertaintySpec;
  seed: number;
  options: readonly AssumptionOption[];
  onEdit: (next: Scenario) => void;
}

/**
 * Sensitivity (tornado chart, 2-D grid) and goal seek as tabs. A tab is built when first opened and kept (hidden)
 * afterwards, so a computed grid survives switching; a resize event lets Plotly fit a chart shown again.
 */
export function StressTools({ plan, scenario, spec, seed, options, onEdit }: StressToolsProps) {
  const { t } = useTranslation();
  const [tool, setTool] = useState<StressTool | null>(null);
  const [visited, setVisited] = useState<ReadonlySet<StressTool>>(new Set());
  useEffect(() => {
    if (tool !== null) window.dispatchEvent(new Event('resize'));
  }, [tool]);
  const choose = (k: StressTool) => {
    setTool(tool === k ? null : k);
    setVisited((v) => new Set([...v, k]));
  };
  const panel = (k: StressTool, body: () => ReactNode) =>
    visited.has(k) ? (
      <div role="tabpanel" id={`stress-tool-${k}`} hidden={tool !== k}>
        {body()}
      </div>
    ) : null;
  return (
    <section className="panel stress-tools" aria-labelledby="stress-tools-title">
      <div className="panel-head">
        <h2 id="stress-tools-title">{t('stress.tools.title')}</h2>
        <div role="tablist" aria-label={t('stress.tools.title')} className="tool-tabs">
          {TOOLS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={tool === k}
              className={`tool-tab ${tool === k ? 'current' : ''}`}
              data-tool={k}
              aria-controls={`stress-tool-${k}`}
              onClick={() => choose(k)}
            >
              {t(`stress.tools.${k}`)}
            </button>
          ))}
        </div>
      </div>
      {tool === null ? <p className="hint">{t('stress.tools.pick')}</p> : null}
      {panel('tornado', () => <TornadoPanel plan={plan} scenario={scenario} />)}
      {panel('grid', () => <GridPanel plan={plan} scenario={scenario} spec={spec} seed={seed} options={options} />)}
      {panel('seek', () => <GoalSeekPanel plan={plan} scenario={scenario} options={options} onApply={onEdit} />)}
    </section>
  );
}
