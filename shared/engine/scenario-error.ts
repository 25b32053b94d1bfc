import type { ScenarioIssue } from './engine-types';

/** Thrown by prepareModel for a scenario that does not fit the plan; carries every problem found, each with its JSON path. */
export class ScenarioError extends Error {
  readonly issues: readonly ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}
