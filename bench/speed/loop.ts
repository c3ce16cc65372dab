/**
 * The straightforward TF.js loop a user would write for the same feature
 * ablations: for every variant and repeat, copy the eval inputs, permute (or
 * zero) the variant's columns, `model.predict` with the given batch size,
 * score accuracy. Run as its own process by the benchmark:
 *
 *   node --import tsx bench/speed/loop.ts SPEC.json
 *
 * SPEC names the model, the raw inputs (Float64, n × f), the labels, the
 * scaling, the variants and the batch size; prints one JSON line: the loop's
 * seconds (model loaded, backend started) and each variant's mean accuracy.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { useBackend } from '../../src/backend/resolve.js';
import { loadModel } from '../../src/model/load.js';
import { Rng } from '../../src/stats/rng.js';

export interface LoopSpec {
  model: string;
  xFile: string;
  yFile: string;
  rows: number;
  features: number;
  inputShape: number[];
  center: number;
  scale: number;
  variants: { id: string; columns: number[]; mode: 'permute' | 'zero'; repeats: number }[];
  /** Rows per `predict` call; undefined: predict's default (32). */
  batch?: number;
  /** Time only the first this many variants (the rest is extrapolated by the caller). */
  timed?: number;
}

export interface LoopResult {
  seconds: number;
  variantsTimed: number;
  baseline: number;
  accuracies: number[];
}

async function main(): Promise<void> {
  const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoopSpec;
  await useBackend('wasm', { searchFrom: [] });
  const { model } = await loadModel(spec.model, spec.model);
  const raw = new Float64Array(readFileSync(spec.xFile).buffer.slice(0));
  const y = new Float64Array(readFileSync(spec.yFile).buffer.slice(0));
  const { rows, features } = spec;
  const scaled = Float32Array.from(raw, (v) => (v - spec.center) / spec.scale);
  const accuracy = (inputs: Float32Array): number => {
    const predicted = tf.tidy(() => {
      const x = tf.tensor(inputs, [rows, ...spec.inputShape]);
      const out = model.predict(x, spec.batch === undefined ? {} : { batchSize: spec.batch });
      return (out as tf.Tensor).argMax(-1);
    });
    const classes = predicted.dataSync();
    predicted.dispose();
    let right = 0;
    for (let i = 0; i < rows; i++) if (classes[i] === y[i]) right++;
    return right / rows;
  };
  const started = performance.now();
  const baseline = accuracy(scaled);
  const variants = spec.variants.slice(0, spec.timed ?? spec.variants.length);
  const accuracies = variants.map((variant) => {
    let sum = 0;
    for (let r = 0; r < variant.repeats; r++) {
      const copy = scaled.slice();
      if (variant.mode === 'zero') {
        const zero = (0 - spec.center) / spec.scale;
        for (let i = 0; i < rows; i++)
          for (const j of variant.columns) copy[i * features + j] = zero;
      } else {
        const order = Rng.stream(7, 'loop', variant.id, r).permutation(rows);
        for (let i = 0; i < rows; i++) {
          for (const j of variant.columns) copy[i * features + j] = scaled[order[i] * features + j];
        }
      }
      sum += accuracy(copy);
    }
    return sum / variant.repeats;
  });
  const result: LoopResult = {
    seconds: (performance.now() - started) / 1000,
    variantsTimed: variants.length,
    baseline,
    accuracies,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
