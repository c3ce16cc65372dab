import { regressionGate } from '../../src/compare/gate.js';
import type { Results, TestResult } from '../../src/results/types.js';
import type { Rng } from '../../src/stats/rng.js';
import { clopperPearsonInterval } from '../../src/stats/clopper-pearson.js';
import { decodeSlice, encodeSlice } from '../../src/results/slice.js';

/**
 * What one side of a trial stores in its results document: a model's outputs
 * (one sigmoid output per row) on rows drawn from the population.
 */
export interface Side {
  /** Rows of the population drawn for this run (with repeats). */
  rows: Int32Array;
  /** The model's outputs on the population (all of its rows). */
  outputs: Float32Array;
  /** Equal on both sides makes the gate pair the runs. */
  dataHash: string;
}

/** The gate settings of a trial (the head's `run`). */
export interface Settings {
  seed: number;
  resamples: number;
  tolerance: number;
  alpha: number;
  /** Keep the model unit tests (slices follow the drawn rows) or gate on the overall metric only. */
  withTests: boolean;
}

/** n row indices drawn uniformly with replacement from 0..size-1. */
export function drawRows(rng: Rng, size: number, n: number): Int32Array {
  return Int32Array.from({ length: n }, () => rng.int(size));
}

/**
 * Builds the results document of one run from a real one (the template): its
 * stored predictions become the drawn rows' outputs and labels, and each model
 * unit test's slice becomes the drawn rows that fall in the original slice.
 */
export function runDocument(
  template: Results,
  labels: Float64Array,
  side: Side,
  settings: Settings,
): Results {
  const n = side.rows.length;
  const drawnLabels = Float64Array.from(side.rows, (row) => labels[row]);
  const drawnOutputs = Float32Array.from(side.rows, (row) => side.outputs[row]);
  const tests = settings.withTests
    ? template.tests.map((test) => resliced(test, side.rows, template.baseline.n))
    : [];
  return {
    ...template,
    source: { ...template.source, dataHash: side.dataHash },
    run: {
      ...template.run,
      seed: settings.seed,
      resamples: settings.resamples,
      gate: {
        ...template.run.gate,
        regression: { metric: 'accuracy', tolerance: settings.tolerance, alpha: settings.alpha },
      },
    },
    baseline: { ...template.baseline, n },
    components: [],
    tests,
    predictions: {
      encoding: 'base64-le',
      shape: [n, 1],
      baseline: base64(drawnOutputs),
      labels: base64(drawnLabels),
    },
  };
}

/** Whether the gate blocks the head (any regression after Holm). */
export function blocks(
  template: Results,
  labels: Float64Array,
  base: Side,
  head: Side,
  settings: Settings,
): boolean {
  const decision = regressionGate(
    runDocument(template, labels, base, settings),
    runDocument(template, labels, head, settings),
  );
  return decision.regressions.length > 0;
}

/** A rate over trials, with its 95% Clopper–Pearson interval. */
export interface Rate {
  trials: number;
  blocked: number;
  rate: number;
  ci: [number, number];
}

export function rate(blocked: number, trials: number): Rate {
  return { trials, blocked, rate: blocked / trials, ci: clopperPearsonInterval(blocked, trials) };
}

function resliced(test: TestResult, rows: Int32Array, populationSize: number): TestResult {
  if (test.slice === undefined) return test;
  const inSlice = new Uint8Array(populationSize);
  for (const row of decodeSlice(test.slice, populationSize)) inSlice[row] = 1;
  const kept: number[] = [];
  rows.forEach((row, i) => {
    if (inSlice[row] === 1) kept.push(i);
  });
  return { ...test, n: kept.length, slice: encodeSlice(Int32Array.from(kept), rows.length) };
}

function base64(values: Float32Array | Float64Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}
