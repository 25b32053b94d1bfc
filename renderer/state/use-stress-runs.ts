import { useCallback, useEffect, useState } from 'react';
import type { Result, ScenarioRecordDto } from '../../shared/api';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { ApiFailure, call } from '../api/client';
import { canonicalJson, STRESS_ENGINE_VERSION } from '../../shared/stress';
import { compactRun } from '../lib/stress-saved-run';
import type { FinishedRun } from './use-stress-run';

/** A saved run as the backend lists it. */
export type RunRecord = Result<'run:list'>[number];

/** The saved stress runs of the active scenario and saving new ones. */
export interface SavedRunsState {
  /** Stress runs of the scenario, newest first. */
  runs: RunRecord[];
  /** A finished run waiting for the scenario's autosave to catch up before it is saved. */
  waiting: boolean;
  save: (run: FinishedRun) => void;
  refresh: () => void;
}

/**
 * Lists the active scenario's saved stress runs (`run:list`) and saves finished runs (`run:save`). A run is saved
 * against the scenario version whose content it ran on: when the active record still lags behind the edit the
 * run used (autosave pending), the save waits until the record matches; a run whose scenario was edited away
 * before that is not saved (it would be stale at once). One save at a time: a run that finishes while another is
 * being saved waits for it (`saving` is state, so its end re-runs the check). The result stored is compact (compactRun).
 */
export function useSavedRuns(active: ScenarioRecordDto | null, draft: Scenario | null, report: (err: unknown) => void): SavedRunsState {
  const [runs, setRuns] = useState<RunRecord[]>([]);
  const [pending, setPending] = useState<{ scenarioId: string; key: string; run: FinishedRun } | null>(null);
  const activeId = active?.id ?? null;
  const [saving, setSaving] = useState(false);

  const refresh = useCallback(() => {
    if (!activeId) {
      setRuns([]);
      return;
    }
    call('run:list', { scenarioId: activeId }).then(
      (list) => setRuns(list.filter((r) => r.kind === 'stress').sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))),
      report,
    );
  }, [activeId, report]);

  useEffect(() => {
    refresh();
    setPending(null);
  }, [refresh]);

  useEffect(() => {
    if (!pending || !active || saving) return;
    if (active.id !== pending.scenarioId || (draft !== null && canonicalJson(draft) !== pending.key)) {
      setPending(null);
      return;
    }
    if (canonicalJson(active.scenario) !== pending.key) return;
    const { run } = pending;
    const result = compactRun(run.spec, run.result);
    setPending(null);
    if (result === null) {
      report(new ApiFailure({ code: 'INVALID', path: 'result', message: 'the run result is too large to save' }));
      return;
    }
    setSaving(true);
    call('run:save', {
      scenarioId: active.id,
      scenarioVersion: active.version,
      kind: 'stress',
      seed: run.result.seed,
      paths: run.result.paths,
      assumptionsHash: run.result.assumptionsHash,
      engineVersion: run.result.engineVersion || STRESS_ENGINE_VERSION,
      result,
    })
      .then((rec) => setRuns((list) => [rec, ...list.filter((r) => r.id !== rec.id)]), report)
      .finally(() => setSaving(false));
  }, [pending, active, draft, report, saving]);

  const save = useCallback(
    (run: FinishedRun) => {
      if (!activeId) return;
      setPending({ scenarioId: activeId, key: canonicalJson(run.scenario), run });
    },
    [activeId],
  );

  return { runs, waiting: pending !== null, save, refresh };
}
