/**
 * Calibration of the regression gate on the breast-cancer example: how often
 * it blocks when nothing regressed (should be at most alpha) and how often it
 * blocks a known 2-point accuracy drop (power). The 199 eval rows are the
 * population, so each null hypothesis holds exactly in it.
 *
 * Run from the repository root: npm run bench:stats (writes bench/results/stats.md);
 * `npm run bench:stats -- --trials 50` runs every simulation with 50 trials, a quick check.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runEngine } from '../src/pipeline/engine.js';
import {
  BENCH_SEED,
  correctCount,
  degrade,
  nullSameModel,
  nullTwoModels,
  power,
  type Population,
} from './calibration/experiments.js';
import { equalPair, trainSeeds } from './calibration/models.js';
import { calibrationReport, type Calibration, type NullRow } from './calibration/report.js';
import { seedFlips } from './calibration/seed-flips.js';
import {
  aucAtThreshold,
  changedNull,
  f1AtThreshold,
  noiseColumnNull,
  proportionAtThreshold,
  SIZES,
  THRESHOLDS,
} from './calibration/small-n.js';
import { smallNReport } from './calibration/small-n-report.js';
import { continuousAtThreshold, populations } from './calibration/continuous-tests.js';
import {
  CONTINUOUS_HEADING,
  continuousReport,
  issue15Report,
} from './calibration/issue15-report.js';
import { retrainCoverage, SEED_COUNTS, SPLITS } from './calibration/retrain-coverage.js';
import { publish } from './markdown.js';
import { sensitivityCalibration } from './calibration/sensitivity.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONFIG = 'examples/breast-cancer/ablation.yml';
const ALPHA = 0.05;
/** `--trials N`: every simulation with N trials (the family and seed-flip checks with N/2 and N/5). */
const TRIALS = trialsArgument(process.argv.slice(2));
const DEFAULT_TOLERANCE = 0.01;
/** Bootstrap resamples per gate call (the example runs 1,000); 500 keeps the run short. */
const RESAMPLES = 500;
const NULL_TRIALS = TRIALS ?? 1000;
/** The family-wise check runs 6 bootstrap checks per trial: fewer trials keep it short. */
const FAMILY_TRIALS = TRIALS === undefined ? 500 : Math.ceil(TRIALS / 2);
const POWER_TRIALS = TRIALS ?? 1000;
const POWER_ROWS = 1000;
/** The degraded models: rows the model gets right made wrong, and wrong made right. */
const DEGRADED = [
  { losses: 4, wins: 0, tolerances: [0, 0.005, 0.008, 0.009, 0.01, 0.011, 0.012] },
  { losses: 6, wins: 2, tolerances: [0, 0.003, 0.004, 0.005, 0.006, 0.008, 0.01] },
];
const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);
/** Simulated slices per unit-test row and trials per contribution null (issue 9). */
const SMALL_N_TRIALS = TRIALS ?? 1000;
/** Null trials of the seed-flip check, each gated under SEED_COUNT seeds. */
const FLIP_TRIALS = TRIALS === undefined ? 200 : Math.ceil(TRIALS / 5);
const SEED_COUNT = 5;
/** Trials per retrain-coverage row (issue 15, item 32) and per continuous unit-test row (item 34). */
const COVERAGE_TRIALS = TRIALS ?? 600;
const CONTINUOUS_TRIALS = TRIALS ?? 600;

function trialsArgument(args: string[]): number | undefined {
  const i = args.indexOf('--trials');
  if (i === -1) return undefined;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`bench:stats: --trials needs a whole number >= 1, got ${args[i + 1]}\n`);
    process.exit(2);
  }
  return value;
}

/**
 * `--only continuous`: recomputes the last section (unit tests on metrics
 * without an exact method) and replaces it in bench/results/stats.md, the
 * sections before it kept as they are (they do not depend on it).
 */
