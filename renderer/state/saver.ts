import type { ScenarioRecordDto } from '../../shared/api';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { ApiFailure } from '../api/client';
import { createAutosave } from '../api/autosave';
import type { SaveState } from '../components/SaveStatus';

/** Autosave of the open scenario as the workbench drives it. */
export interface Saver {
  /** Records an edit; it is saved after the autosave's quiet time, or held unsaved while `runs` is false (it cannot project, so the backend would refuse it). */
  schedule: (scenario: Scenario, runs: boolean) => void;
  /** Saves a pending edit now and waits until nothing is pending. */
  flush: () => Promise<void>;
  /** Drops unsaved edits and continues from a record the backend returned (undo, redo, rename, snapshot restore). */
  reset: (record: ScenarioRecordDto) => void;
  dispose: () => void;
}

/** What the saver reports: its state, each saved record, and a failed save. */
export interface SaverEvents {
  onState: (state: SaveState) => void;
  onSaved: (record: ScenarioRecordDto) => void;
  onError: (err: unknown) => void;
}

/**
 * The workbench's saver over renderer/api/autosave (debounced scenario:update guarded by the version it builds
 * on). Adds one thing: an edit the engine cannot project is shown as unsaved but not sent, until a valid edit
 * supersedes it.
 */
export function makeSaver(record: ScenarioRecordDto, events: SaverEvents): Saver {
  const autosave = createAutosave({ id: record.id, version: record.version, onSaved: events.onSaved });
  let held = false;
  let last = autosave.getState();
  const unsubscribe = autosave.subscribe(() => {
    const state = autosave.getState();
    if (state === last) return;
    last = state;
    if (held && state.status === 'saved') return;
    events.onState(state.status);
    if (state.status === 'error') {
      events.onError(new ApiFailure({ code: state.code ?? 'INTERNAL', message: state.message ?? '' }));
    }
  });
  return {
    schedule(scenario, runs) {
      held = !runs;
      if (runs) autosave.change(scenario);
      else events.onState('unsaved');
    },
    async flush() {
      await autosave.flush();
    },
    reset(rec) {
      held = false;
      autosave.rebase(rec.version);
    },
    dispose() {
      unsubscribe();
      autosave.dispose();
    },
  };
}
