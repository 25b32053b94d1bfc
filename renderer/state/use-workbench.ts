import type { i18n } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ScenarioRecordDto } from '../../shared/api';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import type { Notice } from '../components/NoticeBar';
import type { ScenarioStart } from '../components/NewScenarioForm';
import type { SaveState } from '../components/SaveStatus';
import type { SnapshotItem } from '../components/SnapshotsPanel';
import { toLang, type Lang } from '../lib/format';
import { markInput } from '../lib/perf';
import { asTranslate } from '../lib/translate';
import { project } from '../lib/projection';
import { backend, errorText } from './backend';
import { makeSaver, type Saver } from './saver';

/** The last action that Ctrl+Z reverses when it is not a scenario edit: a delete (restore it) or its undo. */
type ListAction = { kind: 'delete' | 'restore'; id: string; name: string } | null;

/** Everything the workbench screens read and do. */
export interface Workbench {
  phase: 'loading' | 'ready' | 'failed';
  plan: Plan | null;
  records: ScenarioRecordDto[];
  active: ScenarioRecordDto | null;
  /** The working copy of the active scenario (edited at once; saved in the background). */
  draft: Scenario | null;
  saveState: SaveState | null;
  canUndo: boolean;
  canRedo: boolean;
  notice: Notice | null;
  snapshots: SnapshotItem[];
  lang: Lang;
  load: () => void;
  edit: (next: Scenario) => void;
  activate: (id: string) => void;
  create: (name: string, from: ScenarioStart) => Promise<void>;
  rename: (id: string, name: string) => void;
  clone: (id: string) => void;
  remove: (id: string) => void;
  undo: () => void;
  redo: () => void;
  snapshot: (label: string) => void;
  restoreSnapshot: (snapshotId: string) => void;
  setLanguage: (lang: Lang) => void;
  retrySave: () => void;
  dismissNotice: () => void;
  /** Shows any failure as an error notice in the UI language. */
  report: (err: unknown) => void;
}

/** Active-scenario setting key, so the window reopens on the scenario last worked on. */
const ACTIVE_KEY = 'activeScenario';

/**
 * The workbench's state and actions over the backend: load the plan, settings and scenarios; edit the active
 * scenario locally (the engine recomputes in the window) with debounced autosave; undo/redo through the
 * backend's history (flushing a pending save first); create, rename, clone, delete (undoable) and snapshots.
 * Failures become a notice in the UI language, never an exception.
 */
