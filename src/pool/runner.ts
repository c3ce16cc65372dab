import { allocateOutputs, type Evaluator, type Outputs } from '../ablation/evaluate.js';
import type { Component } from '../ablation/plan.js';
import { placeUnit, planUnits, unitLength, type WorkUnit } from '../ablation/units.js';
import type { CurveEvaluator } from '../sensitivity/evaluate.js';
import { WorkerPool } from './pool.js';
import type { PoolUnit, WorkerSetup } from './protocol.js';
import type { RunPool } from './run-pool.js';

/** Evaluates work units: on this thread, or on a pool of workers. */
export interface UnitRunner {
  /** Whether units run elsewhere (queue them all) or here (one at a time, placed as they come). */
  parallel: boolean;
  evaluate(unit: PoolUnit): Promise<Float32Array>;
  close(): Promise<void>;
}

/**
 * A runner over `workers` threads of the run's `pool` (its warm ones first;
 * the `baseline` outputs sent once they load the model), or this thread's
 * evaluator when `workers` is 1, the pool's warm threads stopped. Both run the
 * same code on the same units, so the results are the same to the bit.
 */
export async function startRunner(
  evaluator: Evaluator,
  components: Component[],
  workers: number,
  setup: () => WorkerSetup,
  pool?: RunPool,
  baseline?: () => Float32Array,
  /** This thread's evaluator of sensitivity curve units, when the run has curves. */
  curves?: () => CurveEvaluator,
): Promise<UnitRunner> {
  if (workers <= 1) {
    await pool?.stopThreads();
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
  const threads = await WorkerPool.start(setup(), workers, pool, baseline);
  return {
    parallel: true,
    evaluate: (unit) => threads.evaluate(unit),
    close: () => threads.close(),
  };
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
