import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../lib/format';
import { SaveStatus, type SaveState } from './SaveStatus';

/** The screens of the workbench. */
export type View = 'home' | 'indicator' | 'scenarios' | 'stress';

/** Props of the header: navigation, the current scenario, save state, undo / redo and the language. */
export interface AppHeaderProps {
  title: string;
  view: View;
  onView: (view: View) => void;
  scenarios: readonly { id: string; name: string }[];
  activeId: string | null;
  onActivate: (id: string) => void;
  saveState: SaveState | null;
  onRetrySave: () => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  lang: Lang;
  onLanguage: (lang: Lang) => void;
  /** Extra controls shown first among the header tools (the export toolbar). */
  tools?: ReactNode;
  /** Opens the 数据与备份 (data & backups) dialog; the button shows when given. */
  onData?: () => void;
}

/** The top bar. Every control has a visible or accessible name and is reachable with Tab. */
export function AppHeader(p: AppHeaderProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const tabs: View[] = ['home', 'indicator', 'scenarios', 'stress'];
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-plan">{p.title}</span>
      </div>
      <nav aria-label={t('nav.label')} className="tabs">
        {tabs.map((v) => (
          <button
            key={v}
            type="button"
            className={`tab ${p.view === v ? 'current' : ''}`}
            aria-current={p.view === v ? 'page' : undefined}
            onClick={() => p.onView(v)}
            data-view={v}
          >
            {t(`nav.${v}`)}
          </button>
        ))}
      </nav>
      <div className="header-tools">
        {p.tools}
        {p.onData ? (
          <button type="button" className="icon-button" onClick={p.onData} aria-haspopup="dialog" title={t('data.openTitle')} data-testid="data-open">
            {t('data.open')}
          </button>
        ) : null}
        {p.scenarios.length > 0 ? (
          <span className="field inline">
            <label htmlFor={selectId} className="field-label">{t('header.scenario')}</label>
            <select id={selectId} value={p.activeId ?? ''} onChange={(e) => p.onActivate(e.target.value)} data-testid="scenario-select">
              {p.scenarios.map((s) => (
                <option key={s.id} value={s.id}>{s.name}</option>
              ))}
            </select>
          </span>
        ) : null}
        {p.saveState ? <SaveStatus state={p.saveState} onRetry={p.onRetrySave} /> : null}
        <button type="button" className="icon-button" onClick={p.onUndo} disabled={!p.canUndo} aria-label={t('header.undo')} title={t('header.undoTitle')} data-testid="undo">
          ↶ <span className="label">{t('header.undoShort')}</span>
        </button>
        <button type="button" className="icon-button" onClick={p.onRedo} disabled={!p.canRedo} aria-label={t('header.redo')} title={t('header.redoTitle')} data-testid="redo">
          ↷ <span className="label">{t('header.redoShort')}</span>
        </button>
        <button
          type="button"
          className="lang-button"
          lang={p.lang === 'en' ? 'zh-CN' : 'en'}
          onClick={() => p.onLanguage(p.lang === 'en' ? 'zh-CN' : 'en')}
          aria-label={t('header.switchLanguage')}
          data-testid="language"
        >
          {p.lang === 'en' ? '中文' : 'English'}
        </button>
      </div>
    </header>
  );
}
