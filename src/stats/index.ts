/**
 * Statistics primitives (DESIGN §7): exact binomial and McNemar tests, the
 * paired accuracy tests of the regression gate, Wilson intervals, multiple-
 * testing adjustments, the paired bootstrap, Student's t and the interval of
 * a mean over seeds. Pure functions; every random draw comes from `Rng`.
 */
export { Rng } from './rng.js';
export { binomialCdf, binomialLogPmf, binomialPmf, binomialSf } from './binomial.js';
export { binomialTest, mcnemarExact, type Alternative } from './binomtest.js';
export { erf, erfc, normalCdf, normalQuantile } from './normal.js';
export { wilsonInterval } from './wilson.js';
export { seedMean, type SeedMean } from './seed-mean.js';
export { incompleteBeta, logGamma, studentTCdf, studentTQuantile } from './student-t.js';
export { adjustForMultipleComparisons, benjaminiHochberg, holm } from './multiple.js';
export {
  mcnemarRegression,
  pairedExactTest,
  pairedTailProbability,
  tangoStatistic,
  type PairedCounts,
} from './paired.js';
export { bootstrapCounts, percentileInterval } from './bootstrap.js';
