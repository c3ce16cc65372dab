import { describe, expect, it } from 'vitest';
import { featureChange, fillRows, type ModelData } from '../../src/ablation/inputs.js';
import type { FeatureComponent } from '../../src/ablation/plan.js';
import { loadConfig } from '../../src/config/load.js';
import { loadOnnxRuntime } from '../../src/onnx/runtime/load.js';
import { disposeOnnxSuite, prepareOnnxSuite, withScaledRows } from '../../src/onnx/suite.js';
import { Rng } from '../../src/stats/rng.js';
import { onnxRepo } from './helpers.js';

/** 7 rows × f features of awkward values, scaled by awkward centers and scales. */
function data(f: number): ModelData {
  const rng = Rng.stream(3, 'test', 'scaled-rows');
  const n = 7;
  return {
    n,
    features: Array.from({ length: f }, (_, j) => `x${j}`),
    x: Float64Array.from({ length: n * f }, () => (rng.next() - 0.5) * 1e3),
    center: Float64Array.from({ length: f }, () => rng.next() * 10),
    scale: Float64Array.from({ length: f }, () => 0.1 + rng.next() * 3),
  };
}

const component = (mode: FeatureComponent['mode'], columns: Int32Array): FeatureComponent =>
  ({
    on: 'features',
    id: `x:${JSON.stringify(mode)}`,
    features: Array.from(columns, (j) => `x${j}`),
    mode,
  }) as FeatureComponent;

/** Features, and the changed columns: scattered ones, and long runs copied by blocks. */
const LAYOUTS = [
  [5, [1, 3, 4]],
  [60, [...Array.from({ length: 20 }, (_, k) => 3 + k), 30, 32, 33, 34, 59, 58, 40, 41]],
] as const;

describe('an ONNX suite keeps its scaled rows: copies equal to the values computed again', () => {
  it.each(
    (['permute', 'zero', 'mean', { value: 0.25 }] as const).flatMap((mode) =>
      LAYOUTS.map(([f, columns]) => [mode, f, columns] as const),
    ),
  )(
    '%j: fillRows writes the same float32 values with and without them (%i features)',
    (mode, f, written) => {
      const plain = data(f);
      const kept = withScaledRows(plain);
      expect(kept.scaled).toHaveLength(7 * f);
      const columns = Int32Array.from(written);
      const means = new Float64Array(f).fill(1.5);
      for (let repeat = 0; repeat < 2; repeat++) {
        const change = featureChange(component(mode, columns), columns, repeat, plain, 5, means);
        const a = new Float32Array(3 * f + 2);
        const b = new Float32Array(3 * f + 2);
        // Rows 2..5 at offset 2, as a batch of changed rows is written.
        fillRows(a, 2, 2, 5, plain, change);
        fillRows(b, 2, 2, 5, kept, change);
        expect(b).toEqual(a);
        fillRows(a, 0, 0, 3, plain);
        fillRows(b, 0, 0, 3, kept);
        expect(b).toEqual(a);
      }
    },
  );

  it('prepareOnnxSuite keeps them for its eval rows', async () => {
    const root = await onnxRepo('onnx-resnet');
    const config = await loadConfig('suite/ablation.yml', { cwd: root });
    const suite = await prepareOnnxSuite(config, root, await loadOnnxRuntime('auto', [root]));
    try {
      const { modelData } = suite;
      const expected = new Float32Array(modelData.n * modelData.features.length);
      fillRows(expected, 0, 0, modelData.n, { ...modelData, scaled: undefined });
      expect(modelData.scaled).toEqual(expected);
    } finally {
      await disposeOnnxSuite(suite);
    }
  }, 60_000);
});
