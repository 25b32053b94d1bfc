import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** A message at the top of the window: an error (a failed call, a refused value) or information, with an optional action. */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
  action?: { label: string; run: () => void };
}

/** How long information stays up, in ms (longer when it offers an action such as undoing a delete). Errors stay until closed. */
const INFO_MS = 6000;
const ACTION_MS = 15000;

/** Shows the current notice with its action and a close button; information closes itself after a while. */
export function NoticeBar({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(onClose, notice.action ? ACTION_MS : INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, onClose]);
  if (!notice) return null;
  return (
    <div className={`notice-bar ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span className="notice-text">{notice.text}</span>
      {notice.action ? (
        <button type="button" className="small-button" onClick={notice.action.run} data-testid="notice-action">
          {notice.action.label}
        </button>
      ) : null}
      <button type="button" className="small-button" onClick={onClose} aria-label={t('common.close')}>
        ×
      </button>
    </div>
  );
}
