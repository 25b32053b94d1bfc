import { useEffect, useId, useRef, useState } from 'react';
import type { ScenarioRecordDto } from '../../shared/api/records';
import { pick } from '../../shared/export/export-labels';
import { orderIndicators } from '../lib/gap-rows';
import { stressName } from '../lib/stress-fan-chart';
import type { StressChartKind, StressChartRequest } from './chart-export-request';
import {
  copyChart,
  copyStressChart,
  exportChart,
  exportCsv,
  exportScenarioFile,
  exportStressChart,
  exportWorkbook,
  importScenarioFile,
  outcomeText,
  type ExportContext,
} from './export-actions';
import { CHART_SIZE_PRESETS, type ChartSize } from './export-figure';
import { exportTexts } from './export-texts';
import { stressChartKinds, stressChartName } from './stress-chart-figure';

/** Props of the export dialog: what to export from, the indicator shown now, and what the buttons open. */
export interface ExportDialogProps {
  ctx: ExportContext;
  indicatorId: string;
  /** A chart of a stress run to export instead of a trajectory chart (opened from the stress tab's chart buttons). */
  stressChart?: StressChartRequest | null;
  onClose: () => void;
  onOpenReport: () => void;
  onImported: (record: ScenarioRecordDto) => void;
}

type SizeKey = keyof typeof CHART_SIZE_PRESETS;

