import type { i18n } from 'i18next';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectionResult } from '../shared/engine';
import { AppHeader, type View } from './components/AppHeader';
import { EmptyState } from './components/EmptyState';
import { GapPanel } from './components/GapPanel';
import { IndicatorView } from './components/IndicatorView';
import { IssueList } from './components/IssueList';
import { NoticeBar } from './components/NoticeBar';
import { DataLayer } from './components/data/DataLayer';
import { ScenariosView } from './components/ScenariosView';
import { StressView } from './components/stress/StressView';
import { ExportToolbar } from './export/ExportToolbar';
import { toLang } from './lib/format';
import { buildGapRows, LEAD_INDICATORS } from './lib/gap-rows';
import { project, projectBaseline } from './lib/projection';
import { useAppCommands } from './state/use-app-commands';
import { useDataStatus } from './state/use-data-status';
import { useWorkbench } from './state/use-workbench';

/** Chart height for the window: what is left under the header and summary, within 300–560 px. */
function useChartHeight(): number {
  const [h, setH] = useState(() => (typeof window === 'undefined' ? 768 : window.innerHeight));
  useEffect(() => {
    const on = () => setH(window.innerHeight);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return Math.max(300, Math.min(560, h - 300));
}

/** The workbench: header, notices, and the home (gap panel), indicator and scenarios screens. */
export function App({ i18n }: { i18n: i18n }) {
  const { t } = useTranslation();
  const wb = useWorkbench(i18n);
  const data = useDataStatus(() => {
    wb.dismissNotice();
    wb.load();
  });
  const lang = toLang(i18n.language);
  const [view, setView] = useState<View>('home');
  const [indicatorId, setIndicatorId] = useState<string>(LEAD_INDICATORS[0] ?? '');
  const [compareIds, setCompareIds] = useState<string[]>([]);
  const chartHeight = useChartHeight();
  const lastGood = useRef<ProjectionResult | null>(null);

  const baseline = useMemo(() => (wb.plan ? projectBaseline(wb.plan) : null), [wb.plan]);
  const current = useMemo(() => {
    if (!wb.plan) return null;
    return wb.draft ? project(wb.plan, wb.draft) : baseline;
  }, [wb.plan, wb.draft, baseline]);
  if (current?.ok) lastGood.current = current.result;
  const result = current?.ok ? current.result : lastGood.current;
  const issues = current && !current.ok ? current.issues : [];
  const gapRows = useMemo(() => (result ? buildGapRows(result, lang) : []), [result, lang]);

  useAppCommands(wb, () => setView('scenarios'));

  useEffect(() => {
    setCompareIds((ids) => ids.filter((id) => wb.records.some((r) => r.id === id)));
  }, [wb.records]);

  const header = (
    <AppHeader
      title={wb.plan ? (lang === 'en' ? wb.plan.title.en : wb.plan.title.zh) : ''}
      view={view}
      onView={setView}
      scenarios={wb.records.map((r) => ({ id: r.id, name: r.name }))}
      activeId={wb.active?.id ?? null}
      onActivate={wb.activate}
      saveState={wb.saveState}
      onRetrySave={wb.retrySave}
      canUndo={wb.canUndo}
      canRedo={wb.canRedo}
      onUndo={wb.undo}
      onRedo={wb.redo}
      lang={wb.lang}
      onLanguage={wb.setLanguage}
      onData={() => data.openDialog()}
      tools={
        wb.plan && baseline?.ok && result ? (
          <ExportToolbar
            plan={wb.plan}
            result={result}
            baseline={baseline.result}
            scenario={wb.draft}
            scenarioId={wb.active?.id ?? null}
            scenarioName={wb.active?.name ?? t('compare.baseline')}
            records={wb.records}
            compareIds={compareIds}
            indicatorId={indicatorId}
            lang={lang}
            onImported={wb.load}
          />
        ) : null
      }
    />
  );

  const shell = (main: ReactNode) => (
    <div className="app">
      {header}
      <NoticeBar notice={wb.notice} onClose={wb.dismissNotice} />
      <DataLayer data={data} saveState={wb.saveState} onSaveNow={wb.retrySave} />
      {main}
    </div>
  );

  if (wb.phase !== 'ready' || !wb.plan || !baseline?.ok || !result) {
    return shell(
      <main className="main">
        {wb.phase === 'loading' ? (
          <p className="loading" role="status">{t('app.loading')}</p>
        ) : (
          <EmptyState title={t('app.loadFailedTitle')} body={t('app.loadFailedBody')}>
            <button type="button" className="primary-button" onClick={wb.load}>{t('common.retry')}</button>
          </EmptyState>
        )}
        {baseline && !baseline.ok ? <IssueList issues={baseline.issues} /> : null}
      </main>,
    );
  }

  const plan = wb.plan;
  const createFirst = (
    <button type="button" className="primary-button" onClick={() => void wb.create(t('scenarios.firstName'), 'baseline')} data-testid="create-first">
      {t('scenarios.createFirst')}
    </button>
  );
  const openIndicator = (id: string) => {
    setIndicatorId(id);
    setView('indicator');
  };

  return shell(
    <main className="main" id="main">
      {view === 'home' ? (
        <>
          {!wb.active ? (
            <EmptyState title={t('empty.title')} body={t('empty.body')}>
              {createFirst}
            </EmptyState>
          ) : null}
          <IssueList issues={issues} />
          <GapPanel
            rows={gapRows}
            horizon={result.horizon}
            scenarioName={wb.active?.name ?? t('compare.baseline')}
            onOpen={openIndicator}
          />
        </>
      ) : null}
      {view === 'indicator' ? (
        wb.active && wb.draft ? (
          <IndicatorView
            plan={plan}
            scenario={wb.draft}
            result={result}
            issues={issues}
            indicatorId={indicatorId}
            chartHeight={chartHeight}
            onSelect={setIndicatorId}
            onEdit={wb.edit}
            onBack={() => setView('home')}
          />
        ) : (
          <EmptyState title={t('empty.title')} body={t('empty.indicatorBody')}>
            {createFirst}
          </EmptyState>
        )
      ) : null}
      {view === 'scenarios' ? (
        <ScenariosView
          plan={plan}
          baseline={baseline.result}
          records={wb.records}
          activeId={wb.active?.id ?? null}
          draft={wb.draft}
          snapshots={wb.snapshots}
          compareIds={compareIds}
          chartHeight={chartHeight}
          onCompareIds={setCompareIds}
          onCreate={(name, from) => void wb.create(name, from)}
          onOpen={(id) => {
            wb.activate(id);
            setView('home');
          }}
          onRename={wb.rename}
          onClone={wb.clone}
          onDelete={wb.remove}
          onSnapshot={wb.snapshot}
          onRestoreSnapshot={wb.restoreSnapshot}
        />
      ) : null}
      {view === 'stress' ? (
        wb.active && wb.draft ? (
          <StressView
            key={wb.active.id}
            plan={plan}
            scenario={wb.draft}
            record={wb.active}
            fanHeight={Math.max(280, Math.min(400, Math.round(chartHeight * 0.7)))}
            onEdit={wb.edit}
            report={wb.report}
          />
        ) : (
          <EmptyState title={t('empty.title')} body={t('stress.noScenario')}>
            {createFirst}
          </EmptyState>
        )
      ) : null}
    </main>,
  );
}
