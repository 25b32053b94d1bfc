import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Figure } from '../lib/chart-traces';
import { createPortal } from 'react-dom';
import { assumptionLines } from '../../shared/export/assumption-text';
import type { Cell } from '../../shared/export/workbook-model';
import { varianceSheetRows } from '../../shared/export/variance-rows';
import type { SaveOutcome } from '../../shared/api/export-channels';
import { pick } from '../../shared/export/export-labels';
import { buildGapRows, LEAD_INDICATORS, orderIndicators } from '../lib/gap-rows';
import { exportReportPdf, outcomeText, type ExportContext } from '../export/export-actions';
import { exportTexts } from '../export/export-texts';
import { isDesktopApp } from '../export/save-export';
import { compareFigure, indicatorFigure, REPORT_CHART } from './report-figures';
import { ReportAssumptionsTable, ReportCellTable, ReportGapTable } from './ReportTables';
import { StaticChart } from './StaticChart';
import './report.css';

/** Props of the report view: what to report on, and how to close it. */
export interface ReportViewProps {
  ctx: ExportContext;
  onClose: () => void;
}

/** Pairs of items, for two charts per page. */
function pairs<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += 2) out.push(items.slice(i, i + 2));
  return out;
}

/** The variance table of the report: per scenario its value, its difference from the baseline in %, its gap. */
function reportVariance(ctx: ExportContext): { header: string[]; rows: Cell[][] } {
  const full = varianceSheetRows(ctx.baseline, ctx.compared, ctx.lang);
  const keep = (i: number): boolean => i < 4 || (i - 4) % 4 !== 1;
  const ordered = orderIndicators(ctx.baseline.indicators.map((p, i) => ({ id: p.id, row: full.rows[i] ?? [] })));
  return { header: full.header.filter((_, i) => keep(i)), rows: ordered.map((o) => o.row.filter((_, i) => keep(i))) };
}

/**
 * The printable report, A4 landscape (see report.css): the gap table with the scenario and date, the trajectory
 * charts two per page, the assumptions table and, when scenarios are compared, the comparison charts and the
 * variance table. Shown over the workbench (which is hidden meanwhile); "Save PDF" prints it with Electron's
 * printToPDF in the desktop app, the browser's print dialog otherwise. `data-ready` turns true once every chart is drawn.
 */
