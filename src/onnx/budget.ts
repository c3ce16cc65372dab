/**
 * A time limit on an ONNX suite, as on a TF.js one: a timed sample of the plan (the baseline
 * pass and its scoring, a few components of each kind evaluated by the runtime and scored),
 * then the TF.js budget's own plan (`planBudget`: fewer repeats, then a stratified, seeded
 * subsample of the rows) and deadline. Only the sample's evaluations are the ONNX runtime's.
 */
import type { Component } from '../ablation/plan.js';
import { toPredictions } from '../metrics/index.js';
import type { RunBudget } from '../results/types.js';
import { Baseline, scoreBaseline, scoreContributions } from '../stats/contributions.js';
import { Resamples } from '../stats/resamples.js';
import type { WorkClass } from '../budget/plan.js';
import { fitBySample, restrictRows, type Sample } from '../budget/sample.js';
import { costOfPlan, type PlanCost } from '../budget/plan-cost.js';
import { OnnxEvaluator } from './evaluate.js';
import { withScaledRows, type OnnxSuite } from './suite.js';

/** Components of each kind timed (one repeat each); the first warms the kind up. */
const PROBES = 3;

/** An ONNX suite fitted to a time limit (as `FittedSuite` for TF.js suites). */
export interface OnnxFittedSuite {
  suite: OnnxSuite;
  budget: RunBudget;
  /** Clock time (ms) after which no further chunk of components starts. */
  deadline: number;
  /** Estimated seconds of one unit of work (the dearest kind) on the rows kept. */
  unitSeconds: number;
  /** Whether the reduced plan is expected to finish before the deadline. */
  fits: boolean;
}

/**
 * Times the work of an ONNX plan on a sample of it: the baseline pass (timed when the suite
 * was prepared) and its scoring, then up to PROBES components of each kind (layers, features),
 * one repeat each, evaluated by the runtime and scored as runSuite scores them. Each
 * component is its own runtime call, so a kind's unit is the mean of its probes after the
 * first (which loads what the kind needs: a session, the kernels).
 */
export async function onnxTimeSample(
  suite: OnnxSuite,
  components: readonly Component[],
  clock: () => number,
): Promise<Pick<Sample, 'fixed' | 'work'>> {
  const { config, dataset } = suite;
  const evaluator = new OnnxEvaluator(suite);
  const width = evaluator.outputWidth;
  const predict = (outputs: Float32Array) =>
    toPredictions(dataset.task, dataset.y, outputs, dataset.n, width);
  const start = clock();
  const baseline = new Baseline(config.metrics, predict(suite.baseline));
  const resamples = new Resamples(config.seed, dataset.n, config.resamples);
  const bases = config.metrics.map((name) => scoreBaseline(name, baseline, resamples));
  const fixed = suite.baselineSeconds + (clock() - start);
  const options = { seed: config.seed, confidence: 0.95 };
  const work: WorkClass[] = [];
  try {
    for (const on of ['layers', 'features'] as const) {
      const ofKind = components.filter((c) => c.notApplicable === undefined && c.on === on);
      if (ofKind.length === 0) continue;
      const times: number[] = [];
      for (const component of ofKind.slice(0, PROBES)) {
        const before = clock();
        const outputs = await evaluator.evaluate(component, 0);
        scoreContributions(
          bases,
          baseline,
          [{ id: component.id, ablated: [baseline.record(predict(outputs))] }],
          resamples,
          options,
        );
        times.push(clock() - before);
      }
      const timed = times.length === 1 ? times : times.slice(1);
      work.push({
        deterministic: ofKind.filter((c) => !c.stochastic).length,
        stochastic: ofKind.filter((c) => c.stochastic).length,
        unit: timed.reduce((a, b) => a + b, 0) / timed.length,
      });
    }
  } finally {
    // The first-layer path holds its own sessions.
    await evaluator.close();
  }
  return { fixed, work };
}

/**
 * Fits an ONNX suite to `limit` seconds counted from `startedAt` (ms on `clock`): times a
 * sample of the plan, then reduces repeats and rows as `planBudget` says, as a TF.js suite's
 * `fitToTimeLimit` does.
 */
export async function fitOnnxToTimeLimit(
  suite: OnnxSuite,
  components: readonly Component[],
  options: { limit: number; startedAt: number; clock: () => number },
): Promise<OnnxFittedSuite> {
  const seconds = (): number => options.clock() / 1000;
  const sample = await onnxTimeSample(suite, components, seconds);
  const fit = fitBySample(suite, sample, seconds, options, restrictOnnxRows);
  const scale = fit.suite.dataset.n / suite.dataset.n;
  return { ...fit, unitSeconds: Math.max(0, ...sample.work.map((w) => w.unit)) * scale };
}

/**
 * The ONNX suite on the given rows only: data, labels, columns and test slices as for a TF.js
 * suite (`restrictRows`), and the model's view of them — its input rows and the baseline's
 * predictions on them (the runtime's own, row by row: nothing is run again).
 */
export function restrictOnnxRows(suite: OnnxSuite, kept: Int32Array): OnnxSuite {
  const restricted = restrictRows(suite, kept);
  const width = suite.session.outputWidth;
  const baseline = new Float32Array(kept.length * width);
  kept.forEach((row, i) =>
    baseline.set(suite.baseline.subarray(row * width, (row + 1) * width), i * width),
  );
  return {
    ...restricted,
    modelData: withScaledRows({
      ...suite.modelData,
      n: kept.length,
      x: restricted.dataset.x,
      scaled: undefined,
    }),
    baseline,
    baselineSeconds: (suite.baselineSeconds * kept.length) / suite.dataset.n,
  };
}

/** `validate`'s plan cost for an ONNX suite: its own timed sample, the TF.js estimate. */
export async function onnxPlanCost(
  suite: OnnxSuite,
  components: readonly Component[],
  options: { limit?: number; elapsed?: number; clock?: () => number } = {},
): Promise<PlanCost> {
  const clock = options.clock ?? (() => performance.now() / 1000);
  const sample = await onnxTimeSample(suite, components, clock);
  // onnxruntime-node runs a session on its intra-op threads (src/onnx/session.ts).
  const on =
    suite.runtime.name === 'onnxruntime-node' ? 'onnxruntime-node’s threads' : 'one thread';
  return costOfPlan(sample, suite, components, suite.session.outputWidth, { ...options, on });
}
