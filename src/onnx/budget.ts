/**
 * A time limit on an ONNX suite: no timed sample and no reduction of repeats or rows — the
 * deadline alone, each evaluation estimated at the cost of the baseline pass the suite's
 * preparation timed. Components the deadline reaches are reported as not evaluated.
 */
import type { Component } from '../ablation/plan.js';
import type { RunBudget } from '../results/types.js';
import type { OnnxSuite } from './suite.js';

export interface OnnxBudget {
  record: RunBudget;
  deadline: number;
  unitSeconds: number;
  fits: boolean;
}

export function onnxTimeLimit(
  suite: OnnxSuite,
  components: readonly Component[],
  options: { limit: number; startedAt: number; now: number },
): OnnxBudget {
  const units = components
    .filter((c) => c.notApplicable === undefined)
    .reduce((sum, c) => sum + (c.stochastic ? suite.config.repeats : 1), 0);
  const unitSeconds = suite.baselineSeconds;
  const estimate = (options.now - options.startedAt) / 1000 + unitSeconds * units;
  const tail = Math.max(0.5, 0.02 * options.limit);
  return {
    record: {
      limit: options.limit,
      estimate: Math.round(estimate * 10) / 10,
      repeats: null,
      rows: null,
      notEvaluated: 0,
    },
    deadline: options.startedAt + (options.limit - tail) * 1000,
    unitSeconds,
    fits: estimate <= options.limit - tail,
  };
}
