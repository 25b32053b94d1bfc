import type { ReactNode } from 'react';

/** A clear empty state: what is missing, what to do, and the action itself. */
export function EmptyState({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  return (
    <div className="empty-state" data-testid="empty-state">
      <h2>{title}</h2>
      <p>{body}</p>
      {children ? <div className="button-row">{children}</div> : null}
    </div>
  );
}
