import { readFileSync } from 'node:fs';
import type { Results } from '../../src/results/types.js';

/** A real results document of the breast-cancer example (made by the bundled CLI). */
export function breastCancerResults(): Results {
  return JSON.parse(readFileSync('test/fixtures/results/breast-cancer.json', 'utf8')) as Results;
}

/**
 * A copy whose stored baseline predictions are wrong on the given rows: the
 * sigmoid output p becomes 1 − p, which flips the predicted class.
 */
export function withFlippedRows(results: Results, rows: number[]): Results {
  const copy = structuredClone(results);
  const outputs = new Float32Array(decode(copy.predictions.baseline));
  for (const row of rows) outputs[row] = 1 - outputs[row];
  copy.predictions.baseline = Buffer.from(outputs.buffer).toString('base64');
  return copy;
}

/** Rows the stored baseline predicts correctly (binary, one sigmoid output). */
export function correctRows(results: Results): number[] {
  const outputs = new Float32Array(decode(results.predictions.baseline));
  const labels = new Float64Array(decode(results.predictions.labels));
  const rows: number[] = [];
  labels.forEach((label, i) => {
    if ((outputs[i] > 0.5 ? 1 : 0) === label) rows.push(i);
  });
  return rows;
}

function decode(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
}
