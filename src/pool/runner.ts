import { allocateOutputs, type Evaluator, type Outputs } from '../ablation/evaluate.js';
import type { Component } from '../ablation/plan.js';
import { placeUnit, planUnits, unitLength, type WorkUnit } from '../ablation/units.js';
import type { CurveEvaluator } from '../sensitivity/evaluate.js';
import { WorkerPool } from './pool.js';
import type { PoolUnit, WorkerSetup } from './protocol.js';
import type { WarmThreads } from './warm.js';

/** Evaluates work units: on this thread, or on a pool of workers. */
export interface UnitRunner {
  /** Whether units run elsewhere (queue them all) or here (one at a time, placed as they come). */
  parallel: boolean;
  evaluate(unit: PoolUnit): Promise<Float32Array>;
  close(): Promise<void>;
}

/**
 * A runner over `workers` threads (the `warm` ones first; the `baseline`
 * outputs sent once they load the model), or this thread's evaluator when
 * `workers` is 1, the warm threads stopped. Both run the
 * same code on the same units, so the results are the same to the bit.
 */
export async function startRunner(
  evaluator: Evaluator,
  components: Component[],
  workers: number,
  setup: () => WorkerSetup,
  warm?: WarmThreads,
  baseline?: () => Float32Array,
  /** This thread's evaluator of sensitivity curve units, when the run has curves. */
  curves?: () => CurveEvaluator,
): Promise<UnitRunner> {
  if (workers <= 1) {
    await warm?.close();
    return {
      parallel: false,
      evaluate: (unit) =>
        Promise.resolve(
          unit.on === 'curve'
            ? curves!().evaluateUnit(unit)
            : evaluator.evaluateUnit(unit, components),
        ),
      close: () => Promise.resolve(),
    };
  }
  const pool = await WorkerPool.start(setup(), workers, warm, baseline);
  return { parallel: true, evaluate: (unit) => pool.evaluate(unit), close: () => pool.close() };
}

/**
 * Outputs of the components at `indices` of the plan (every repeat of the
 * stochastic ones), by component id. `onProgress` gets the component
 * repeats done so far.
 */
export async function evaluateComponents(
  runner: UnitRunner,
  plan: { components: Component[]; repeats: number; n: number; width: number; rowsPerPass: number },
  indices: number[],
  onProgress?: (done: number) => void,
): Promise<Map<string, Outputs[]>> {
  const { components, repeats, n, width } = plan;
  const chosen = indices.map((i) => components[i]);
  const outputs = allocateOutputs(chosen, repeats, n * width);
  const units = planUnits(components, indices, repeats, n, plan.rowsPerPass);
  let done = 0;
  const place = (unit: WorkUnit, values: Float32Array): void => {
    placeUnit(unit, values, components, outputs, width);
    done += unitLength(unit, 1) / n;
    onProgress?.(done);
  };
  if (runner.parallel) {
    await Promise.all(units.map(async (unit) => place(unit, await runner.evaluate(unit))));
  } else {
    for (const unit of units) place(unit, await runner.evaluate(unit));
  }
  return outputs;
}
