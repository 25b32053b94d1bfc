import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScenarioIssue } from '../../shared/engine';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { defaultJointSets, type StressResult, type UncertaintySpec } from '../../shared/stress';
import { runStress } from '../stress';

/** Where a live run is: not started, running, finished, cancelled by the user, or refused / failed. */
export type RunPhase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** A finished run with the inputs it ran on (for saving and the stale check). */
export interface FinishedRun {
  result: StressResult;
  scenario: Scenario;
  spec: UncertaintySpec;
}

/** The live run as the stress view shows it. */
export interface StressRunState {
  phase: RunPhase;
  /** Paths done and asked for (progress bar). */
  done: number;
  total: number;
  finished: FinishedRun | null;
  /** Why the inputs were refused (each with its field), or an unexpected failure's message. */
  issues: ScenarioIssue[];
  start: (plan: Plan, scenario: Scenario, spec: UncertaintySpec, paths: number, seed: number) => void;
  cancel: () => void;
}

/**
 * Runs stress tests on the worker pool (renderer/stress `runStress`), one at a time: a new start cancels the run
 * in progress. Each run also counts the plan's default joint sets (the revenue pair when the plan has both lines). Progress arrives per chunk; Cancel aborts the pool and the state says so; refused inputs come back
 * as issues. `onFinished` is told each completed run (the view saves it).
 */
export function useStressRun(onFinished: (run: FinishedRun) => void): StressRunState {
  const [phase, setPhase] = useState<RunPhase>('idle');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [finished, setFinished] = useState<FinishedRun | null>(null);
  const [issues, setIssues] = useState<ScenarioIssue[]>([]);
  const controller = useRef<AbortController | null>(null);
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback((plan: Plan, scenario: Scenario, spec: UncertaintySpec, paths: number, seed: number) => {
    controller.current?.abort();
    const ctl = new AbortController();
    controller.current = ctl;
    setPhase('running');
    setIssues([]);
    setProgress({ done: 0, total: paths });
    runStress(plan, scenario, spec, {
      paths,
      seed,
      jointSets: defaultJointSets(plan),
      signal: ctl.signal,
      onProgress: (done: number, total: number) => {
        if (controller.current === ctl) setProgress({ done, total });
      },
    }).then(
      (outcome) => {
        if (controller.current !== ctl) return;
        controller.current = null;
        if (ctl.signal.aborted) {
          setPhase('cancelled');
          return;
        }
        if (!outcome.ok) {
          setIssues(outcome.issues);
          setPhase('failed');
          return;
        }
        const run = { result: outcome.result, scenario, spec };
        setFinished(run);
        setPhase('done');
        finishedRef.current(run);
      },
      (err: unknown) => {
        if (controller.current !== ctl) return;
        controller.current = null;
        if (ctl.signal.aborted) {
          setPhase('cancelled');
          return;
        }
        setIssues([{ path: '(run)', message: err instanceof Error ? err.message : String(err) }]);
        setPhase('failed');
      },
    );
  }, []);

  const cancel = useCallback(() => {
    const ctl = controller.current;
    if (!ctl) return;
    controller.current = null;
    ctl.abort();
    setPhase('cancelled');
  }, []);

  return { phase, done: progress.done, total: progress.total, finished, issues, start, cancel };
}
