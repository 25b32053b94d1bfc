import type { AssumptionLine } from '../../shared/export/assumption-text';
import type { Cell } from '../../shared/export/workbook-model';
import type { GapRow } from '../lib/gap-rows';
import type { Lang } from '../lib/format';
import { exportTexts } from '../export/export-texts';
import { cellText, isNumeric } from './cell-text';

/** The gap table of the report and the present-mode summary: one line per indicator at the horizon. */
export function ReportGapTable({ rows, horizon, lang }: { rows: readonly GapRow[]; horizon: number; lang: Lang }) {
  const tx = exportTexts(lang);
  return (
    <table className="report-table" data-testid="report-gap-table">
      <thead>
        <tr>
          <th scope="col">{tx.col.indicator}</th>
          <th scope="col" className="num">{tx.col.projected(horizon)}</th>
          <th scope="col" className="num">{tx.col.target}</th>
          <th scope="col" className="num">{tx.col.gap}</th>
          <th scope="col" className="num">{tx.col.gapPct}</th>
          <th scope="col" className="num">{tx.col.required}</th>
          <th scope="col">{tx.col.status}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={r.onTrack ? 'report-on' : 'report-off'}>
            <th scope="row">{r.name}</th>
            <td className="num">{r.projected}</td>
            <td className="num">{r.target}</td>
            <td className="num">{r.gap}</td>
            <td className="num">{r.gapPct}</td>
            <td className="num">{r.required ?? '—'}</td>
            <td className="report-status">{r.onTrack ? `✓ ${tx.onTrack}` : `✗ ${tx.offTrack}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The assumptions table: each indicator with its assumptions, or "plan baseline". */
export function ReportAssumptionsTable({ lines, lang }: { lines: readonly AssumptionLine[]; lang: Lang }) {
  const tx = exportTexts(lang);
  return (
    <table className="report-table report-assumptions" data-testid="report-assumptions">
      <thead>
        <tr>
          <th scope="col">{tx.reportAssumptionIndicator}</th>
          <th scope="col">{tx.reportAssumptionText}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.id}>
            <th scope="row">{l.name}</th>
            <td className={l.phrases.length === 0 ? 'report-muted' : undefined}>{l.phrases.length > 0 ? l.phrases.join(tx.listSeparator) : tx.reportBaseline}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A generic table from a header and cell rows (the comparison's variance table). */
export function ReportCellTable({ header, rows, lang, testId }: { header: readonly string[]; rows: readonly (readonly Cell[])[]; lang: Lang; testId?: string }) {
  return (
    <table className="report-table report-compact" data-testid={testId}>
      <thead>
        <tr>
          {header.map((h, i) => (
            <th key={i} scope="col" className={i > 1 ? 'num' : undefined}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) =>
              c === 0 ? <th key={c} scope="row">{cellText(cell, lang)}</th> : <td key={c} className={isNumeric(cell) ? 'num' : undefined}>{cellText(cell, lang)}</td>,
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
