/**
 * A model whose output for a row depends on the other rows of its batch (batch statistics
 * exported in training mode, a mean over axis 0): ablation-ci runs each ablation's changed rows
 * in batches of their own, the baseline in batches of up to 8,192 rows, so such a model's
 * contributions would depend on how rows are batched, not on the ablation. Found by running the
 * same first rows alone (2 rows) and with a third row joined: each of the two rows must keep
 * its outputs, to float32 noise.
 */
import type { ModelData } from '../ablation/inputs.js';
import { probeRows, type OnnxSession } from './session.js';

/** Relative change of an output beyond float32 noise between batch sizes. */
const TOLERANCE = 1e-5;

/** The line that refuses the model, or undefined when its rows are independent. */
export async function batchDependence(
  session: OnnxSession,
  data: ModelData,
  shown: string,
): Promise<string | undefined> {
  const f = data.features.length;
  // Rows 0, 1 and 2 (repeating the data's rows when it has fewer).
  const inputs = probeRows(data, 3);
  const alone = await session.predict(inputs.subarray(0, 2 * f), 2);
  const joined = await session.predict(inputs, 3);
  const width = alone.length / 2;
  for (let i = 0; i < alone.length; i++) {
    const [a, b] = [alone[i], joined[i]];
    if (!(Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a))) && !(a === b)) {
      const row = Math.floor(i / width) + 1;
      return `${shown}: the model's output for a row depends on the other rows of its batch (output "${session.io.output}" of row ${row} is ${a} beside row ${3 - row} and ${b} when row 3 joins them); ablation-ci runs changed rows in batches of their own, so export the model in eval mode (torch: model.eval(); batch statistics frozen)`;
    }
  }
  return undefined;
}
