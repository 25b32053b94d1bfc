import { useTranslation } from 'react-i18next';
import type { ScenarioIssue } from '../../shared/engine';

/** Props of an issue list; without `title` and `hint` it says the projection could not be updated and the last good result stays. */
export interface IssueListProps {
  issues: readonly ScenarioIssue[];
  /** The line above the list (default: the projection could not be updated). */
  title?: string;
  /** The line under the list (default: the last good result stays shown); null for none. */
  hint?: string | null;
  /** 'warning' is announced politely as a status instead of an alert. */
  kind?: 'error' | 'warning';
  testId?: string;
}

/** Problems, each with the field it is about: why the projection could not be updated, a run refused, a spec with no effect. */
export function IssueList({ issues, title, hint, kind = 'error', testId = 'projection-issues' }: IssueListProps) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  const below = hint === undefined ? t('issues.kept') : hint;
  return (
    <div className={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <p className="notice-title">{title ?? t('issues.title')}</p>
      <ul>
        {issues.map((i, k) => (
          <li key={k}>
            <code>{i.path}</code>: {i.message}
          </li>
        ))}
      </ul>
      {below === null ? null : <p className="hint">{below}</p>}
    </div>
  );
}
