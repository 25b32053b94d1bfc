import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioRecordDto } from '../../../shared/api';
import type { Plan } from '../../../shared/plan/plan-schema';
import type { Scenario } from '../../../shared/scenario/scenario-schema';
import { DEFAULT_PATHS, suggestUncertainty, validateUncertaintySpec } from '../../../shared/stress';
import { formatBackupTime } from '../../lib/data-format';
import { toLang } from '../../lib/format';
import { LEAD_INDICATORS } from '../../lib/gap-rows';
import { project } from '../../lib/projection';
import { assumptionOptions } from '../../lib/stress-assumptions';
import { isStale, readSavedRun } from '../../lib/stress-saved-run';
import { asTranslate } from '../../lib/translate';
import { useStressRun } from '../../state/use-stress-run';
import { useSavedRuns } from '../../state/use-stress-runs';
import { useStressSpec } from '../../state/use-stress-spec';
import { IssueList } from '../IssueList';
import { SavedRunsList, type SavedRunItem } from './SavedRunsList';
import { RunControls } from './RunControls';
import { StressResults, type ResultSource } from './StressResults';
import { StressTools } from './StressTools';
import { UncertaintyEditor } from './UncertaintyEditor';

/** The seed a new stress view starts from: fixed, so the same inputs give the same figures until the user asks for a new one. */
export const DEFAULT_SEED = 20210101;

/** Props of the stress-test screen for the active scenario. */
export interface StressViewProps {
  plan: Plan;
  /** The working copy of the scenario (what the run uses). */
  scenario: Scenario;
  record: ScenarioRecordDto;
  fanHeight: number;
  onEdit: (next: Scenario) => void;
  report: (err: unknown) => void;
}

/**
 * The 压力测试 screen of one scenario: results (fan charts, probability cards, histograms) with the run bar on
 * the left, the uncertainty settings and saved runs on the right, and below them the sensitivity tools (tornado,
 * 2-D grid) and goal seek. Runs go to the worker pool; finished runs are saved and listed.
 */
export function StressView({ plan, scenario, record, fanHeight, onEdit, report }: StressViewProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const tr = useMemo(() => asTranslate(t), [t]);
  const { spec, loaded, setSpec } = useStressSpec(record.id, report);
  const saved = useSavedRuns(record, scenario, report);
  const run = useStressRun(saved.save);
  const [paths, setPaths] = useState(DEFAULT_PATHS);
  const [seed, setSeed] = useState(DEFAULT_SEED);
  const [shown, setShown] = useState<string[]>([...LEAD_INDICATORS]);
  const [openId, setOpenId] = useState<string | null>(null);

  const suggestion = useMemo(() => suggestUncertainty(plan, scenario), [plan, scenario]);
  const validation = useMemo(() => validateUncertaintySpec(plan, scenario, spec), [plan, scenario, spec]);
  const projects = useMemo(() => project(plan, scenario).ok, [plan, scenario]);
  const options = useMemo(() => assumptionOptions(plan, scenario, lang, tr), [plan, scenario, lang, tr]);
  const parsed = useMemo(() => saved.runs.map((r) => ({ record: r, saved: readSavedRun(r.result) })), [saved.runs]);
  const items: SavedRunItem[] = useMemo(
    () =>
      parsed.map(({ record: r, saved: s }) => ({
        id: r.id,
        createdAt: r.createdAt,
        seed: r.seed,
        paths: r.paths,
        saved: s,
        stale: s ? isStale(plan, scenario, s) : r.stale,
      })),
    [parsed, plan, scenario],
  );

  const blocked = !loaded ? t('stress.run.loading') : !projects ? t('stress.run.scenarioBroken') : !validation.ok ? t('stress.run.specBroken') : null;
  const start = useCallback(() => {
    if (!validation.ok) return;
    setOpenId(null);
    run.start(plan, scenario, validation.spec, paths, seed);
  }, [validation, run, plan, scenario, paths, seed]);

  const openRun = useCallback((id: string) => {
    setOpenId(id);
    document.getElementById('stress-title')?.scrollIntoView({ block: 'start' });
  }, []);

  const open = openId ? items.find((i) => i.id === openId) : undefined;
  const shownRun = open?.saved ? open.saved.result : run.finished?.result ?? null;
  const shownSpec = open?.saved ? open.saved.spec : run.finished?.spec;
  const source: ResultSource = open?.saved ? { kind: 'saved', time: formatBackupTime(open.createdAt, lang), stale: open.stale } : { kind: 'live' };

  return (
    <div className="stress-view" data-testid="stress-view">
      <div className="stress-top">
        <section className="panel stress-main" aria-labelledby="stress-title">
          <div className="panel-head">
            <h2 id="stress-title">{t('stress.title', { name: record.name })}</h2>
            <p className="panel-sub">{t('stress.subtitle')}</p>
          </div>
          <RunControls
            paths={paths}
            seed={seed}
            phase={run.phase}
            done={run.done}
            total={run.total}
            blocked={blocked}
            onPaths={setPaths}
            onSeed={setSeed}
            onRun={start}
            onCancel={run.cancel}
          />
          {run.phase === 'failed' ? <IssueList issues={run.issues} title={t('stress.run.refused')} hint={null} testId="stress-run-issues" /> : null}
          {shownRun ? (
            <StressResults
              result={shownRun}
              source={source}
              spec={shownSpec}
              shown={shown}
              fanHeight={fanHeight}
              onShow={(id) => setShown((s) => [...s, id])}
              onHide={(id) => setShown((s) => s.filter((x) => x !== id))}
            />
          ) : (
            <p className="empty-line" data-testid="stress-no-result">{t('stress.results.none')}</p>
          )}
        </section>
        <div className="stress-side">
          <section className="panel stress-settings" aria-labelledby="stress-spec-title">
            <h2 id="stress-spec-title">{t('stress.spec.title')}</h2>
            <UncertaintyEditor
              plan={plan}
              scenario={scenario}
              spec={spec}
              suggestion={suggestion}
              issues={validation.ok ? [] : validation.issues}
              warnings={validation.ok ? validation.warnings : []}
              onChange={setSpec}
            />
          </section>
          <section className="panel" aria-labelledby="stress-saved-title">
            <h2 id="stress-saved-title">{t('stress.saved.title')}</h2>
            <SavedRunsList items={items} openId={open ? openId : null} waiting={saved.waiting} onOpen={openRun} />
          </section>
        </div>
      </div>
      <StressTools plan={plan} scenario={scenario} spec={validation.ok ? validation.spec : {}} seed={seed} options={options} onEdit={onEdit} />
    </div>
  );
}
