// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DistributionFields } from '../../../renderer/components/stress/DistributionFields';
import { RunControls, type RunControlsProps } from '../../../renderer/components/stress/RunControls';
import { createI18n } from '../../../renderer/i18n/setup';
import { workerCount } from '../../../renderer/stress/stress-pool';
import { specSettingKey } from '../../../renderer/state/use-stress-spec';

afterEach(cleanup);

function withI18n(node: ReactNode) {
  return render(<I18nextProvider i18n={createI18n('zh-CN')}>{node}</I18nextProvider>);
}

function controls(over: Partial<RunControlsProps> = {}) {
  const props: RunControlsProps = {
    paths: 10_000,
    seed: 20210101,
    phase: 'idle',
    done: 0,
    total: 0,
    blocked: null,
    onPaths: vi.fn(),
    onSeed: vi.fn(),
    onRun: vi.fn(),
    onCancel: vi.fn(),
    ...over,
  };
  withI18n(<RunControls {...props} />);
  return props;
}

describe('RunControls', () => {
  it('while running: progress with the paths done and the share, Run disabled, Cancel enabled', () => {
    const p = controls({ phase: 'running', done: 245_760, total: 1_000_000 });
    expect(screen.getByRole('status').textContent).toBe('已完成 245,760 / 1,000,000 条路径（25%）');
    expect(screen.getByTestId<HTMLButtonElement>('stress-run').disabled).toBe(true);
    fireEvent.click(screen.getByTestId('stress-cancel'));
    expect(p.onCancel).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId<HTMLInputElement>('stress-paths').disabled).toBe(true);
  });

  it('after a cancel says so; a path count outside 1…1,000,000 is refused, not committed', () => {
    const p = controls({ phase: 'cancelled' });
    expect(screen.getByTestId('stress-cancelled').textContent).toContain('已取消');
    expect(screen.queryByTestId('stress-progress')).toBeNull();
    fireEvent.change(screen.getByTestId('stress-paths'), { target: { value: '2000000' } });
    expect(p.onPaths).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('1000000');
    fireEvent.change(screen.getByTestId('stress-paths'), { target: { value: '50000' } });
    expect(p.onPaths).toHaveBeenCalledWith(50_000);
  });

  it('blocks Run with the reason', () => {
    controls({ blocked: '不确定性设定有误' });
    expect(screen.getByTestId<HTMLButtonElement>('stress-run').disabled).toBe(true);
    expect(screen.getByText('不确定性设定有误')).toBeTruthy();
  });
});

describe('DistributionFields', () => {
  it('shows rates in percent and stores decimals; refuses a negative spread', () => {
    const onChange = vi.fn();
    withI18n(<DistributionFields value={{ kind: 'normal', sd: 0.0626 }} percent allowNone label="财税总收入" testId="d" onChange={onChange} />);
    expect(screen.getByTestId<HTMLInputElement>('d-sd').value).toBe('6.26');
    fireEvent.change(screen.getByTestId('d-sd'), { target: { value: '2.5' } });
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'normal', sd: 0.025 });
    fireEvent.change(screen.getByTestId('d-sd'), { target: { value: '-1' } });
    expect(onChange).toHaveBeenCalledTimes(1);
    fireEvent.change(screen.getByTestId('d-kind'), { target: { value: 'none' } });
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});

describe('stress state helpers', () => {
  it('leaves one core for the window, 1 to 8 workers', () => {
    expect([undefined, 1, 2, 4, 16].map(workerCount)).toEqual([1, 1, 1, 3, 8]);
  });

  it('keeps a scenario’s spec under stress.spec.<id>', () => {
    expect(specSettingKey('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe('stress.spec.0f8fad5b-d9cb-469f-a165-70867728950e');
  });
});
