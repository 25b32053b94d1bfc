import { useTranslation } from 'react-i18next';

/** The autosave state of the current scenario. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

/** Shows the autosave state in words (已保存 / 未保存 / 保存中 / 保存失败) with a symbol, announced politely. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  const icon = { saved: '✓', unsaved: '●', saving: '…', error: '!' }[state];
  return (
    <span className={`save-status save-${state}`} role="status" aria-live="polite" data-testid="save-status" data-state={state}>
      <span aria-hidden="true">{icon}</span> {t(`save.${state}`)}
      {state === 'error' ? (
        <button type="button" className="small-button" onClick={onRetry}>
          {t('save.retry')}
        </button>
      ) : null}
    </span>
  );
}
