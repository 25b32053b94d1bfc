import type { ScenarioIssue } from './engine-types';

/** Issues as one text, each `path: message`, joined by `separator` (a line break, or "; " inside a one-line message). */
export function issuesText(issues: readonly ScenarioIssue[], separator: string): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join(separator);
}

/** Thrown by prepareModel for a scenario that does not fit the plan; carries every problem found, each with its JSON path. */
export class ScenarioError extends Error {
  readonly issues: readonly ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[]) {
    super(issuesText(issues, '\n'));
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}
