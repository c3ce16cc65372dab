import { toPredictions } from '../metrics/index.js';
import type { Predictions } from '../metrics/types.js';
import type { Results } from '../results/types.js';

/** The baseline predictions a results document stores, ready for the metrics. */
export function storedPredictions(results: Results): Predictions {
  const [n, width] = results.predictions.shape;
  const outputs = new Float32Array(decode(results.predictions.baseline, n * width * 4));
  const labels = new Float64Array(decode(results.predictions.labels, n * 8));
  return toPredictions(results.task, labels, outputs, n, width);
}

function decode(text: string, byteLength: number): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== byteLength) {
    throw new Error(`stored predictions hold ${bytes.length} bytes, expected ${byteLength}`);
  }
  // A fresh, aligned buffer: Buffer's pool offset may not be a multiple of 8.
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
}