export function useWorkbench(i18next: i18n): Workbench {
  const t = useMemo(() => asTranslate(i18next.t.bind(i18next)), [i18next]);
  const [phase, setPhase] = useState<Workbench['phase']>('loading');
  const [plan, setPlan] = useState<Plan | null>(null);
  const [records, setRecords] = useState<ScenarioRecordDto[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Scenario | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [snapshots, setSnapshots] = useState<SnapshotItem[]>([]);
  const [lang, setLang] = useState<Lang>(toLang(i18next.language));
  const lastList = useRef<ListAction>(null);
  const saver = useRef<Saver | null>(null);

  const fail = useCallback((err: unknown) => setNotice({ kind: 'error', text: errorText(err, t) }), [t]);

  const upsert = useCallback((rec: ScenarioRecordDto) => {
    setRecords((list) => {
      const rest = list.filter((r) => r.id !== rec.id);
      if (rec.deletedAt !== null) return rest;
      return list.some((r) => r.id === rec.id) ? list.map((r) => (r.id === rec.id ? rec : r)) : [...rest, rec];
    });
  }, []);

  const open = useCallback(
    (rec: ScenarioRecordDto | null) => {
      saver.current?.dispose();
      saver.current = null;
      setActiveId(rec?.id ?? null);
      setDraft(rec?.scenario ?? null);
      setSaveState('saved');
      setSnapshots([]);
      if (!rec) return;
      saver.current = makeSaver(rec, {
        onState: setSaveState,
        onSaved: upsert,
        onError: fail,
      });
      void backend.setSettings({ [ACTIVE_KEY]: rec.id }).catch(() => undefined);
      backend.snapshots(rec.id).then(setSnapshots, () => setSnapshots([]));
    },
    [upsert, fail],
  );

  /** Shows a record the backend returned (undo, redo, snapshot restore) as the active scenario's new state. */
  const adopt = useCallback(
    (rec: ScenarioRecordDto) => {
      markInput();
      upsert(rec);
      setDraft(rec.scenario);
      saver.current?.reset(rec);
      setSaveState('saved');
    },
    [upsert],
  );

  const load = useCallback(() => {
    setPhase('loading');
    void (async () => {
      try {
        const [p, settings, list] = await Promise.all([backend.plan(), backend.settings(), backend.list()]);
        const language = toLang(settings.language ?? i18next.language);
        if (language !== i18next.language) await i18next.changeLanguage(language);
        document.documentElement.lang = language;
        setLang(language);
        setPlan(p);
        setRecords(list);
        const wanted = settings[ACTIVE_KEY];
        open(list.find((r) => r.id === wanted) ?? list[0] ?? null);
        setPhase('ready');
      } catch (err) {
        setNotice({ kind: 'error', text: errorText(err, t) });
        setPhase('failed');
      }
    })();
  }, [i18next, open, t]);

  useEffect(() => {
    load();
    return () => saver.current?.dispose();
  }, [load]);

  const active = useMemo(() => records.find((r) => r.id === activeId) ?? null, [records, activeId]);

  const edit = useCallback(
    (next: Scenario) => {
      if (!plan || !activeId) return;
      markInput();
      lastList.current = null;
      setDraft(next);
      const runs = project(plan, next).ok;
      saver.current?.schedule(next, runs);
    },
    [plan, activeId],
  );

  const create = useCallback(
    async (name: string, from: ScenarioStart) => {
      try {
        await saver.current?.flush();
        const rec = await backend.create(name, from);
        upsert(rec);
        open(rec);
        setNotice({ kind: 'info', text: t('scenarios.created', { name: rec.name }) });
      } catch (err) {
        fail(err);
      }
    },
    [open, upsert, fail, t],
  );

  const run = useCallback(
    (job: () => Promise<void>) => {
      void job().catch(fail);
    },
    [fail],
  );

  const undo = useCallback(() => {
    run(async () => {
      const last = lastList.current;
      if (last?.kind === 'delete') {
        const rec = await backend.restore(last.id);
        lastList.current = { kind: 'restore', id: last.id, name: last.name };
        upsert(rec);
        setNotice({ kind: 'info', text: t('scenarios.restored', { name: rec.name }) });
        return;
      }
      if (!activeId) return;
      await saver.current?.flush();
      adopt(await backend.undo(activeId));
    });
  }, [run, activeId, adopt, upsert, t]);

  const redo = useCallback(() => {
    run(async () => {
      const last = lastList.current;
      if (last?.kind === 'restore') {
        await backend.remove(last.id);
        lastList.current = { kind: 'delete', id: last.id, name: last.name };
        setRecords((list) => list.filter((r) => r.id !== last.id));
        return;
      }
      if (!activeId) return;
      await saver.current?.flush();
      adopt(await backend.redo(activeId));
    });
  }, [run, activeId, adopt]);

  const remove = useCallback(
    (id: string) => {
      run(async () => {
        if (id === activeId) await saver.current?.flush();
        const rec = await backend.remove(id);
        lastList.current = { kind: 'delete', id, name: rec.name };
        const rest = records.filter((r) => r.id !== id);
        setRecords(rest);
        if (id === activeId) open(rest[0] ?? null);
        setNotice({
          kind: 'info',
          text: t('scenarios.deleted', { name: rec.name }),
          action: { label: t('header.undoShort'), run: () => undo() },
        });
      });
    },
    [run, activeId, records, open, t, undo],
  );

  const dismissNotice = useCallback(() => setNotice(null), []);
  const unsaved = saveState === 'unsaved' || saveState === 'error';
  return {
    phase,
    plan,
    records,
    active,
    draft,
    saveState: active ? saveState : null,
    canUndo: lastList.current?.kind === 'delete' || unsaved || (active?.canUndo ?? false),
    canRedo: lastList.current?.kind === 'restore' || (!unsaved && (active?.canRedo ?? false)),
    notice,
    snapshots,
    lang,
    load,
    edit,
    activate: (id) =>
      run(async () => {
        await saver.current?.flush();
        const rec = records.find((r) => r.id === id) ?? (await backend.get(id));
        open(rec);
      }),
    create,
    rename: (id, name) =>
      run(async () => {
        if (id === activeId) await saver.current?.flush();
        const rec = await backend.rename(id, name);
        upsert(rec);
        if (id === activeId) adopt(rec);
      }),
    clone: (id) =>
      run(async () => {
        if (id === activeId) await saver.current?.flush();
        const source = records.find((r) => r.id === id);
        const rec = await backend.clone(id, source ? t('scenarios.cloneName', { name: source.name }) : undefined);
        upsert(rec);
        setNotice({ kind: 'info', text: t('scenarios.cloned', { name: rec.name }) });
      }),
    remove,
    undo,
    redo,
    snapshot: (label) =>
      run(async () => {
        if (!activeId) return;
        await saver.current?.flush();
        await backend.snapshot(activeId, label);
        setSnapshots(await backend.snapshots(activeId));
        setNotice({ kind: 'info', text: t('snapshots.taken', { label }) });
      }),
    restoreSnapshot: (snapshotId) =>
      run(async () => {
        await saver.current?.flush();
        adopt(await backend.restoreSnapshot(snapshotId));
        setNotice({ kind: 'info', text: t('snapshots.restored') });
      }),
    setLanguage: (next) =>
      run(async () => {
        await i18next.changeLanguage(next);
        document.documentElement.lang = next;
        setLang(next);
        await backend.setSettings({ language: next });
      }),
    retrySave: () => run(async () => saver.current?.flush()),
    dismissNotice,
    report: fail,
  };
}
