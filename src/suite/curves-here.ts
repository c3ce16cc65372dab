/**
 * Curves on this thread (for the benchmarks and tests): a module of its own, so that the
 * sensitivity stage, which an ONNX run loads too, does not load TF.js's curve evaluator.
 */
import type { Evaluator } from '../ablation/evaluate.js';
import { CurveEvaluator } from '../sensitivity/evaluate.js';
import { modelData, type PreparedSuite } from './prepare.js';
import { curvePlanOf, type CurveRunner } from './sensitivity-stage.js';

/**
 * A runner of curve units on this thread, on `evaluator` (its activation
 * cache and feature path), for the benchmarks and tests; `dispose` it.
 */
export function curvesOnThisThread(
  prepared: PreparedSuite,
  evaluator: Evaluator,
): CurveRunner & { dispose(): void } {
  const curves = new CurveEvaluator(
    evaluator,
    prepared.graph,
    modelData(prepared),
    curvePlanOf(prepared) ?? {
      curves: [],
      settings: { seed: 0, grid: [], repeats: 1, scale: 'std', draws: 'gaussian' },
    },
  );
  return {
    rowsPerPass: evaluator.rowsPerPass,
    width: evaluator.outputWidth,
    evaluate: (unit) => Promise.resolve(curves.evaluateUnit(unit)),
    dispose: () => curves.dispose(),
  };
}
