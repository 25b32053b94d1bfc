// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { StressIndicatorBlock } from '../../../renderer/components/stress/StressIndicatorBlock';
import { onStressChartExportRequest, type StressChartRequest } from '../../../renderer/export/chart-export-request';
import { ExportDialog } from '../../../renderer/export/ExportDialog';
import type { ExportContext } from '../../../renderer/export/export-actions';
import { createI18n } from '../../../renderer/i18n/setup';
import { project } from '../../../renderer/lib/projection';
import { asTranslate } from '../../../renderer/lib/translate';
import { seedPlan } from '../seed';
import { FISCAL, handMadeIndicator } from './stress-test-data';

afterEach(cleanup);

function withI18n(node: ReactNode) {
  return render(<I18nextProvider i18n={createI18n('zh-CN')}>{node}</I18nextProvider>);
}

function exportContext(): ExportContext {
  const plan = seedPlan();
  const run = project(plan, { name: '情景一' });
  if (!run.ok) throw new Error('the seed plan does not project');
  return {
    plan,
    scenario: { name: '情景一' },
    scenarioId: null,
    scenarioName: '情景一',
    result: run.result,
    baseline: run.result,
    compared: [],
    lang: 'zh-CN',
    t: asTranslate(createI18n('zh-CN').t),
    date: '2026-03-04',
  };
}

const none = () => undefined;

describe('stress chart export entry', () => {
  it("the fan chart's 导出此图 asks for that chart with the run's seed, path count and staleness", () => {
    const got: StressChartRequest[] = [];
    const stop = onStressChartExportRequest((r) => got.push(r));
    const indicator = handMadeIndicator();
    withI18n(<StressIndicatorBlock indicator={indicator} seed={4242} paths={10_000} horizon={2025} stale fanHeight={300} />);
    fireEvent.click(screen.getByTestId(`fan-export-${FISCAL}`));
    stop();
    expect(got).toEqual([{ kind: 'fan', indicator, seed: 4242, paths: 10_000, stale: true }]);
    expect(screen.getByTestId(`fan-export-${FISCAL}`).getAttribute('title')).toBe('导出“财税总收入”扇形图（PNG、SVG、剪贴板）');
  });

  it('the dialog offers the fan chart and the histogram of that indicator, starting on the one asked for', () => {
    const request: StressChartRequest = { kind: 'histogram', indicator: handMadeIndicator(), seed: 1, paths: 10_000, stale: false };
    withI18n(<ExportDialog ctx={exportContext()} indicatorId={FISCAL} stressChart={request} onClose={none} onOpenReport={none} onImported={none} />);
    const select = screen.getByTestId<HTMLSelectElement>('export-stress-chart');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['fan', '财税总收入 · 扇形图'],
      ['histogram', '财税总收入 · 2025年分布'],
    ]);
    expect(select.value).toBe('histogram');
    expect(screen.queryByTestId('export-indicator')).toBeNull();
  });

  it('falls back to the fan chart when the run kept no histogram, and shows the indicator list without a stress chart', () => {
    const indicator = handMadeIndicator({ histogram: { edges: [], counts: [] } });
    const request: StressChartRequest = { kind: 'histogram', indicator, seed: 1, paths: 10_000, stale: false };
    withI18n(<ExportDialog ctx={exportContext()} indicatorId={FISCAL} stressChart={request} onClose={none} onOpenReport={none} onImported={none} />);
    const select = screen.getByTestId<HTMLSelectElement>('export-stress-chart');
    expect([select.value, select.options.length]).toEqual(['fan', 1]);
    cleanup();
    withI18n(<ExportDialog ctx={exportContext()} indicatorId={FISCAL} onClose={none} onOpenReport={none} onImported={none} />);
    expect(screen.getByTestId<HTMLSelectElement>('export-indicator').value).toBe(FISCAL);
    expect(screen.queryByTestId('export-stress-chart')).toBeNull();
  });
});
