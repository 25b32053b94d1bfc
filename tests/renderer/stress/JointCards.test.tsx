// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { StressResults } from '../../../renderer/components/stress/StressResults';
import { createI18n } from '../../../renderer/i18n/setup';
import { compactRun, readSavedRun } from '../../../renderer/lib/stress-saved-run';
import type { StressResult } from '../../../shared/stress/stress-types';
import { FISCAL, LOCAL, lognormalRun } from './stress-test-data';

afterEach(cleanup);

const NBSP = '\u00a0';

/** A run of 4,000 paths with hand-set joint figures: the pair met on 1,200 paths (30 %), all targets on 200 (5 %). */
function handSetResult(): StressResult {
  const { result } = lognormalRun();
  return {
    ...result,
    jointProbability: 0.05,
    jointStandardError: Math.sqrt((0.05 * 0.95) / 4000),
    jointMet: 200,
    jointSets: [{ id: 'revenue', indicators: [FISCAL, LOCAL], probability: 0.3, standardError: Math.sqrt((0.3 * 0.7) / 4000), met: 1200 }],
  };
}

function show(result: StressResult, lang: 'zh-CN' | 'en' = 'zh-CN') {
  return render(
    <I18nextProvider i18n={createI18n(lang)}>
      <StressResults result={result} source={{ kind: 'live' }} shown={[]} fanHeight={300} onShow={() => undefined} onHide={() => undefined} />
    </I18nextProvider>,
  );
}

const field = (card: HTMLElement, name: string): string => (card.querySelector(`[data-field="${name}"]`)?.textContent ?? '').replaceAll(NBSP, ' ');

describe('the revenue pair card', () => {
  it('comes first, before the all-targets card, with its probability ± standard error and met count', () => {
    show(handSetResult());
    const cards = Array.from(document.querySelectorAll<HTMLElement>('.prob-card.joint'));
    expect(cards.map((c) => c.dataset.testid)).toEqual(['prob-card-joint-revenue', 'prob-card-joint']);
    const pair = screen.getByTestId('prob-card-joint-revenue');
    expect(pair.querySelector('h3')?.textContent).toBe('财税总收入与地方财政收入同时达标');
    expect(pair.getAttribute('aria-label')).toBe('财税总收入与地方财政收入同时达标的概率');
    expect(field(pair, 'probability')).toBe('30.0%');
    // √(0.3 × 0.7 / 4000) = 0.00725
    expect(field(pair, 'se')).toBe('± 0.7%');
    expect(field(pair, 'met')).toBe('1,200 / 4,000 条');
    expect(pair.className).toContain('tone-unlikely');
    const all = screen.getByTestId('prob-card-joint');
    expect(field(all, 'probability')).toBe('5.0%');
    expect(field(all, 'met')).toBe('200 / 4,000 条');
  });

  it('reads "Both revenue targets met" in English', () => {
    show(handSetResult(), 'en');
    const pair = screen.getByTestId('prob-card-joint-revenue');
    expect(pair.querySelector('h3')?.textContent).toBe('Both revenue targets met');
    expect(field(pair, 'met')).toBe('1,200 of 4,000');
  });

  it('names the indicators of any other set', () => {
    const r = handSetResult();
    show({ ...r, jointSets: [{ id: 'custom', indicators: [LOCAL, FISCAL], probability: 0.8, standardError: 0.01, met: 3200 }] });
    const card = screen.getByTestId('prob-card-joint-custom');
    expect(card.querySelector('h3')?.textContent).toBe('地方财政收入、财税总收入同时达标');
    expect(card.className).toContain('tone-likely');
  });

  it('is absent from a run saved before joint sets existed: only the all-targets card shows', () => {
    const saved = compactRun({}, handSetResult());
    const old: unknown = JSON.parse(JSON.stringify(saved), (key, v: unknown) => (key === 'jointSets' ? undefined : v));
    expect(JSON.stringify(old)).not.toContain('jointSets');
    const back = readSavedRun(old);
    if (!back) throw new Error('the old run did not open');
    expect(back.result.jointSets).toEqual([]);
    show(back.result);
    expect(Array.from(document.querySelectorAll<HTMLElement>('.prob-card.joint')).map((c) => c.dataset.testid)).toEqual(['prob-card-joint']);
  });

  it('is kept by a saved run and reopens with the same figures', () => {
    const r = handSetResult();
    const back = readSavedRun(JSON.parse(JSON.stringify(compactRun({}, r))));
    expect(back?.result.jointSets).toEqual(r.jointSets);
  });
});
