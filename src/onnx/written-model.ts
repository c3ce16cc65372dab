/**
 * A command suite whose command writes an ONNX model per (variant, seed) (`train.writes: model`)
 * instead of predictions: the model file is checked as a `model: *.onnx` is (src/onnx/checks.ts
 * and the same output and probability rules as src/onnx/suite.ts: a ZipMap, several inputs, a
 * dynamic feature axis, an op the runtime lacks, several outputs with no `output:`, logits read
 * as probabilities), then run by the ONNX runtime on the eval rows the command was given — the
 * kept features' raw values, in the eval CSV's order — and its outputs go on exactly as a
 * predictions file's would (scored, cached, NaN and ±Infinity refused).
 */
import { readFile } from 'node:fs/promises';
import type { ModelData } from '../ablation/inputs.js';
import type { Config } from '../config/types.js';
import type { Dataset } from '../data/types.js';
import { InputError, errorMessage } from '../errors.js';
import { notRegular } from '../files/kind.js';
import { fedInputs, modelRefusal } from './checks.js';
import { inlineExternalData } from './external-data.js';
import { decodeModel, encodeModel, type ModelProto } from './model.js';
import { TensorProto_DataType } from './onnx-ml_pb.js';
import type { ModelRunner } from '../retrain/command.js';
import { runOutputsProblem } from '../retrain/outputs.js';
import type { OnnxRuntime } from './runtime/load.js';
import type { OnnxSession } from './session.js';
import { checkProbabilities, chooseOutput, createSession, evalDataFailure } from './suite.js';

/** What the written model is run on: the eval data and the features the variant kept. */
interface ModelRun {
  config: Config;
  runtime: OnnxRuntime;
  eval: Dataset;
  /** The kept features, in the eval file's column order (the columns the command was given). */
  features: string[];
}

/** The retrain stage's model runner for a suite's written ONNX models, on `runtime`. */
export function writtenModelRunner(
  config: Config,
  runtime: OnnxRuntime,
  evalData: Dataset,
): ModelRunner {
  return {
    run: (file, shown, features) =>
      runWrittenModel(file, shown, { config, runtime, eval: evalData, features }),
  };
}

/**
 * The eval outputs (n × width, row-major) of the ONNX model the command wrote at `file`, or
 * the first reason it cannot be scored as one line that starts with `shown` (the file as the
 * user reads it).
 */
export async function runWrittenModel(
  file: string,
  shown: string,
  run: ModelRun,
): Promise<{ outputs: Float32Array; width: number; whole?: Uint8Array } | { error: string }> {
  // A FIFO or device there would block the read (or never end): only a regular file is read.
  const special = await notRegular(file);
  if (special !== undefined) return { error: `${shown} ${special}` };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return { error: `the command wrote no ${shown}` };
  }
  let model: ModelProto;
  try {
    model = decodeModel(bytes);
  } catch (error) {
    return { error: `${shown}: not an ONNX model (${errorMessage(error)})` };
  }
  let external: Uint8Array[];
  try {
    external = await inlineExternalData(model, file, shown);
  } catch (error) {
    return { error: errorMessage(error) };
  }
  const refusal = modelRefusal(shown, model) ?? inputProblem(shown, model, run.features);
  if (refusal !== undefined) return { error: refusal };
  let session: OnnxSession | undefined;
  try {
    const [input] = fedInputs(model.graph!);
    const output = chooseOutput(run.config, shown, model);
    session = await createSession(run.runtime, shown, model, {
      input: input.name,
      output,
      inputShape: inputShape(model),
      as: run.config.output?.as ?? 'probabilities',
    });
    let outputs: Float32Array;
    try {
      outputs = await session.predictAll(modelData(run));
    } catch (error) {
      return {
        error: `${shown}: ${evalDataFailure(run.runtime, error)}`,
      };
    }
    const width = session.outputWidth;
    // Finite values of a width the task takes first: a NaN is a diverged model, not logits.
    const problem = runOutputsProblem(outputs, width, run.eval);
    if (problem !== undefined) return { error: `${shown}: ${problem}` };
    checkProbabilities(run.config, shown, run.eval.task, session, outputs);
    return external.length === 0
      ? { outputs, width }
      : { outputs, width, whole: encodeModel(model) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // Every line starts with the file: a refusal located at the config's `output` key names it inside.
    const { detail } = error;
    if (detail.startsWith(`${shown}: `)) return { error: detail };
    return { error: `${shown}: ${detail.replace(`the model ${shown} `, 'the model ')}` };
  } finally {
    await session?.close();
  }
}

/** The per-example input shape (the batch axis dropped; modelRefusal checked it is fixed). */
function inputShape(model: ModelProto): number[] {
  const [input] = fedInputs(model.graph!);
  const type = input.type?.value.case === 'tensorType' ? input.type.value.value : undefined;
  return (type?.shape?.dim ?? []).slice(1).map((d) => Number(d.value.value));
}

/** A float input that takes one value per kept feature, or the line that says why not. */
function inputProblem(shown: string, model: ModelProto, features: string[]): string | undefined {
  const [input] = fedInputs(model.graph!);
  const type = input.type?.value.case === 'tensorType' ? input.type.value.value : undefined;
  if (type?.elemType !== TensorProto_DataType.FLOAT) {
    const kind = TensorProto_DataType[type?.elemType ?? 0];
    return `${shown}: input "${input.name}" is ${kind}, not FLOAT; export it with a float32 input`;
  }
  const shape = inputShape(model);
  const width = shape.reduce((a, d) => a * d, 1);
  if (width === features.length) return undefined;
  return (
    `${shown}: the model takes ${width} values per example (input shape [${shape.join(', ')}]) ` +
    `but the command was given ${features.length} features (the columns of ABLATION_CI_EVAL_DATA but the label)`
  );
}

/** The kept features' raw values, fed as they are: the command trained on raw values. */
function modelData(run: ModelRun): ModelData {
  const { eval: data, features } = run;
  const f = data.features.length;
  const columns = features.map((name) => data.features.indexOf(name));
  const x = new Float64Array(data.n * columns.length);
  for (let i = 0; i < data.n; i++) {
    columns.forEach((j, k) => (x[i * columns.length + k] = data.x[i * f + j]));
  }
  return {
    n: data.n,
    features,
    x,
    center: new Float64Array(features.length),
    scale: new Float64Array(features.length).fill(1),
  };
}
