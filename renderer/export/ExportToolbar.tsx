import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioRecordDto } from '../../shared/api/records';
import type { ProjectionResult } from '../../shared/engine/engine-types';
import type { ComparedRun } from '../../shared/export/variance-rows';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { onMenuCommand } from '../api/client';
import type { Lang } from '../lib/format';
import { project } from '../lib/projection';
import { asTranslate } from '../lib/translate';
import { PresentMode } from '../present/PresentMode';
import { ReportView } from '../report/ReportView';
import type { ExportContext } from './export-actions';
import { onChartExportRequest, onStressChartExportRequest, type StressChartRequest } from './chart-export-request';
import { ExportDialog } from './ExportDialog';
import { exportTexts } from './export-texts';
import { localDateStamp } from './local-date';
import './export.css';

/** What the toolbar exports from: the workbench's plan, projections, scenario, comparison and current chart. */
export interface ExportToolbarProps {
  plan: Plan;
  result: ProjectionResult;
  /** The frozen baseline (the plan's own assumptions). */
  baseline: ProjectionResult;
  /** The scenario as edited (null: none open; the baseline is exported). */
  scenario: Scenario | null;
  scenarioId: string | null;
  scenarioName: string;
  records: readonly ScenarioRecordDto[];
  /** Ids of the scenarios chosen for comparison (the comparison joins the XLSX, report and slides when non-empty). */
  compareIds: readonly string[];
  /** The indicator shown now (the dialog's chart and present mode start there). */
  indicatorId: string;
  lang: Lang;
  onImported: (record: ScenarioRecordDto) => void;
}

type Open = 'none' | 'dialog' | 'report' | 'present';

/** True for Ctrl+E / ⌘E (the export shortcut; in the desktop app the menu's accelerator sends file:export instead). */
function isExportKey(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'e';
}

/**
 * The export entry points in the header: 导出 (the export dialog, also Ctrl+E, the File ▸ Export menu, each
 * trajectory chart's own export button, which opens it on that chart's indicator, and the stress tab's chart
 * buttons, which open it on that chart of the run), 报告
 * (the printable report) and 演示 (full-screen present mode). Builds the export context (comparison projected
 * here, only while a window is open; today's date taken when one opens) and shows the dialog, report or slides.
 */
export function ExportToolbar(p: ExportToolbarProps) {
  const { t } = useTranslation();
  const tx = exportTexts(p.lang);
  const [open, setOpen] = useState<Open>('none');
  const [date, setDate] = useState(() => localDateStamp(new Date()));
  const [chartId, setChartId] = useState<string | null>(null);
  const [stressChart, setStressChart] = useState<StressChartRequest | null>(null);
  const openRef = useRef((what: Open, indicator: string | null = null, stress: StressChartRequest | null = null) => {
    setDate(localDateStamp(new Date()));
    setChartId(indicator);
    setStressChart(stress);
    setOpen(what);
  });

  useEffect(() => {
    const show = openRef.current;
    const onKey = (e: KeyboardEvent) => {
      if (!isExportKey(e)) return;
      e.preventDefault();
      show('dialog');
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = onMenuCommand((command) => {
      if (command === 'file:export') show('dialog');
    });
    const stopCharts = onChartExportRequest((indicator) => show('dialog', indicator));
    const stopStress = onStressChartExportRequest((request) => show('dialog', request.indicator.id, request));
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
      stopCharts();
      stopStress();
    };
  }, []);

  const compared = useMemo((): ComparedRun[] => {
    if (open === 'none') return [];
    return p.compareIds.flatMap((id) => {
      const record = p.records.find((r) => r.id === id);
      if (!record) return [];
      const run = project(p.plan, id === p.scenarioId && p.scenario ? p.scenario : record.scenario);
      return run.ok ? [{ name: record.name, result: run.result }] : [];
    });
  }, [open, p.compareIds, p.records, p.plan, p.scenario, p.scenarioId]);

  const ctx = useMemo(
    (): ExportContext => ({
      plan: p.plan,
      scenario: p.scenario ?? { name: p.scenarioName },
      scenarioId: p.scenarioId,
      scenarioName: p.scenarioName,
      result: p.result,
      baseline: p.baseline,
      compared,
      lang: p.lang,
      t: asTranslate(t),
      date,
    }),
    [p.plan, p.scenario, p.scenarioId, p.scenarioName, p.result, p.baseline, compared, p.lang, t, date],
  );
  const close = useCallback(() => setOpen('none'), []);

  return (
    <div className="export-toolbar" role="group" aria-label={tx.dialogTitle}>
      <button type="button" className="icon-button" onClick={() => openRef.current('dialog')} title={tx.exportTitle} aria-keyshortcuts="Control+E" data-testid="export-open">
        {tx.exportButton}
      </button>
      <button type="button" className="icon-button" onClick={() => openRef.current('report')} data-testid="report-open">
        {tx.reportButton}
      </button>
      <button type="button" className="icon-button" onClick={() => openRef.current('present')} data-testid="present-open">
        {tx.presentButton}
      </button>
      {open === 'dialog' ? (
        <ExportDialog ctx={ctx} indicatorId={chartId ?? p.indicatorId} stressChart={stressChart} onClose={close} onOpenReport={() => openRef.current('report')} onImported={p.onImported} />
      ) : null}
      {open === 'report' ? <ReportView ctx={ctx} onClose={close} /> : null}
      {open === 'present' ? <PresentMode ctx={ctx} startIndicatorId={p.indicatorId} onExit={close} /> : null}
    </div>
  );
}
