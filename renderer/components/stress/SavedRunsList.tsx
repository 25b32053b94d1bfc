import { useTranslation } from 'react-i18next';
import { formatBackupTime } from '../../lib/data-format';
import { toLang } from '../../lib/format';
import { formatCount, formatShare } from '../../lib/stress-cards';
import type { SavedStress } from '../../lib/stress-saved-run';

/** One saved run as listed: its record fields, the parsed result (null when unreadable) and whether it is stale. */
export interface SavedRunItem {
  id: string;
  createdAt: string;
  seed: number | null;
  paths: number | null;
  saved: SavedStress | null;
  stale: boolean;
}

/** Props of the saved-runs list; `openId` is the run on screen, if any. */
export interface SavedRunsListProps {
  items: readonly SavedRunItem[];
  openId: string | null;
  waiting: boolean;
  onOpen: (id: string) => void;
}

/**
 * The scenario's saved stress runs, newest first: when, seed, paths, the joint probability, and a 过期 mark
 * when the scenario has changed since; opening one shows its stored figures without rerunning.
 */
export function SavedRunsList({ items, openId, waiting, onOpen }: SavedRunsListProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  return (
    <div className="saved-runs">
      {waiting ? <p className="hint" role="status">{t('stress.saved.waiting')}</p> : null}
      {items.length === 0 ? (
        <p className="hint">{t('stress.saved.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="diff-table saved-runs-table" data-testid="saved-runs">
            <caption className="sr-only">{t('stress.saved.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stress.saved.time')}</th>
                <th scope="col" className="num">{t('stress.run.seed')}</th>
                <th scope="col" className="num">{t('stress.run.paths')}</th>
                <th scope="col" className="num">{t('stress.saved.joint')}</th>
                <th scope="col">{t('scenarios.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} data-run={r.id} className={r.id === openId ? 'active' : ''} data-stale={r.stale}>
                  <td>
                    {formatBackupTime(r.createdAt, lang)}
                    {r.stale ? (
                      <span className="tag stale-tag" title={t('stress.saved.staleTitle')} data-testid="stale-tag">
                        {t('stress.saved.stale')}
                      </span>
                    ) : null}
                  </td>
                  <td className="num">{r.seed ?? '—'}</td>
                  <td className="num">{r.paths === null ? '—' : formatCount(r.paths, lang)}</td>
                  <td className="num">{r.saved ? formatShare(r.saved.result.jointProbability, lang) : '—'}</td>
                  <td>
                    <button type="button" className="small-button" disabled={!r.saved} onClick={() => onOpen(r.id)} data-testid="open-run">
                      {r.id === openId ? t('stress.saved.shown') : t('stress.saved.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
