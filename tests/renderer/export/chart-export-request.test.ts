import { describe, expect, it } from 'vitest';
import {
  isStressChartRequest,
  onChartExportRequest,
  onStressChartExportRequest,
  requestChartExport,
  requestStressChartExport,
  STRESS_CHART_EXPORT_EVENT,
  type StressChartRequest,
} from '../../../renderer/export/chart-export-request';
import { handMadeIndicator } from '../stress/stress-test-data';

const request: StressChartRequest = { kind: 'histogram', indicator: handMadeIndicator(), seed: 20210101, paths: 10_000, stale: true };

describe('chart export requests', () => {
  it('carries a stress chart to the listener as sent, until it stops listening', () => {
    const target = new EventTarget();
    const got: StressChartRequest[] = [];
    const stop = onStressChartExportRequest((r) => got.push(r), target);
    requestStressChartExport(request, target);
    stop();
    requestStressChartExport({ ...request, kind: 'fan' }, target);
    expect(got).toEqual([request]);
  });

  it('keeps trajectory and stress requests apart and ignores malformed stress events', () => {
    const target = new EventTarget();
    const ids: string[] = [];
    const stress: StressChartRequest[] = [];
    onChartExportRequest((id) => ids.push(id), target);
    onStressChartExportRequest((r) => stress.push(r), target);
    requestChartExport('gdp', target);
    for (const detail of [null, 'gdp', { ...request, kind: 'pie' }, { ...request, seed: 'x' }, { ...request, indicator: {} }]) {
      target.dispatchEvent(new CustomEvent(STRESS_CHART_EXPORT_EVENT, { detail }));
    }
    expect(ids).toEqual(['gdp']);
    expect(stress).toEqual([]);
    expect(isStressChartRequest(request)).toBe(true);
  });
});