export function ReportView({ ctx, onClose }: ReportViewProps) {
  const tx = exportTexts(ctx.lang);
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const indicators = useMemo(() => orderIndicators(ctx.result.indicators).map((p) => p.id), [ctx.result]);
  const chartPages = useMemo(() => pairs(indicators), [indicators]);
  const compareIds = ctx.compared.length > 0 ? LEAD_INDICATORS.filter((id) => indicators.includes(id)) : [];
  const figures = useMemo(() => {
    const map = new Map<string, Figure>();
    for (const id of indicators) {
      const figure = indicatorFigure(ctx, id, REPORT_CHART, false);
      if (figure) map.set(`chart:${id}`, figure);
    }
    for (const id of ctx.compared.length > 0 ? LEAD_INDICATORS : []) {
      const figure = compareFigure(ctx, id, REPORT_CHART);
      if (figure) map.set(`compare:${id}`, figure);
    }
    return map;
  }, [ctx, indicators]);
  const markDrawn = useCallback((key: string) => setDrawn((old) => (old.has(key) ? old : new Set(old).add(key))), []);
  const chart = (key: string, id: string, testId: string) => {
    const figure = figures.get(key);
    const p = ctx.result.indicators.find((i) => i.id === id);
    const label = p ? pick(p.name, ctx.lang) : id;
    return figure ? (
      <StaticChart key={key} figure={figure} width={REPORT_CHART.width} height={REPORT_CHART.height} label={label} testId={testId} onDrawn={() => markDrawn(key)} />
    ) : null;
  };
  const gapRows = useMemo(() => buildGapRows(ctx.result, ctx.lang), [ctx.result, ctx.lang]);
  const onCount = gapRows.filter((r) => r.onTrack).length;
  const pageCount = 1 + chartPages.length + 1 + (ctx.compared.length > 0 ? 2 : 0);
  const planTitle = pick(ctx.plan.title, ctx.lang);

  useEffect(() => {
    document.documentElement.classList.add('report-open');
    window.scrollTo(0, 0);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      document.documentElement.classList.remove('report-open');
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  const footer = (n: number) => (
    <footer className="report-footer">
      <span>{planTitle} · {tx.reportScenario}{tx.colon}{ctx.scenarioName} · {ctx.date}</span>
      <span>{tx.reportPage(n, pageCount)}</span>
    </footer>
  );

  const savePdf = () => {
    setBusy(true);
    setStatus(null);
    exportReportPdf(ctx)
      .then((outcome: SaveOutcome | null) => {
        if (outcome) setStatus({ ok: true, text: outcomeText(outcome, 'pdf', ctx.lang) });
      })
      .catch((error: unknown) => setStatus({ ok: false, text: tx.failed(error instanceof Error ? error.message : String(error)) }))
      .finally(() => setBusy(false));
  };
  const ready = [...figures.keys()].every((key) => drawn.has(key));
  const variance = ctx.compared.length > 0 ? reportVariance(ctx) : null;

  return createPortal(
    <div className="report-root" data-testid="report" data-ready={ready ? 'true' : 'false'} lang={ctx.lang}>
      <div className="report-toolbar">
        <button type="button" className="primary-button" onClick={savePdf} disabled={!ready || busy} data-testid="report-pdf">
          {isDesktopApp() ? tx.reportPdf : tx.reportPrint}
        </button>
        <button type="button" className="small-button" onClick={onClose} data-testid="report-close">{tx.reportClose}</button>
        {status ? <span className={status.ok ? 'export-ok' : 'export-error'} role="status">{status.text}</span> : null}
      </div>

      <section className="report-page report-cover">
        <h1>{planTitle} · {tx.reportTitle}</h1>
        <p className="report-meta">
          {tx.reportScenario}{tx.colon}<strong>{ctx.scenarioName}</strong>{tx.bar}{tx.reportDate}{tx.colon}{ctx.date}{tx.bar}{tx.reportOnTrack(onCount, gapRows.length)}
        </p>
        <h2>{tx.reportGapTitle(ctx.result.horizon)}</h2>
        <ReportGapTable rows={gapRows} horizon={ctx.result.horizon} lang={ctx.lang} />
        {footer(1)}
      </section>

      {chartPages.map((ids, k) => (
        <section className="report-page" key={ids.join('+')}>
          <h2>{tx.reportChartsTitle}</h2>
          <div className="report-charts">
            {ids.map((id) => chart(`chart:${id}`, id, `report-chart-${id}`))}
          </div>
          {footer(2 + k)}
        </section>
      ))}

      <section className="report-page">
        <h2>{tx.reportAssumptionsTitle}</h2>
        <ReportAssumptionsTable lines={assumptionLines(ctx.plan, ctx.scenario, ctx.lang)} lang={ctx.lang} />
        {footer(2 + chartPages.length)}
      </section>

      {variance ? (
        <>
          <section className="report-page">
            <h2>{tx.reportCompareTitle}</h2>
            <div className="report-charts">
              {compareIds.map((id) => chart(`compare:${id}`, id, `report-compare-${id}`))}
            </div>
            {footer(3 + chartPages.length)}
          </section>
          <section className="report-page">
            <h2>{tx.reportCompareTitle}</h2>
            <ReportCellTable header={variance.header} rows={variance.rows} lang={ctx.lang} testId="report-variance" />
            {footer(4 + chartPages.length)}
          </section>
        </>
      ) : null}
    </div>,
    document.body,
  );
}