function onlyContinuous(): void {
  const file = path.join(ROOT, 'bench', 'results', 'stats.md');
  const before = readFileSync(file, 'utf8');
  const at = before.indexOf(CONTINUOUS_HEADING);
  if (at === -1) throw new Error(`${file}: no section "${CONTINUOUS_HEADING}" to replace`);
  const continuous = populations().flatMap((population) =>
    SIZES.map((n) => continuousAtThreshold(population, n, CONTINUOUS_TRIALS)),
  );
  publish('stats', `${before.slice(0, at)}${continuousReport(continuous)}`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--only')) {
    const what = process.argv[process.argv.indexOf('--only') + 1];
    if (what !== 'continuous') {
      process.stderr.write(`bench:stats: --only takes 'continuous', got ${what}\n`);
      process.exit(2);
    }
    onlyContinuous();
    return;
  }
  const started = performance.now();
  const lap = (what: string): void => {
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(`${what}: ${seconds.toFixed(1)} s\n`);
  };

  // The committed model's outputs on the eval rows, through the engine, and a
  // real results document to clone (its tests give the slices).
  const { results } = await runEngine(CONFIG, {
    cwd: ROOT,
    backend: 'wasm',
    source: () => Promise.resolve({ commit: null, ref: null }),
  });
  const bytes = (text: string): ArrayBuffer => new Uint8Array(Buffer.from(text, 'base64')).buffer;
  const outputs = new Float32Array(bytes(results.predictions.baseline));
  const labels = new Float64Array(bytes(results.predictions.labels));
  const size = labels.length;
  const population: Population = { template: results, labels, alpha: ALPHA, resamples: RESAMPLES };
  const tolerances = [DEFAULT_TOLERANCE, 0];
  lap('engine run');

  const nulls: NullRow[] = [];
  for (const tolerance of tolerances) {
    const options = { trials: NULL_TRIALS, tolerance, withTests: false };
    nulls.push({
      check: '(a) same model, two resamples',
      method: 'unpaired bootstrap',
      tolerance,
      rate: nullSameModel(population, outputs, options),
    });
  }
  const checks = 1 + results.tests.length;
  for (const tolerance of tolerances) {
    const options = { trials: FAMILY_TRIALS, tolerance, withTests: true };
    nulls.push({
      check: `(a) same, + ${checks - 1} unit tests (Holm, ${checks} checks)`,
      method: 'unpaired bootstrap',
      tolerance,
      rate: nullSameModel(population, outputs, options),
    });
  }
  lap('null (a)');

  const models = await trainSeeds(SEEDS, labels);
  const pair = equalPair(models, labels);
  if (pair === undefined) throw new Error(`no two of seeds ${SEEDS.join(', ')} tie on accuracy`);
  lap('training');
  for (const tolerance of tolerances) {
    const options = { trials: NULL_TRIALS, tolerance };
    nulls.push({
      check: `(b) seeds ${pair.base.seed} vs ${pair.head.seed}, equal accuracy`,
      method: 'exact paired',
      tolerance,
      rate: nullTwoModels(population, pair.base.outputs, pair.head.outputs, options),
    });
  }
  lap('null (b)');

  const powerRuns = DEGRADED.map((counts) => {
    const degraded = degrade(outputs, labels, counts);
    const rates = counts.tolerances.map((tolerance) =>
      power(population, outputs, degraded.outputs, {
        trials: POWER_TRIALS,
        tolerance,
        size: POWER_ROWS,
      }),
    );
    return { ...counts, lost: degraded.lost, won: degraded.won, rates };
  });
  lap('power (c)');

  const calibration: Calibration = {
    size,
    alpha: ALPHA,
    defaultTolerance: DEFAULT_TOLERANCE,
    resamples: RESAMPLES,
    seed: BENCH_SEED,
    baseCorrect: correctCount(outputs, labels),
    nulls,
    seeds: models.map(({ seed, correct }) => ({ seed, correct })),
    pair: {
      base: pair.base.seed,
      head: pair.head.seed,
      correct: pair.base.correct,
      losses: pair.losses,
      wins: pair.wins,
    },
    powerRows: POWER_ROWS,
    power: powerRuns,
  };
  const grid = SIZES.flatMap((n) => THRESHOLDS.map((threshold) => ({ n, threshold })));
  const proportions = grid.map(({ n, threshold }) => proportionAtThreshold(n, threshold));
  const bootstrapFree = [
    ...grid.map(({ n, threshold }) => f1AtThreshold(n, threshold, SMALL_N_TRIALS)),
    ...grid.map(({ n, threshold }) => aucAtThreshold(n, threshold, SMALL_N_TRIALS)),
  ];
  lap('unit tests at the threshold');
  const contributions = [
    ...Array.from({ length: 10 }, (_, i) => changedNull(i + 1, 'accuracy', SMALL_N_TRIALS)),
    changedNull(10, 'f1', SMALL_N_TRIALS),
    noiseColumnNull('log_loss', 1, SMALL_N_TRIALS),
    noiseColumnNull('log_loss', 5, SMALL_N_TRIALS),
    noiseColumnNull('accuracy', 1, SMALL_N_TRIALS),
    noiseColumnNull('roc_auc', 1, SMALL_N_TRIALS),
  ];
  lap('contribution nulls');
  const flips = seedFlips(population, outputs, {
    trials: FLIP_TRIALS,
    seeds: SEED_COUNT,
    tolerance: 0,
  });
  lap('seed flips');
  const coverage = SEED_COUNTS.flatMap((k) =>
    SPLITS.map((split) => retrainCoverage(k, split, COVERAGE_TRIALS)),
  );
  lap('retrain coverage');
  const continuous = populations().flatMap((population) =>
    SIZES.map((n) => continuousAtThreshold(population, n, CONTINUOUS_TRIALS)),
  );
  lap('continuous unit tests');
  publish(
    'stats',
    `${calibrationReport(calibration)}\n\n${smallNReport({
      trials: SMALL_N_TRIALS,
      proportions,
      bootstrapFree,
      contributions,
      seedFlips: flips,
      family: 50,
    })}\n\n${issue15Report(coverage, continuous)}`,
  );
  await sensitivityCalibration(TRIALS ?? 100); // issue #20: bench/results/sensitivity.md
}

await main();
