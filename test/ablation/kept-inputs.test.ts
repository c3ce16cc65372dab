import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Evaluator } from '../../src/ablation/evaluate.js';
import {
  columnMeans,
  featureChange,
  fillRows,
  type FeatureChange,
  type ModelData,
} from '../../src/ablation/inputs.js';
import { planComponents, type Component, type FeatureComponent } from '../../src/ablation/plan.js';
import { keepsScaledInputs, ScaledInputs } from '../../src/ablation/scaled.js';
import { loadConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { buildGraph } from '../../src/model/graph.js';
import { modelData, prepareSuite } from '../../src/suite/prepare.js';
import { Rng } from '../../src/stats/rng.js';
import { useWasm } from '../helpers/backend.js';
import { testConfig } from '../helpers/config.js';

/**
 * The full feature path keeps every row's scaled input once and, per
 * changed row, copies it and rewrites only the ablated columns. The Float32
 * values that reach the model must be those of scaling the whole ablated row
 * again (`fillRows`), to the bit, whether the inputs are kept or the memory
 * budget is too small to keep them.
 */

beforeAll(useWasm);

const n = 9;
const f = 12;
const names = Array.from({ length: f }, (_, j) => `p${j}`);

/** Raw values and a scaling whose quotients are not exact in Float32 (rounding shows). */
function data(): ModelData {
  return {
    n,
    features: names,
    x: Float64Array.from({ length: n * f }, (_, i) => Math.sin(i * 1.7) * 100 + i / 3),
    center: Float64Array.from({ length: f }, (_, j) => j * 0.37 - 1.1),
    scale: Float64Array.from({ length: f }, (_, j) => 0.3 + j / 7),
  };
}

function component(features: string[], mode: FeatureComponent['mode']): FeatureComponent {
  const suffix = typeof mode === 'string' ? mode : `value=${mode.value}`;
  return {
    id: `group:g:${suffix}`,
    on: 'features',
    kind: 'group',
    name: 'g',
    features,
    mode,
    stochastic: mode === 'permute',
  };
}

const bits = (values: Float32Array): number[] => Array.from(new Uint32Array(values.slice().buffer));

describe('ScaledInputs', () => {
  const d = data();
  const index = new Map(names.map((name, j) => [name, j]));
  const cases: [string, string[], FeatureComponent['mode']][] = [
    ['a range of columns, permuted', ['p3', 'p4', 'p5', 'p6'], 'permute'],
    ['scattered columns out of order, permuted', ['p9', 'p2', 'p3', 'p11', 'p0'], 'permute'],
    ['one column, zeroed', ['p7'], 'zero'],
    ['two runs, set to their means', ['p1', 'p2', 'p8', 'p9', 'p10'], 'mean'],
    ['every column, set to a value', names, { value: 0.1 }],
  ];

  it.each(cases)('writes %s as fillRows does, to the bit', (_, features, mode) => {
    const columns = Int32Array.from(features, (name) => index.get(name)!);
    const change = featureChange(component(features, mode), columns, 1, d, 5, columnMeans(d));
    // Rows out of order, so rows (and permutation sources) are scaled on first use.
    const rows = Int32Array.of(6, 0, 8, 3, 2);
    const got = new Float32Array(rows.length * f + 3).fill(-7);
    new ScaledInputs(d).fillChanged(got, 3, rows, change);
    const want = new Float32Array(rows.length * f + 3).fill(-7);
    rows.forEach((row, i) => fillRows(want, 3 + i * f, row, row + 1, d, change));
    expect(bits(got)).toEqual(bits(want));
  });

  it('gives unchanged rows as fillRows writes them', () => {
    const kept = new ScaledInputs(d);
    const some = kept.rows(2, 5).slice();
    const got = kept.rows(0, n);
    expect(bits(got.subarray(2 * f, 5 * f))).toEqual(bits(some));
    const want = new Float32Array(n * f);
    fillRows(want, 0, 0, n, d);
    expect(bits(got)).toEqual(bits(want));
  });

  it('stacks passes to the bit, rewriting only changed columns when the rows repeat', () => {
    const change = (features: string[], mode: FeatureComponent['mode'], repeat: number) =>
      featureChange(
        component(features, mode),
        Int32Array.from(features, (name) => index.get(name)!),
        repeat,
        d,
        5,
        columnMeans(d),
      );
    const band = change(['p3', 'p4', 'p5', 'p6'], 'permute', 0);
    const band2 = change(['p3', 'p4', 'p5', 'p6'], 'permute', 1);
    const scattered = change(['p9', 'p2', 'p11'], 'permute', 0);
    const zero = change(['p0', 'p1'], 'zero', 0);
    const all = Int32Array.from({ length: n }, (_, i) => i);
    const some = Int32Array.of(7, 1, 4);
    const want = (parts: [Int32Array, FeatureChange][]): number[] => {
      const out = new Float32Array(parts.reduce((sum, [rows]) => sum + rows.length, 0) * f);
      let at = 0;
      for (const [rows, c] of parts) {
        rows.forEach((row, i) => fillRows(out, at + i * f, row, row + 1, d, c));
        at += rows.length * f;
      }
      return bits(out);
    };
    const kept = new ScaledInputs(d);
    // Same rows pass after pass (then only columns are rewritten), other rows, the same again.
    const passes: [Int32Array, FeatureChange][][] = [
      [[all, band]],
      [[all, band2]],
      [[all, scattered]],
      [[all, zero]],
      [
        [some, band],
        [some, zero],
      ],
      [
        [some, zero],
        [some, scattered],
      ],
      [
        [some, zero],
        [some, zero],
      ],
      [[all, band]],
    ];
    for (const parts of passes) {
      const got = kept.stack(parts.map(([rows, c]) => ({ rows, change: c })));
      expect(bits(got)).toEqual(want(parts));
    }
  });

  it('is kept when n × f Float32 values take at most half the memory budget', () => {
    expect(keepsScaledInputs(d, 8 * n * f)).toBe(true);
    expect(keepsScaledInputs(d, 8 * n * f - 1)).toBe(false);
  });
});

/**
 * A model with a skip connection whose output is exactly twice its input
 * (x + linear(x) is exact in Float32): its outputs show the inputs that
 * reached it, bit for bit.
 */
function doubling(): tf.LayersModel {
  const input = tf.input({ shape: [f] });
  const same = tf.layers.activation({ activation: 'linear', name: 'same' }).apply(input);
  const sum = tf.layers.add({ name: 'sum' }).apply([input, same as tf.SymbolicTensor]);
  return tf.model({ inputs: input, outputs: sum as tf.SymbolicTensor });
}

/** What the model gets for a feature ablation: the ablated raw rows, scaled into Float32. */
function ablatedInputs(
  d: ModelData,
  c: FeatureComponent,
  seed: number,
  repeat: number,
): Float32Array {
  const { n: rows } = d;
  const f = d.features.length;
  const columns = c.features.map((name) => d.features.indexOf(name));
  const perm = Rng.stream(seed, 'permute', c.id, repeat).permutation(rows);
  const means = columnMeans(d);
  const out = new Float32Array(rows * f);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < f; j++) {
      let raw = d.x[i * f + j];
      if (columns.includes(j)) {
        if (c.mode === 'permute') raw = d.x[perm[i] * f + j];
        else if (c.mode === 'zero') raw = 0;
        else if (c.mode === 'mean') raw = means[j];
        else if (typeof c.mode === 'object') raw = c.mode.value;
      }
      out[i * f + j] = (raw - d.center[j]) / d.scale[j];
    }
  }
  return out;
}

