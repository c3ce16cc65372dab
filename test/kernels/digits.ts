/**
 * The digits example's data as a `train()` module receives it: the rows
 * examples/digits/train.ts trained on, pixels / 16, and the 599 rows it
 * held out (data/eval.csv) to score the result.
 */
import path from 'node:path';
import { readCsv, stratifiedSplit } from '../../examples/split.js';

export const CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

export interface DigitsRows {
  n: number;
  features: string[];
  classes: string[];
  x: Float32Array;
  y: Float32Array;
}

/** The training rows and the held-out rows, split as examples/digits/train.ts splits them. */
export function digits(): { train: DigitsRows; held: DigitsRows } {
  const table = readCsv(path.join('examples', 'digits', 'data', 'digits.csv'));
  const label = table.columns.indexOf('digit');
  const features = table.columns.filter((_, j) => j !== label);
  const labels = table.cells.map((row) => row[label]);
  const { train, held } = stratifiedSplit(labels, CLASSES, 1 / 3, 42);
  const rows = (indices: number[]): DigitsRows => ({
    n: indices.length,
    features,
    classes: CLASSES,
    x: Float32Array.from(
      indices.flatMap((i) =>
        table.cells[i].flatMap((v, j) => (j === label ? [] : [Number(v) / 16])),
      ),
    ),
    y: Float32Array.from(indices, (i) => CLASSES.indexOf(labels[i])),
  });
  return { train: rows(train), held: rows(held) };
}

/** The share of rows whose most probable class is their label. */
export function accuracy(
  probabilities: Float32Array | Int32Array | Uint8Array,
  rows: DigitsRows,
): number {
  const k = rows.classes.length;
  let correct = 0;
  for (let i = 0; i < rows.n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++)
      if (probabilities[i * k + c] > probabilities[i * k + best]) best = c;
    if (best === rows.y[i]) correct++;
  }
  return correct / rows.n;
}
