import path from 'node:path';
import { Evaluator } from '../../src/ablation/evaluate.js';
import { loadConfig } from '../../src/config/load.js';
import { toPredictions } from '../../src/metrics/index.js';
import type { Predictions } from '../../src/metrics/types.js';
import { modelData, prepareSuite } from '../../src/suite/prepare.js';

/** An example's baseline and ablated predictions, as a run computes them. */
export interface ExamplePredictions {
  seed: number;
  baseline: Predictions;
  components: { id: string; ablated: Predictions[] }[];
}

/**
 * Evaluates the example's baseline and every `every`-th applicable component
 * (with `repeats` repeats of the stochastic ones) on the wasm backend, the
 * way `runSuite` does. The caller starts the backend.
 */
export async function examplePredictions(
  example: 'breast-cancer' | 'digits',
  options: { every: number; repeats: number },
): Promise<ExamplePredictions> {
  const root = path.resolve(import.meta.dirname, '../..');
  const config = await loadConfig(path.join(root, 'examples', example, 'ablation.yml'), {
    cwd: root,
  });
  const suite = await prepareSuite({ ...config, repeats: options.repeats }, root);
  const { dataset } = suite;
  const evaluator = new Evaluator(suite.graph, suite.inputShape, modelData(suite), {
    seed: config.seed,
    repeats: options.repeats,
  });
  try {
    const predict = (outputs: Float32Array): Predictions =>
      toPredictions(dataset.task, dataset.y, outputs, dataset.n, evaluator.outputWidth);
    const chosen = suite.components
      .filter((c) => c.notApplicable === undefined)
      .filter((_, i) => i % options.every === 0);
    const outputs = evaluator.run(chosen);
    return {
      seed: config.seed,
      baseline: predict(evaluator.baseline()),
      components: chosen.map((c) => ({ id: c.id, ablated: outputs.get(c.id)!.map(predict) })),
    };
  } finally {
    evaluator.dispose();
    suite.model.dispose();
  }
}

/**
 * The same predictions read as a regression: P(positive class) as the
 * prediction of the 0/1 label, so that MSE is the Brier score. Real outputs
 * for the regression metrics, which no example has.
 */
export function asRegression(preds: Predictions): Predictions {
  const { n } = preds;
  return {
    task: 'regression',
    n,
    k: 1,
    yTrue: preds.yTrue,
    scores: Float64Array.from({ length: n }, (_, i) => preds.scores[2 * i + 1]),
    predicted: new Int32Array(0),
  };
}
