import { readFileSync } from 'node:fs';
import type { MetricName, Task } from '../../src/config/types.js';
import { toPredictions } from '../../src/metrics/to-predictions.js';
import type { Predictions } from '../../src/metrics/types.js';

/** One case of test/golden/metrics.json (written by scripts/golden/metrics.py). */
export interface GoldenCase {
  name: string;
  task: Task;
  k: number;
  width: number;
  yTrue: number[];
  outputs: number[];
  float32: boolean;
  weights: number[] | null;
  cls: number | null;
  expected: Partial<Record<MetricName, number | null>>;
}

export const golden = JSON.parse(
  readFileSync(new URL('../golden/metrics.json', import.meta.url), 'utf8'),
) as { sklearn: string; cases: GoldenCase[] };

/** A case's predictions, built from its raw outputs the way the product builds them. */
export function casePredictions(c: GoldenCase): Predictions {
  const outputs = c.float32 ? Float32Array.from(c.outputs) : Float64Array.from(c.outputs);
  return toPredictions(c.task, c.yTrue, outputs, c.yTrue.length, c.width);
}

/** The predictions with example i repeated weights[i] times: what a resample is. */
export function expand(preds: Predictions, weights: Float64Array): Predictions {
  const rows: number[] = [];
  weights.forEach((w, i) => {
    for (let r = 0; r < w; r++) rows.push(i);
  });
  const { k } = preds;
  const scores = new Float64Array(rows.length * k);
  rows.forEach((i, j) => scores.set(preds.scores.subarray(i * k, (i + 1) * k), j * k));
  return {
    task: preds.task,
    n: rows.length,
    k,
    yTrue: Float64Array.from(rows, (i) => preds.yTrue[i]),
    scores,
    predicted:
      preds.task === 'regression'
        ? new Int32Array(0)
        : Int32Array.from(rows, (i) => preds.predicted[i]),
  };
}