describe('the full feature path', () => {
  const config = testConfig({
    repeats: 2,
    ablations: {
      layers: [],
      layerModes: ['zero'],
      features: ['p0', 'p5', 'p11'],
      featureModes: ['permute', 'zero', 'mean', { value: 2.5 }],
      groups: [
        { name: 'band', features: ['p4', 'p5', 'p6', 'p7'] },
        { name: 'scattered', features: ['p10', 'p1', 'p2'] },
      ],
    },
  });

  // 8·n·f bytes keep the inputs; a budget of a few rows forces the fallback and row batches.
  it.each([
    ['kept', undefined],
    // Three slots of f values per row: 2 rows a pass.
    ['rebuilt (budget too small to keep them)', 8 * 3 * f * 2],
  ])('gives the model the same Float32 inputs, inputs %s', (_, memoryBudget) => {
    const model = doubling();
    const d = data();
    const graph = buildGraph(model);
    const components: Component[] = planComponents(config, graph, d.features);
    const evaluator = new Evaluator(graph, [f], d, { seed: 3, repeats: 2, memoryBudget });
    expect(evaluator.featurePath).toBe('full');
    expect(keepsScaledInputs(d, memoryBudget ?? 256 * 1024 * 1024)).toBe(
      memoryBudget === undefined,
    );
    if (memoryBudget !== undefined) expect(evaluator.rowsPerPass).toBe(2);
    const outputs = evaluator.run(components);
    evaluator.dispose();
    model.dispose();
    const ids = components.map((c) => c.id);
    expect(ids).toContain('group:band:permute');
    expect(ids).toContain('group:scattered:mean');
    expect(ids).toContain('feature:p5:value=2.5');
    for (const c of components) {
      if (c.on !== 'features') continue;
      outputs.get(c.id)!.forEach((got, repeat) => {
        const doubled = ablatedInputs(d, c, 3, repeat).map((v) => v * 2);
        expect(bits(got), `${c.id} repeat ${repeat}`).toEqual(bits(doubled));
      });
    }
  });
});

describe('the digits conv net (full path) with the default memory budget', () => {
  it('keeps the scaled inputs and equals model.predict on every ablated input', async () => {
    const loaded = await loadConfig('examples/digits/ablation.yml', { cwd: process.cwd() });
    const config: Config = {
      ...loaded,
      repeats: 2,
      ablations: {
        ...loaded.ablations,
        layers: [],
        features: ['px_3_3', 'px_[5:6]_[1:2]'],
        featureModes: ['permute', 'zero', 'mean', { value: 0.75 }],
      },
    };
    const suite = await prepareSuite(config, process.cwd());
    const d: ModelData = modelData(suite);
    expect(keepsScaledInputs(d, 256 * 1024 * 1024)).toBe(true);
    const evaluator = new Evaluator(buildGraph(suite.model), suite.inputShape, d, {
      seed: config.seed,
      repeats: 2,
    });
    expect(evaluator.featurePath).toBe('full');
    const outputs = evaluator.run(suite.components);
    evaluator.dispose();
    const checked: string[] = [];
    for (const c of suite.components) {
      if (c.on !== 'features') continue;
      outputs.get(c.id)!.forEach((got, repeat) => {
        const want = tf.tidy(() => {
          const inputs = ablatedInputs(d, c, config.seed, repeat);
          const input = tf.tensor(inputs, [d.n, ...suite.inputShape]);
          return (suite.model.predict(input) as tf.Tensor).dataSync() as Float32Array;
        });
        let worst = 0;
        for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i] - want[i]));
        expect(worst, `${c.id} repeat ${repeat}`).toBeLessThanOrEqual(1e-5);
      });
      checked.push(c.id);
    }
    suite.model.dispose();
    expect(checked).toContain('group:center:permute');
    expect(checked).toContain('feature:px_6_2:value=0.75');
    expect(checked).toHaveLength(4 * (1 + 4 + 4));
  });
});
