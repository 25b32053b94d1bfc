/**
 * Version of the stress engine's numbers: saved with every run so a result can be traced to the code that made it.
 * Bump it whenever the same (plan, scenario, spec, seed, paths) would give different numbers.
 */
export const STRESS_ENGINE_VERSION = 'tuiyan-stress/1';

/**
 * The random number scheme, saved with every run: xoshiro128** (Blackman & Vigna), one stream per chunk seeded by
 * SplitMix64 of seed × 2^32 + chunk index; standard normals by a 128-layer ziggurat (Marsaglia & Tsang 2000).
 */
export const STRESS_ALGORITHM = 'xoshiro128**; chunk streams from splitmix64(seed·2^32 + chunk); normal: ziggurat-128';

/** Paths per chunk: the unit of work a worker runs; its random stream depends only on (seed, chunk index). */
export const CHUNK_SIZE = 8192;

/** Default number of paths of a run. */
export const DEFAULT_PATHS = 10_000;

/** Most paths one run may ask for. */
export const MAX_PATHS = 1_000_000;

/** Fine histogram bins per tracked indicator-year (plus one underflow and one overflow bin). */
export const HIST_BINS = 2048;

/** Paths of the pilot run that fixes every histogram's range before the real run (its own random stream). */
export const PILOT_PATHS = 2048;

/** Stream index of the pilot run; chunk indices stay far below it (MAX_PATHS / CHUNK_SIZE < 123). */
export const PILOT_STREAM = 0xffffffff;

/** The percentiles reported per indicator and year, as fractions. */
export const PERCENTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] as const;

/** Coarse bins of the display histogram at the horizon (before the optional underflow / overflow bins). */
export const DISPLAY_BINS = 40;
