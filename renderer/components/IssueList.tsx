import { useTranslation } from 'react-i18next';
import type { ScenarioIssue } from '../../shared/engine';

/** Why the projection could not be updated: each problem with the field it is about. The last good result stays shown. */
export function IssueList({ issues }: { issues: readonly ScenarioIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <div className="notice error" role="alert" data-testid="projection-issues">
      <p className="notice-title">{t('issues.title')}</p>
      <ul>
        {issues.map((i, k) => (
          <li key={k}>
            <code>{i.path}</code>: {i.message}
          </li>
        ))}
      </ul>
      <p className="hint">{t('issues.kept')}</p>
    </div>
  );
}
