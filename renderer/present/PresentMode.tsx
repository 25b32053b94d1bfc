import { pick } from '../../shared/export/export-labels';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Figure } from '../lib/chart-traces';
import { buildGapRows, LEAD_INDICATORS, orderIndicators } from '../lib/gap-rows';
import type { ExportContext } from '../export/export-actions';
import { exportTexts } from '../export/export-texts';
import { compareFigure, indicatorFigure } from '../report/report-figures';
import { ReportGapTable } from '../report/ReportTables';
import { StaticChart } from '../report/StaticChart';
import { buildSlides, moveSlide, slideKey, type Slide } from './present-slides';
import './present.css';

/** Props of present mode: what to show, the slide to start on (an indicator id), and how to leave. */
export interface PresentModeProps {
  ctx: ExportContext;
  startIndicatorId?: string;
  onExit: () => void;
}

function useWindowSize(): { width: number; height: number } {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const on = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return size;
}

/**
 * Full-screen present mode: the gap summary, then one chart per slide at the screen's size (fonts scaled for a
 * projector, footnote with scenario, date and assumptions), then the comparison. → / Space / PageDown turn
 * forward, ← / PageUp back, Home / End jump, Esc (or leaving full screen) exits.
 */
export function PresentMode({ ctx, startIndicatorId, onExit }: PresentModeProps) {
  const tx = exportTexts(ctx.lang);
  const rootRef = useRef<HTMLDivElement>(null);
  const exitRef = useRef(onExit);
  exitRef.current = onExit;
  const ids = useMemo(() => orderIndicators(ctx.result.indicators).map((p) => p.id), [ctx.result]);
  const slides = useMemo(
    () => buildSlides(ids, ctx.compared.length > 0 ? LEAD_INDICATORS.filter((id) => ids.includes(id)) : []),
    [ids, ctx.compared.length],
  );
  const [index, setIndex] = useState(() => {
    const at = slides.findIndex((s) => s.kind === 'indicator' && s.id === startIndicatorId);
    return at >= 0 ? at : 0;
  });
  const count = slides.length;
  const size = useWindowSize();
  const chartSize = { width: Math.max(640, size.width), height: Math.max(400, size.height - 36) };

  useEffect(() => {
    const root = rootRef.current;
    root?.focus();
    let entered = false;
    if (root && typeof root.requestFullscreen === 'function' && !document.fullscreenElement) {
      root.requestFullscreen().then(() => {
        entered = true;
      }, () => undefined);
    }
    const onFullscreen = () => {
      if (entered && !document.fullscreenElement) exitRef.current();
    };
    const onKey = (e: KeyboardEvent) => {
      const move = slideKey(e.key);
      if (move === null) return;
      e.preventDefault();
      if (move === 'exit') exitRef.current();
      else setIndex((i) => moveSlide(i, move, count));
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      window.removeEventListener('keydown', onKey);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [count]);

  const slide: Slide = slides[Math.min(index, count - 1)] ?? { kind: 'summary' };
  const figure: Figure | null = useMemo(() => {
    if (slide.kind === 'indicator') return indicatorFigure(ctx, slide.id, chartSize, true);
    if (slide.kind === 'compare') return compareFigure(ctx, slide.id, chartSize);
    return null;
  }, [ctx, slide, chartSize.width, chartSize.height]);

  const name = (id: string): string => {
    const p = ctx.result.indicators.find((i) => i.id === id);
    return p ? pick(p.name, ctx.lang) : id;
  };

  return createPortal(
    <div className="present-root" ref={rootRef} tabIndex={-1} role="region" aria-roledescription="slides" aria-label={tx.presentButton} data-testid="present" data-slide={index + 1}>
      {slide.kind === 'summary' ? (
        <div className="present-summary">
          <h1>{pick(ctx.plan.title, ctx.lang)} · {tx.presentSummary(ctx.result.horizon)}</h1>
          <p className="present-meta">{tx.reportScenario}{tx.colon}{ctx.scenarioName}{tx.bar}{ctx.date}</p>
          <ReportGapTable rows={buildGapRows(ctx.result, ctx.lang)} horizon={ctx.result.horizon} lang={ctx.lang} />
        </div>
      ) : figure ? (
        <StaticChart figure={figure} width={chartSize.width} height={chartSize.height} label={slide.kind === 'compare' ? tx.presentCompare(name(slide.id)) : name(slide.id)} testId="present-chart" />
      ) : null}
      <div className="present-bar">
        <span>{tx.presentExit}</span>
        <span aria-live="polite">{index + 1} / {count}</span>
      </div>
    </div>,
    document.body,
  );
}
