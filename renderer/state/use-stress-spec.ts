import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_SETTING_CHARS } from '../../shared/api';
import { parseUncertaintySpec, type UncertaintySpec } from '../../shared/stress';
import { call } from '../api/client';
import { toJsonSafe } from '../lib/stress-saved-run';

/** The settings key holding a scenario's uncertainty spec (scenario ids are UUIDs, which the key pattern allows). */
export function specSettingKey(scenarioId: string): string {
  return `stress.spec.${scenarioId}`;
}

/** Quiet time before a changed spec is written to the settings, in ms. */
const SAVE_DELAY_MS = 400;

/** A scenario's uncertainty spec as the stress view edits it. */
export interface StressSpecState {
  spec: UncertaintySpec;
  /** False until the stored spec has been read (the editor waits, so it never overwrites it with `{}`). */
  loaded: boolean;
  setSpec: (next: UncertaintySpec) => void;
}

/**
 * The uncertainty spec of the active scenario, kept beside it in the settings store (`stress.spec.<id>`, JSON):
 * read when the scenario changes (a stored value that does not parse reads as `{}`), written after a short quiet
 * time on every change and at once when the scenario changes. Failures go to `report`.
 */
export function useStressSpec(scenarioId: string | null, report: (err: unknown) => void): StressSpecState {
  const [spec, setLocal] = useState<UncertaintySpec>({});
  const [loaded, setLoaded] = useState(false);
  const pending = useRef<{ id: string; spec: UncertaintySpec } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const write = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const job = pending.current;
    pending.current = null;
    if (!job) return;
    const value = toJsonSafe(job.spec);
    if (JSON.stringify(value).length > MAX_SETTING_CHARS) {
      report(new Error(`uncertainty spec larger than ${MAX_SETTING_CHARS} characters`));
      return;
    }
    call('settings:set', { patch: { [specSettingKey(job.id)]: value } }).catch(report);
  }, [report]);

  useEffect(() => {
    setLoaded(false);
    setLocal({});
    if (!scenarioId) return;
    let live = true;
    call('settings:get', {}).then(
      (settings) => {
        if (!live) return;
        const stored: unknown = settings[specSettingKey(scenarioId)];
        const parsed = stored === undefined ? null : parseUncertaintySpec(stored);
        setLocal(parsed?.ok ? parsed.spec : {});
        setLoaded(true);
      },
      (err: unknown) => {
        if (!live) return;
        setLoaded(true);
        report(err);
      },
    );
    return () => {
      live = false;
      write();
    };
  }, [scenarioId, report, write]);

  const setSpec = useCallback(
    (next: UncertaintySpec) => {
      setLocal(next);
      if (!scenarioId) return;
      pending.current = { id: scenarioId, spec: next };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(write, SAVE_DELAY_MS);
    },
    [scenarioId, write],
  );

  return { spec, loaded, setSpec };
}
