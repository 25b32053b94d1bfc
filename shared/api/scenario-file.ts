import { z } from 'zod';
import { SCENARIO_SCHEMA_VERSION, scenarioSchema } from '../scenario/scenario-schema';
import type { Scenario } from '../scenario/scenario-schema';

/** The `kind` tag every exported scenario file carries, so a plan file or random JSON is never mistaken for one. */
export const SCENARIO_FILE_KIND = 'tuiyan-scenario';

/** A scenario as written to a file: the scenario itself with its `kind` and `schemaVersion` present. */
export const scenarioFileSchema = scenarioSchema.and(
  z.object({ kind: z.literal(SCENARIO_FILE_KIND), schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION) }),
);
export type ScenarioFile = z.output<typeof scenarioFileSchema>;

/** Adds the file envelope (`kind`, `schemaVersion`) to a stored scenario, first in key order for readable files. */
export function toScenarioFile(scenario: Scenario): ScenarioFile {
  return { kind: SCENARIO_FILE_KIND, schemaVersion: SCENARIO_SCHEMA_VERSION, ...fromScenarioFile(scenario) };
}

/** Drops the file envelope from an imported scenario: the store keeps bare scenarios. */
export function fromScenarioFile(file: Scenario): Scenario {
  const { kind: _kind, schemaVersion: _version, ...scenario } = file;
  return scenario;
}
