import { regressionGate } from '../../src/compare/gate.js';
import { Rng } from '../../src/stats/rng.js';
import { drawRows, rate, runDocument, type Rate, type Settings } from './documents.js';
import { BENCH_SEED, type Population } from './experiments.js';

/** How often a null trial's gate decision depends on the gate's seed. */
export interface SeedFlips {
  trials: number;
  seeds: number;
  /** Trials whose decision differs between seeds. */
  flips: Rate;
  /** Trials blocked under the first seed (the false-block rate). */
  blocked: Rate;
  /** The largest Monte Carlo error of a bootstrap p seen, and the most resamples drawn. */
  largestError: number;
  mostResamples: number;
}

/**
 * Null (a) with unit tests (the same model on two bootstrap resamples of the
 * population, so every check is an unpaired bootstrap) decided under
 * `seeds` gate seeds per trial.
 */
export function seedFlips(
  population: Population,
  outputs: Float32Array,
  options: { trials: number; seeds: number; tolerance: number },
): SeedFlips {
  const size = population.labels.length;
  let flips = 0;
  let blocked = 0;
  let largestError = 0;
  let mostResamples = 0;
  for (let trial = 0; trial < options.trials; trial++) {
    const side = (which: string) => ({
      rows: drawRows(Rng.stream(BENCH_SEED, 'seed-flips', trial, which), size, size),
      outputs,
      dataHash: `sha256:seed-flips-${trial}-${which}`,
    });
    const base = side('base');
    const head = side('head');
    const decisions = new Set<boolean>();
    for (let s = 0; s < options.seeds; s++) {
      const settings: Settings = {
        seed: 1000 * trial + s,
        resamples: population.resamples,
        tolerance: options.tolerance,
        alpha: population.alpha,
        withTests: true,
      };
      const gate = regressionGate(
        runDocument(population.template, population.labels, base, settings),
        runDocument(population.template, population.labels, head, settings),
      );
      const block = gate.regressions.length > 0;
      if (s === 0 && block) blocked++;
      decisions.add(block);
      for (const c of gate.checks) {
        largestError = Math.max(largestError, c.monteCarloError ?? 0);
        mostResamples = Math.max(mostResamples, c.resamples ?? 0);
      }
    }
    if (decisions.size > 1) flips++;
  }
  return {
    trials: options.trials,
    seeds: options.seeds,
    flips: rate(flips, options.trials),
    blocked: rate(blocked, options.trials),
    largestError,
    mostResamples,
  };
}
