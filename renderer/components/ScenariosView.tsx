import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioRecordDto } from '../../shared/api';
import type { ProjectionResult } from '../../shared/engine';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { project } from '../lib/projection';
import { CompareView, type ComparedScenario } from './CompareView';
import { NewScenarioForm, type ScenarioStart } from './NewScenarioForm';
import { ScenarioRow } from './ScenarioRow';
import { SnapshotsPanel, type SnapshotItem } from './SnapshotsPanel';

/** Most scenarios compared at once. */
export const MAX_COMPARE = 4;

/** Props of the scenarios screen. */
export interface ScenariosViewProps {
  plan: Plan;
  baseline: ProjectionResult;
  records: readonly ScenarioRecordDto[];
  activeId: string | null;
  /** The active scenario's working copy (may be ahead of its record while a save is pending). */
  draft: Scenario | null;
  snapshots: readonly SnapshotItem[];
  compareIds: readonly string[];
  chartHeight: number;
  onCompareIds: (ids: string[]) => void;
  onCreate: (name: string, from: ScenarioStart) => void;
  onOpen: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onClone: (id: string) => void;
  onDelete: (id: string) => void;
  onSnapshot: (label: string) => void;
  onRestoreSnapshot: (snapshotId: string) => void;
}

/** Scenarios: create, list (open, rename, clone, delete), snapshots of the current one, and the comparison of two to four. */
export function ScenariosView(p: ScenariosViewProps) {
  const { t } = useTranslation();
  const active = p.records.find((r) => r.id === p.activeId) ?? null;
  const compared = useMemo<ComparedScenario[]>(
    () =>
      p.compareIds.flatMap((id) => {
        const rec = p.records.find((r) => r.id === id);
        if (!rec) return [];
        const scenario = id === p.activeId && p.draft ? p.draft : rec.scenario;
        const run = project(p.plan, scenario);
        return [{ id, name: rec.name, scenario, result: run.ok ? run.result : null }];
      }),
    [p.compareIds, p.records, p.activeId, p.draft, p.plan],
  );
  const toggle = (id: string, on: boolean) =>
    p.onCompareIds(on ? [...p.compareIds.filter((x) => x !== id), id].slice(-MAX_COMPARE) : p.compareIds.filter((x) => x !== id));

  return (
    <div className="scenarios-view">
      <div className="scenarios-top">
        <section className="panel" aria-labelledby="scenarios-title">
          <h2 id="scenarios-title">{t('scenarios.title')}</h2>
          <NewScenarioForm onCreate={p.onCreate} />
          {p.records.length === 0 ? (
            <p className="empty-line">{t('scenarios.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="scenario-table" data-testid="scenario-table">
                <caption className="sr-only">{t('scenarios.listCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('scenarios.compareCol')}</th>
                    <th scope="col">{t('scenarios.name')}</th>
                    <th scope="col">{t('scenarios.saved')}</th>
                    <th scope="col">{t('scenarios.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.records.map((r) => (
                    <ScenarioRow
                      key={r.id}
                      record={r}
                      active={r.id === p.activeId}
                      compared={p.compareIds.includes(r.id)}
                      compareDisabled={p.compareIds.length >= MAX_COMPARE}
                      onOpen={() => p.onOpen(r.id)}
                      onRename={(name) => p.onRename(r.id, name)}
                      onClone={() => p.onClone(r.id)}
                      onDelete={() => p.onDelete(r.id)}
                      onCompare={(on) => toggle(r.id, on)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="hint">{t('scenarios.compareHint', { max: MAX_COMPARE })}</p>
        </section>
        {active ? (
          <SnapshotsPanel
            scenarioName={active.name}
            snapshots={p.snapshots}
            onCreate={p.onSnapshot}
            onRestore={p.onRestoreSnapshot}
          />
        ) : null}
      </div>
      {compared.length >= 2 ? (
        <CompareView plan={p.plan} baseline={p.baseline} compared={compared} chartHeight={p.chartHeight} />
      ) : (
        <p className="empty-line panel" data-testid="compare-empty">{t('compare.pick', { max: MAX_COMPARE })}</p>
      )}
    </div>
  );
}
