/** The projection engine's public surface: validate, prepare once, run (or run the kernel many times), goal seek. */
export type {
  AnnualTargetCheck,
  IndicatorProjection,
  IndicatorSummary,
  PreparedIndicator,
  PreparedModel,
  ProjectionResult,
  ProjectionWarning,
  RequiredNote,
  ScenarioIssue,
  SymbolSlots,
  YearRow,
} from './engine-types';
export { validateScenario, formatIssuePath, type ScenarioValidation } from './validate-scenario';
export { prepareModel, tryPrepareModel, planBaseValue, type PrepareResult } from './prepare-model';
export { ScenarioError } from './scenario-error';
export { projectInto } from './project-kernel';
export { runModel, buildResult, ON_TRACK_TOLERANCE } from './run-model';
export { targetPathInto, trackedPathInto, horizonGap, referenceRate } from './target-path';
export { goalSeek, applyAssumption, type GoalSeekAssumption, type GoalSeekRequest, type GoalSeekResult, type GoalSeekError } from './goal-seek';
export { requiredLevelGrowth, requiredFlowGrowth, flowSum, type Required } from './required-growth';
export { dipMultiplier, levelMultiplier, shockMultiplier, growthShockDelta } from './shock-multipliers';
export { isFlowTarget, targetRate, defaultGrowth, flowTotal } from './target-rates';
export { findRoot, type RootResult } from './root-find';
export { RESERVED_SYMBOLS } from './symbol-table';