interface StatusLine {
  id: number;
  ok: boolean;
  text: string;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The export dialog (Ctrl+E): a chart as PNG/SVG or on the clipboard at a chosen size (1920×1080 by default,
 * 2× for projectors) — an indicator's trajectory, or the fan chart or histogram of a stress run — the tables as XLSX or CSV, the scenario file out and in, and the report. Every export
 * reports where it wrote the file, or why it failed, in a status list read out by screen readers.
 */
export function ExportDialog({ ctx, indicatorId, stressChart = null, onClose, onOpenReport, onImported }: ExportDialogProps) {
  const tx = exportTexts(ctx.lang);
  const titleId = useId();
  const indicatorFieldId = useId();
  const sizeFieldId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const firstRef = useRef<HTMLSelectElement>(null);
  const [indicator, setIndicator] = useState(indicatorId);
  const [stressKind, setStressKind] = useState<StressChartKind>(stressChart && stressChartKinds(stressChart.indicator).includes(stressChart.kind) ? stressChart.kind : 'fan');
  const [sizeKey, setSizeKey] = useState<SizeKey>('hd');
  const [double, setDouble] = useState(false);
  const [busy, setBusy] = useState(false);
  const [lines, setLines] = useState<StatusLine[]>([]);
  const nextId = useRef(1);

  useEffect(() => {
    firstRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const size: ChartSize = { ...CHART_SIZE_PRESETS[sizeKey], scale: double ? 2 : 1 };
  const report = (ok: boolean, text: string) => {
    const id = nextId.current++;
    setLines((old) => [{ id, ok, text }, ...old].slice(0, 6));
  };
  const run = (work: () => Promise<string>, fail: (message: string) => string = tx.failed) => {
    setBusy(true);
    work()
      .then((text) => report(true, text))
      .catch((error: unknown) => report(false, fail(errorText(error))))
      .finally(() => setBusy(false));
  };
  const indicators = orderIndicators(ctx.result.indicators);
  const stress = stressChart ? { ...stressChart, kind: stressKind } : null;
  const savePicture = (format: 'png' | 'svg') =>
    run(async () => outcomeText(stress ? await exportStressChart(ctx, stress, format, size) : await exportChart(ctx, indicator, format, size), format, ctx.lang));
  const copyPicture = () =>
    run(async () => {
      const s = stress ? await copyStressChart(ctx, stress, size) : await copyChart(ctx, indicator, size);
      return tx.copied(s.width, s.height);
    });

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal-dialog export-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="export-dialog">
        <header className="modal-head">
          <h2 id={titleId}>{tx.dialogTitle}</h2>
          <button type="button" className="small-button" onClick={onClose} data-testid="export-close">{tx.close}</button>
        </header>

        <section className="export-section" aria-label={tx.chartSection}>
          <h3>{tx.chartSection}</h3>
          <div className="export-fields">
            {stress ? (
              <>
                <label htmlFor={indicatorFieldId}>{tx.stressChart}</label>
                <select id={indicatorFieldId} ref={firstRef} value={stressKind} onChange={(e) => setStressKind(e.target.value === 'histogram' ? 'histogram' : 'fan')} data-testid="export-stress-chart">
                  {stressChartKinds(stress.indicator).map((kind) => (
                    <option key={kind} value={kind}>{`${stressName(stress.indicator, ctx.lang)} · ${stressChartName(kind, stress.indicator, ctx.lang)}`}</option>
                  ))}
                </select>
              </>
            ) : (
              <>
                <label htmlFor={indicatorFieldId}>{tx.chartIndicator}</label>
                <select id={indicatorFieldId} ref={firstRef} value={indicator} onChange={(e) => setIndicator(e.target.value)} data-testid="export-indicator">
                  {indicators.map((p) => (
                    <option key={p.id} value={p.id}>{pick(p.name, ctx.lang)}</option>
                  ))}
                </select>
              </>
            )}
            <label htmlFor={sizeFieldId}>{tx.chartSize}</label>
            <select id={sizeFieldId} value={sizeKey} onChange={(e) => setSizeKey(e.target.value === 'small' ? 'small' : e.target.value === 'fourThree' ? 'fourThree' : 'hd')} data-testid="export-size">
              <option value="hd">{tx.sizes.hd}</option>
              <option value="small">{tx.sizes.small}</option>
              <option value="fourThree">{tx.sizes.fourThree}</option>
            </select>
            <label className="export-check">
              <input type="checkbox" checked={double} onChange={(e) => setDouble(e.target.checked)} data-testid="export-scale" />
              {tx.chartScale}
            </label>
          </div>
          <div className="button-row">
            <button type="button" className="small-button" disabled={busy} onClick={() => savePicture('png')} data-testid="export-png">{tx.png}</button>
            <button type="button" className="small-button" disabled={busy} onClick={() => savePicture('svg')} data-testid="export-svg">{tx.svg}</button>
            <button type="button" className="small-button" disabled={busy} onClick={copyPicture} data-testid="export-copy">{tx.copy}</button>
          </div>
          {stress ? <p className="hint">{tx.stressChartHint}</p> : null}
        </section>

        <section className="export-section" aria-label={tx.tableSection}>
          <h3>{tx.tableSection}</h3>
          <div className="button-row">
            <button type="button" className="small-button" disabled={busy} onClick={() => run(async () => outcomeText(await exportWorkbook(ctx), 'xlsx', ctx.lang))} data-testid="export-xlsx">{tx.xlsx}</button>
            <button type="button" className="small-button" disabled={busy} onClick={() => run(async () => outcomeText(await exportCsv(ctx, 'summary'), 'csv', ctx.lang))} data-testid="export-csv-summary">{tx.csvSummary}</button>
            <button type="button" className="small-button" disabled={busy} onClick={() => run(async () => outcomeText(await exportCsv(ctx, 'yearly'), 'csv', ctx.lang))} data-testid="export-csv-yearly">{tx.csvYearly}</button>
          </div>
          <p className="hint">{tx.xlsxHint}</p>
        </section>

        <section className="export-section" aria-label={tx.scenarioSection}>
          <h3>{tx.scenarioSection}</h3>
          <div className="button-row">
            <button type="button" className="small-button" disabled={busy || ctx.scenarioId === null} onClick={() => run(async () => outcomeText(await exportScenarioFile(ctx), 'json', ctx.lang))} data-testid="export-scenario">{tx.scenarioExport}</button>
            <button type="button" className="small-button" disabled={busy} onClick={() => fileRef.current?.click()} data-testid="import-scenario">{tx.scenarioImport}</button>
            <input
              ref={fileRef}
              type="file"
              accept=".json,application/json"
              hidden
              data-testid="import-scenario-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                run(async () => {
                  const record = await importScenarioFile(file);
                  onImported(record);
                  return tx.imported(record.name);
                }, tx.importFailed);
              }}
            />
          </div>
          <p className="hint">{tx.scenarioImportHint}</p>
        </section>

        <section className="export-section" aria-label={tx.reportSection}>
          <h3>{tx.reportSection}</h3>
          <div className="button-row">
            <button type="button" className="small-button" onClick={onOpenReport} data-testid="export-report">{tx.reportOpen}</button>
          </div>
          <p className="hint">{tx.reportHint}</p>
        </section>

        <div className="export-status" role="status" aria-live="polite" data-testid="export-status">
          {busy ? <p>{tx.working}</p> : null}
          {lines.map((l) => (
            <p key={l.id} className={l.ok ? 'export-ok' : 'export-error'}>{l.text}</p>
          ))}
        </div>
      </div>
    </div>
  );
}
