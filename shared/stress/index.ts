/** The stress engine's public surface: spec schema and validation, calibration, runs (in-process or chunked for workers), hashing, sensitivity. */
export { STRESS_ENGINE_VERSION, STRESS_ALGORITHM, CHUNK_SIZE, DEFAULT_PATHS, MAX_PATHS, HIST_BINS, PERCENTILES } from './stress-constants';
export {
  uncertaintySpecSchema,
  growthDistributionSchema,
  parameterDistributionSchema,
  shockEventSchema,
  economySchema,
  correlationSchema,
  UNCERTAINTY_SCHEMA_VERSION,
  type UncertaintySpec,
  type Distribution,
  type ShockEvent,
} from './stress-schema';
export { validateUncertaintySpec, parseUncertaintySpec, checkUncertaintySpec, type SpecValidation } from './validate-stress-spec';
export { suggestUncertainty, SUGGESTED_LOADINGS, MIN_SUGGESTED_SD, type UncertaintySuggestion, type SuggestionRow } from './calibrate';
export { simulateStress } from './simulate-stress';
export { defaultJointSets, jointSetIssues, MAX_JOINT_SETS, REVENUE_JOINT_SET, REVENUE_PAIR } from './joint-sets';
export { prepareStress, chunkCount, type StressSetup, type StressCore } from './prepare-stress';
export { createPartial, runChunk, chunkPaths } from './stress-chunk';
export { mergePartials } from './stress-merge';
export { summarizeStress, standardError } from './stress-summary';
export { buildLayout, flatLayout } from './stress-layout';
export { assumptionsHash, fnv1a64 } from './assumptions-hash';
export { canonicalJson } from '../util/canonical-json';
export { tornado, defaultTornadoSteps, type TornadoStep, type TornadoBar, type TornadoEnd, type TornadoResult, type SensitivityError } from './tornado';
export { sensitivityGrid, GRID_DEFAULT_PATHS, GRID_MAX_CELL_PATHS, GRID_MAX_TOTAL_PATHS, GRID_MAX_VALUES, type GridAxis, type GridMetric, type GridResult } from './sensitivity-grid';
export { Xoshiro128ss, splitmix64, streamFor } from './prng';
export { normal, fillNormal } from './normal-sampler';
export { normalCdf, normalQuantile } from './normal-cdf';
export { cholesky, correlationMatrixIssues } from './correlation';
export type {
  StressOptions,
  StressLayout,
  StressPartial,
  StressTotals,
  StressResult,
  StressJointSetResult,
  JointSet,
  StressIndicatorResult,
  StressPercentileRow,
  StressHistogram,
  StressPrepareError,
} from './stress-types';
