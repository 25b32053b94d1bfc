// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GapPanel } from '../../renderer/components/GapPanel';
import { createI18n } from '../../renderer/i18n/setup';
import { buildGapRows } from '../../renderer/lib/gap-rows';
import { project } from '../../renderer/lib/projection';
import { setGrowth } from '../../renderer/lib/scenario-edit';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { seedPlan } from './seed';

afterEach(cleanup);

// The seed plan: 财税总收入 16.9 亿元 in 2020 with a 9 % a year target, 地方财政收入 6.1 亿元 at 8 %; the baseline grows at the target rates.
const FISCAL_TARGET = 16.9 * 1.09 ** 5;
const LOCAL_TARGET = 6.1 * 1.08 ** 5;
const yi = (v: number): string => `${v.toFixed(2)} 亿元`;

function renderPanel(scenario: Scenario, lang: 'zh-CN' | 'en' = 'zh-CN', onOpen = vi.fn()) {
  const run = project(seedPlan(), scenario);
  if (!run.ok) throw new Error('does not run');
  const i18n = createI18n(lang);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <GapPanel rows={buildGapRows(run.result, lang)} horizon={run.result.horizon} scenarioName={scenario.name} onOpen={onOpen} />
    </I18nextProvider>,
  );
  return { view, onOpen };
}

function cell(id: string, field: string): string {
  const row = document.querySelector(`tr[data-indicator="${id}"]`);
  const el = row?.querySelector(`[data-field="${field}"]`);
  return (el?.textContent ?? '').replace(/\u00a0/g, ' ');
}

describe('GapPanel', () => {
  it('shows the seed baseline from a real engine run, lead indicators first', () => {
    renderPanel({ name: '基准' });
    const rows = [...document.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-indicator'));
    expect(rows.slice(0, 2)).toEqual(['fiscal-revenue-total', 'local-fiscal-revenue']);
    expect(cell('fiscal-revenue-total', 'projected')).toBe(yi(FISCAL_TARGET));
    expect(cell('fiscal-revenue-total', 'target')).toBe(yi(FISCAL_TARGET));
    expect(cell('local-fiscal-revenue', 'projected')).toBe(yi(LOCAL_TARGET));
    expect(cell('local-fiscal-revenue', 'target')).toBe(yi(LOCAL_TARGET));
    expect(cell('fiscal-revenue-total', 'status')).toContain('可达标');
  });

  it('marks an off-track indicator in words and opens it on click', () => {
    const { onOpen } = renderPanel(setGrowth({ name: 's' }, 'fiscal-revenue-total', 0.052));
    const end = 16.9 * 1.052 ** 5;
    expect(cell('fiscal-revenue-total', 'projected')).toBe(yi(end));
    expect(cell('fiscal-revenue-total', 'gap')).toBe(`\u2212${yi(FISCAL_TARGET - end)}`);
    expect(cell('fiscal-revenue-total', 'status')).toContain('未达标');
    const row = document.querySelector<HTMLElement>('tr[data-indicator="fiscal-revenue-total"]');
    if (!row) throw new Error('no row');
    fireEvent.click(within(row).getByRole('button', { name: /财税总收入/ }));
    expect(onOpen).toHaveBeenCalledWith('fiscal-revenue-total');
  });

  it('speaks English when asked', () => {
    renderPanel({ name: 'base' }, 'en');
    expect(screen.getByRole('heading', { name: 'Gaps to the 2025 targets' })).toBeTruthy();
    expect(cell('fiscal-revenue-total', 'projected')).toBe(`${FISCAL_TARGET.toFixed(2)} 100 million yuan`);
    expect(cell('fiscal-revenue-total', 'status')).toContain('On track');
  });
});
