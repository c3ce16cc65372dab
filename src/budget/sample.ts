import type { Outputs } from '../ablation/evaluate.js';
import type { Column, Dataset } from '../data/types.js';
import type { Config } from '../config/types.js';
import { Rng } from '../stats/rng.js';
import type { PreparedData } from '../suite/prepare.js';
import { planBudget, type WorkClass } from './plan.js';
import type { RunBudget } from '../results/types.js';
import type { Noise } from '../sensitivity/plan.js';

/** What the timed sample measured, in seconds over all rows. */
export interface Sample {
  /** The baseline pass, scored on every resample. */
  fixed: number;
  /**
   * Layer ablations, then feature ablations (those present in the plan),
   * then the sensitivity curves' noisy evaluations by kind of noise.
   */
  work: WorkClass[];
  /** Seconds of one unit of the dearest kind of ablation. */
  ablationUnit: number;
  /** Seconds of one noisy evaluation (a grid point's repeat) of each kind of curve in the plan. */
  curveSeconds: Partial<Record<Noise, number>>;
  /** The baseline's outputs on every row (runSuite need not compute them again). */
  baseline: Outputs;
}

/**
 * `rows` of the eval set's rows, stratified by label (each class keeps its
 * share, largest remainders rounding), drawn from the run's seed; ascending.
 */
export function subsampleRows(dataset: Dataset, rows: number, seed: number): Int32Array {
  const strata = new Map<number, number[]>();
  for (let i = 0; i < dataset.n; i++) {
    const key = dataset.classes === undefined ? 0 : dataset.y[i];
    const list = strata.get(key) ?? [];
    list.push(i);
    strata.set(key, list);
  }
  const keys = [...strata.keys()].sort((a, b) => a - b);
  const exact = keys.map((k) => (strata.get(k)!.length * rows) / dataset.n);
  const counts = exact.map(Math.floor);
  const order = keys
    .map((_, i) => i)
    .sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
  for (let r = 0, left = rows - counts.reduce((a, b) => a + b, 0); r < left; r++)
    counts[order[r]]++;
  const kept: number[] = [];
  keys.forEach((key, i) => {
    const members = strata.get(key)!;
    const permutation = Rng.stream(seed, 'time-limit', 'rows', key).permutation(members.length);
    for (let j = 0; j < counts[i]; j++) kept.push(members[permutation[j]]);
  });
  return Int32Array.from(kept).sort();
}

/** The suite on the given rows only: data, labels, columns and test slices alike. */
export function restrictRows<S extends PreparedData>(suite: S, kept: Int32Array): S {
  const { dataset } = suite;
  const f = dataset.features.length;
  const x = new Float64Array(kept.length * f);
  kept.forEach((row, i) => x.set(dataset.x.subarray(row * f, (row + 1) * f), i * f));
  const columns = new Map<string, Column>();
  for (const [name, column] of dataset.columns) {
    columns.set(
      name,
      column.kind === 'number'
        ? { kind: 'number', values: Float64Array.from(kept, (row) => column.values[row]) }
        : { kind: 'string', values: Array.from(kept, (row) => column.values[row]) },
    );
  }
  const position = new Int32Array(dataset.n).fill(-1);
  kept.forEach((row, i) => (position[row] = i));
  return {
    ...suite,
    dataset: {
      ...dataset,
      n: kept.length,
      x,
      y: Float64Array.from(kept, (row) => dataset.y[row]),
      columns,
    },
    tests: suite.tests.map((test) => ({
      ...test,
      rows: Int32Array.from(Array.from(test.rows, (row) => position[row]).filter((i) => i >= 0)),
    })),
  };
}

/**
 * A suite fitted to `limit` seconds by its timed sample, whatever the model
 * format: the plan `planBudget` gives, its rows a stratified, seeded
 * subsample (`restrict` keeps them), its repeats reduced, the record of both
 * for the results, and the deadline (the limit less a tail for assembling).
 */
export function fitBySample<S extends PreparedData & { config: Config }>(
  suite: S,
  sample: Pick<Sample, 'fixed' | 'work'>,
  seconds: () => number,
  options: { limit: number; startedAt: number },
  restrict: (suite: S, kept: Int32Array) => S,
): { suite: S; budget: RunBudget; deadline: number; fits: boolean } {
  const { config, dataset } = suite;
  const plan = planBudget({
    limit: options.limit,
    elapsed: seconds() - options.startedAt / 1000,
    fixed: sample.fixed,
    work: sample.work,
    rows: dataset.n,
    repeats: config.repeats,
    minRows: minRows(dataset),
  });
  let fitted = suite;
  if (plan.rows < dataset.n)
    fitted = restrict(suite, subsampleRows(dataset, plan.rows, config.seed));
  if (plan.repeats !== config.repeats) {
    fitted = { ...fitted, config: { ...fitted.config, repeats: plan.repeats } };
  }
  const round = (s: number): number => Math.round(s * 10) / 10;
  const tail = Math.max(0.5, 0.02 * options.limit);
  return {
    suite: fitted,
    budget: {
      limit: options.limit,
      estimate: round(plan.estimate),
      repeats: plan.repeats === config.repeats ? null : { from: config.repeats, to: plan.repeats },
      rows: plan.rows === dataset.n ? null : { from: dataset.n, to: plan.rows },
      notEvaluated: 0,
    },
    deadline: options.startedAt + (options.limit - tail) * 1000,
    fits: plan.fits,
  };
}

/** Fewest rows a time limit's subsample of `dataset` keeps. */
export function minRows(dataset: Dataset): number {
  const classes = dataset.classes?.length ?? 1;
  return Math.min(dataset.n, Math.max(MIN_ROWS, 2 * classes));
}

/** Fewest rows a subsample keeps: intervals on fewer say little. */
const MIN_ROWS = 50;
