// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormulaField } from '../../renderer/components/FormulaField';
import { createI18n } from '../../renderer/i18n/setup';
import { buildSymbolTable } from '../../shared/engine/symbol-table';
import { seedPlan } from './seed';

afterEach(cleanup);

const symbols = buildSymbolTable(seedPlan(), ['share']).names;

function renderField(lang: 'zh-CN' | 'en' = 'zh-CN') {
  const onCommit = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <FormulaField formula={undefined} symbols={symbols} onCommit={onCommit} />
    </I18nextProvider>,
  );
  const input = screen.getByTestId('formula-input');
  return { onCommit, input };
}

describe('FormulaField', () => {
  it('commits a valid formula as it is typed', () => {
    const { onCommit, input } = renderField();
    fireEvent.change(input, { target: { value: 'fiscal * share' } });
    expect(onCommit).toHaveBeenCalledWith('fiscal * share');
    expect(screen.queryByTestId('formula-error')).toBeNull();
  });

  it('refuses an unknown symbol with a message naming it, marks it, and commits nothing', () => {
    const { onCommit, input } = renderField();
    fireEvent.change(input, { target: { value: 'fiscl * share' } });
    const error = screen.getByTestId('formula-error');
    expect(error.textContent).toContain('fiscl');
    expect(error.querySelector('mark')?.textContent).toBe('fiscl');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('explains in English when the UI is English', () => {
    const { input } = renderField('en');
    fireEvent.change(input, { target: { value: 'fiscal * sharee' } });
    const error = screen.getByTestId('formula-error');
    expect(error.textContent).toContain('sharee');
    expect(error.textContent).toMatch(/[A-Za-z]{4,}/);
  });

  it('clears the formula when emptied', () => {
    const onCommit = vi.fn();
    render(
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <FormulaField formula="prev * 1.05" symbols={symbols} onCommit={onCommit} />
      </I18nextProvider>,
    );
    fireEvent.change(screen.getByTestId('formula-input'), { target: { value: '' } });
    expect(onCommit).toHaveBeenCalledWith(undefined);
  });
});
