import type { Results } from '../../src/results/types.js';
import { Rng } from '../../src/stats/rng.js';
import { blocks, drawRows, rate, type Rate, type Settings, type Side } from './documents.js';

/** The seed of every draw the calibration makes (the gate's own seed is the trial number). */
export const BENCH_SEED = 20240601;

/** The eval set taken as the whole population, and what is fixed across trials. */
export interface Population {
  template: Results;
  /** Class index per population row. */
  labels: Float64Array;
  alpha: number;
  /** Bootstrap resamples of the gate's unpaired and non-accuracy checks. */
  resamples: number;
}

/**
 * Null (a): the same model on two independent bootstrap resamples of the
 * population (different data hashes, so the gate's unpaired bootstrap). The
 * true accuracy difference is exactly 0.
 */
export function nullSameModel(
  population: Population,
  outputs: Float32Array,
  options: { trials: number; tolerance: number; withTests: boolean },
): Rate {
  const size = population.labels.length;
  let blocked = 0;
  for (let trial = 0; trial < options.trials; trial++) {
    const draw = (side: string): Side => ({
      rows: drawRows(Rng.stream(BENCH_SEED, 'null-unpaired', trial, side), size, size),
      outputs,
      dataHash: `sha256:null-unpaired-${trial}-${side}`,
    });
    const { template, labels } = population;
    const gate = settings(population, trial, options);
    if (blocks(template, labels, draw('base'), draw('head'), gate)) blocked++;
  }
  return rate(blocked, options.trials);
}

/**
 * Null (b): two models with equal accuracy in the population, both scored on
 * the same bootstrap resample of it (same data hash, so the gate's exact
 * paired test).
 */
export function nullTwoModels(
  population: Population,
  base: Float32Array,
  head: Float32Array,
  options: { trials: number; tolerance: number },
): Rate {
  return pairedRate(population, base, head, 'null-paired', population.labels.length, options);
}

/**
 * Power (c): the model against a degraded copy, both scored on the same
 * `size` rows drawn from the population (paired).
 */
export function power(
  population: Population,
  base: Float32Array,
  head: Float32Array,
  options: { trials: number; tolerance: number; size: number },
): Rate {
  return pairedRate(population, base, head, 'power', options.size, options);
}

function pairedRate(
  population: Population,
  base: Float32Array,
  head: Float32Array,
  label: string,
  size: number,
  options: { trials: number; tolerance: number },
): Rate {
  let blocked = 0;
  for (let trial = 0; trial < options.trials; trial++) {
    const rows = drawRows(Rng.stream(BENCH_SEED, label, trial), population.labels.length, size);
    const dataHash = `sha256:${label}-${trial}`;
    const [before, after] = [base, head].map((outputs): Side => ({ rows, outputs, dataHash }));
    const gate = settings(population, trial, { ...options, withTests: false });
    if (blocks(population.template, population.labels, before, after, gate)) blocked++;
  }
  return rate(blocked, options.trials);
}

function settings(
  population: Population,
  trial: number,
  options: { tolerance: number; withTests: boolean },
): Settings {
  return {
    seed: trial,
    resamples: population.resamples,
    tolerance: options.tolerance,
    alpha: population.alpha,
    withTests: options.withTests,
  };
}

/**
 * A degraded model for the power check: the outputs p → 1 − p, which flips
 * the predicted class, on `losses` rows the model gets right and `wins` rows
 * it gets wrong, each drawn at random. The population accuracy drops by
 * exactly (losses − wins) / n. Returns the outputs and the flipped rows
 * (ascending).
 */
export function degrade(
  outputs: Float32Array,
  labels: Float64Array,
  counts: { losses: number; wins: number },
): { outputs: Float32Array; lost: number[]; won: number[] } {
  const rows = [...labels.keys()];
  const right = rows.filter((i) => predictedClass(outputs[i]) === labels[i]);
  const wrong = rows.filter((i) => predictedClass(outputs[i]) !== labels[i]);
  const pick = (from: number[], count: number, label: string): number[] => {
    const order = Rng.stream(BENCH_SEED, 'degrade', label).permutation(from.length);
    return [...order.subarray(0, count)].map((k) => from[k]).sort((a, b) => a - b);
  };
  const lost = pick(right, counts.losses, 'losses');
  const won = pick(wrong, counts.wins, 'wins');
  const degraded = Float32Array.from(outputs);
  for (const row of [...lost, ...won]) {
    degraded[row] = 1 - outputs[row];
    if (predictedClass(degraded[row]) === predictedClass(outputs[row]))
      throw new Error(`flipping row ${row} (output ${outputs[row]}) did not change its class`);
  }
  return { outputs: degraded, lost, won };
}

/** The gate's predicted class of one sigmoid output: [1 − p, p], the first on ties. */
export function predictedClass(p: number): number {
  return p > 1 - p ? 1 : 0;
}

/** Rows a model gets right. */
export function correctCount(outputs: Float32Array, labels: Float64Array): number {
  return labels.reduce((sum, label, i) => sum + (predictedClass(outputs[i]) === label ? 1 : 0), 0);
}
