import type { ScenarioRecordDto } from '../../shared/api/records';
import type { Payload } from '../../shared/api/types';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { ApiFailure } from './api-failure';
import { call } from './client';

/** Default quiet time after the last edit before it is saved, in milliseconds. */
export const AUTOSAVE_DELAY_MS = 600;

/** 'saved': nothing pending. 'unsaved': an edit waits for the quiet time. 'saving': a save is under way. 'error': the last save failed. */
export type AutosaveStatus = 'saved' | 'unsaved' | 'saving' | 'error';

/** What the UI shows: the status, the failure's message and code when it is 'error', and the saved version. */
export interface AutosaveState {
  status: AutosaveStatus;
  message: string | null;
  code: string | null;
  version: number;
}

/** Saves one version (scenario:update); rejects with an ApiFailure. */
export type SaveScenario = (payload: Payload<'scenario:update'>) => Promise<ScenarioRecordDto>;

/** What an autosaver needs: the scenario's id and current version, the quiet time, and optionally the save call and a saved callback. */
export interface AutosaveOptions {
  id: string;
  version: number;
  delayMs?: number;
  save?: SaveScenario;
  onSaved?: (record: ScenarioRecordDto) => void;
}

/**
 * A debounced saver for one scenario. `change` queues the latest scenario and saves it after `delayMs` of
 * quiet; only one save runs at a time and each sends the version it started from (a CONFLICT means the
 * scenario changed elsewhere). `flush` saves at once and resolves when nothing is pending. `rebase` adopts a
 * version set by undo, redo or a restore and drops edits not yet saved. `getState`/`subscribe` fit React's
 * useSyncExternalStore; the state object changes identity only when it changes.
 */
export interface Autosave {
  getState(): AutosaveState;
  subscribe(listener: () => void): () => void;
  change(scenario: Scenario): void;
  flush(): Promise<AutosaveState>;
  rebase(version: number): void;
  dispose(): void;
}

/** Creates the autosaver for one open scenario (see Autosave). */
export function createAutosave(opts: AutosaveOptions): Autosave {
  const delay = opts.delayMs ?? AUTOSAVE_DELAY_MS;
  const save: SaveScenario = opts.save ?? ((payload) => call('scenario:update', payload));
  const listeners = new Set<() => void>();
  let state: AutosaveState = { status: 'saved', message: null, code: null, version: opts.version };
  let pending: Scenario | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let epoch = 0;

  const set = (next: Partial<AutosaveState>): void => {
    state = { ...state, ...next };
    for (const listener of [...listeners]) listener();
  };
  const clearTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const saveOnce = async (): Promise<void> => {
    const scenario = pending;
    if (scenario === null) return;
    pending = null;
    const started = epoch;
    set({ status: 'saving', message: null, code: null });
    try {
      const record = await save({ id: opts.id, scenario, expectedVersion: state.version });
      if (started !== epoch) return;
      opts.onSaved?.(record);
      set({ status: pending === null ? 'saved' : 'unsaved', version: record.version });
    } catch (error) {
      if (started !== epoch) return;
      pending ??= scenario;
      const failure = error instanceof ApiFailure ? error : new ApiFailure({ code: 'INTERNAL', message: String(error) });
      set({ status: 'error', message: failure.message, code: failure.code });
    }
  };

  const run = (): Promise<void> => {
    running ??= saveOnce().finally(() => {
      running = null;
    });
    return running;
  };

  const schedule = (): void => {
    clearTimer();
    timer = setTimeout(() => {
      timer = null;
      void (running ?? Promise.resolve()).then(run).then(() => {
        if (pending !== null && timer === null && state.status !== 'error') schedule();
      });
    }, delay);
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    change(scenario) {
      pending = scenario;
      if (state.status !== 'saving') set({ status: 'unsaved', message: null, code: null });
      schedule();
    },
    async flush() {
      clearTimer();
      if (running) await running;
      if (pending !== null) await run();
      return state;
    },
    rebase(version) {
      epoch += 1;
      clearTimer();
      pending = null;
      set({ status: 'saved', message: null, code: null, version });
    },
    dispose() {
      epoch += 1;
      clearTimer();
      listeners.clear();
      pending = null;
    },
  };
}
