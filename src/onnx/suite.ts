/**
 * Preparing a suite whose model is an ONNX file: the data checked as for any model, the model
 * decoded and checked (one input tensor, a chosen float output, ops the runtime has), its
 * components planned from the exporter's scopes, a session built and a probe run made — all
 * before anything is evaluated. Every refusal is one InputError line naming the file or key.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fillRows, type ModelData } from '../ablation/inputs.js';
import { planWith, type Component } from '../ablation/plan.js';
import { configError } from '../config/error.js';
import type { Config, LayerMode, Task } from '../config/types.js';
import { InputError, errorMessage } from '../errors.js';
import type { FormatSuite } from '../suite/evaluation.js';
import { prepareData, withConfigLine } from '../suite/prepare.js';
import { batchDependence } from './batch-check.js';
import { startOnnxEvaluation } from './evaluate.js';
import { fedInputs, modelRefusal, runtimeRefusal } from './checks.js';
import { listComponents, type Component as OnnxComponent } from './components.js';
import { inlineExternalData } from './external-data.js';
import { decodeModel, encodeModel, type ModelProto } from './model.js';
import { TensorProto_DataType } from './onnx-ml_pb.js';
import { hasWeights } from './reinit.js';
import type { OnnxRuntime } from './runtime/load.js';
import { OnnxSession, type SessionIO } from './session.js';

/** Whether a model path names an ONNX model (the format comes from the extension). */
export function isOnnxPath(file: string | undefined): boolean {
  return file !== undefined && file.toLowerCase().endsWith('.onnx');
}

/** A prepared suite whose model is an ONNX graph (the fields any suite has, and the ONNX ones). */
export interface OnnxSuite extends FormatSuite {
  format: 'onnx';
  config: Config;
  modelFile: string;
  modelHash: string;
  components: Component[];
  runtime: OnnxRuntime;
  model: ModelProto;
  /** The session of the unedited model, reading the chosen output. */
  session: OnnxSession;
  /** The graph's components by id (the exporter's scopes). */
  scopes: Map<string, OnnxComponent>;
  /** Shapes of every component input and output, from the probe run (batch axis included). */
  shapes: Map<string, number[]>;
  /** Those shapes as the plan shows them: `n` at each axis that follows the rows (`[n, 8]`, `[2, n]`). */
  shapeText: Map<string, string>;
  /** Element types of the probed tensors other than float32 (`int64`, …), from the probe run. */
  types: Map<string, string>;
  /** The eval data as the model reads it. */
  modelData: ModelData;
  /** The runtime's predictions of the unedited model on every eval row (n × width). */
  baseline: Float32Array;
  /** Seconds the baseline pass took (a time limit's estimate of one evaluation). */
  baselineSeconds: number;
}

/**
 * Rows of the probe runs that measure the components' tensor shapes: two counts, so that an
 * axis that follows the rows is told from one that happens to have their size (a transpose of
 * `[n, 2]` is `[2, 2]` at 2 rows) or none (a `[1, h]` tensor the same on every row).
 */
const PROBE_ROWS = [2, 3];

/**
 * Scaled input values an ONNX suite keeps (float32, 512 MiB; half the raw float64 values it
 * already holds): every ablation's input rows are then copies of them with the changed columns
 * written over, not n × f divisions again — on the image suite (150,528 features) scaling the
 * rows took more of a run than the runtime. 480 images (72 M values) fit: scaled again for each
 * pass they took 8 s of a 17 s run whose passes took 5 s.
 */
const SCALED_VALUES = 128 * 1024 * 1024;

/** The eval data with its scaled rows kept (`ModelData.scaled`) when they fit SCALED_VALUES. */
export function withScaledRows(data: ModelData): ModelData {
  const values = data.n * data.features.length;
  if (values > SCALED_VALUES) return data;
  const scaled = new Float32Array(values);
  fillRows(scaled, 0, 0, data.n, data);
  return { ...data, scaled };
}

/** Loads, checks and plans an ONNX suite; the caller closes `session` (`disposeOnnxSuite`). */
export async function prepareOnnxSuite(
  config: Config,
  cwd: string,
  runtime: OnnxRuntime,
): Promise<OnnxSuite> {
  const data = await prepareData(config, cwd);
  const modelFile = config.model;
  if (modelFile === undefined) throw new Error('prepareOnnxSuite: the config names no model');
  const shown = path.relative(cwd, modelFile) || modelFile;
  try {
    const bytes = await readModelFile(modelFile, shown);
    let model: ModelProto;
    try {
      model = decodeModel(bytes);
    } catch (error) {
      throw new InputError(`not an ONNX model: ${errorMessage(error)}`, { file: shown });
    }
    const external = await inlineExternalData(model, modelFile, shown);
    const refusal = modelRefusal(shown, model);
    if (refusal !== undefined) throw new InputError(refusal);
    const graph = model.graph!;
    const [input] = fedInputs(graph);
    const inputType = input.type?.value.case === 'tensorType' ? input.type.value.value : undefined;
    if (inputType?.elemType !== TensorProto_DataType.FLOAT) {
      throw new InputError(
        `input "${input.name}" is ${TensorProto_DataType[inputType?.elemType ?? 0]}, not FLOAT; export it with a float32 input`,
        { file: shown },
      );
    }
    const inputShape = (inputType.shape?.dim ?? []).slice(1).map((d) => Number(d.value.value));
    const width = inputShape.reduce((a, d) => a * d, 1);
    const f = data.dataset.features.length;
    if (width !== f) {
      throw configError(
        config,
        config.data.features === undefined ? 'data.eval' : 'data.features',
        `the model ${shown} takes ${width} values per example (input shape [${inputShape.join(', ')}]) but the data has ${f} features`,
      );
    }
    const output = chooseOutput(config, shown, model);
    const scopes = new Map(listComponents(graph).map((c) => [c.id, c]));
    const probed = [...new Set([...scopes.values()].flatMap((c) => [...c.inputs, ...c.outputs]))];
    const session = await createSession(runtime, shown, model, {
      input: input.name,
      output,
      inputShape,
      as: config.output?.as ?? 'probabilities',
    });
    const modelData = withScaledRows({
      n: data.dataset.n,
      features: data.dataset.features,
      x: data.dataset.x,
      center: data.scaling.center,
      scale: data.scaling.scale,
    });
    // The model's own failures on the eval data (a MatMul of mismatched initializers, a shape
    // baked into a Reshape) are the model's: one line naming it, not an internal error.
    const onData = <T>(work: Promise<T>): Promise<T> =>
      work.catch((error: unknown) => {
        if (error instanceof InputError || error instanceof TypeError) throw error;
        throw new InputError(evalDataFailure(runtime, error), { file: shown });
      });
    try {
      const types = new Map<string, string>();
      const [shapes, more] = await onData(
        session.probe(modelData, model, probed, PROBE_ROWS, types),
      );
      const dependence = await onData(batchDependence(session, modelData, shown));
      if (dependence !== undefined) throw new InputError(dependence);
      // A tensor of another element type than float32 says so (`mean` reads float32 only).
      const shapeText = new Map(
        [...shapes].map(([t, dims]) => {
          const type = types.get(t) ?? 'float32';
          return [t, showShape(dims, more.get(t)) + (type === 'float32' ? '' : ` of ${type}`)];
        }),
      );
      const components = planWith(config, catalog(model, scopes, shapeText), data.dataset.features);
      const timed = performance.now();
      const baseline = await onData(session.predictAll(modelData));
      const baselineSeconds = (performance.now() - timed) / 1000;
      checkProbabilities(config, shown, data.dataset.task, session, baseline);
      return {
        format: 'onnx',
        evaluate: (suite, options) => startOnnxEvaluation(suite as OnnxSuite, options),
        config,
        ...data,
        modelFile,
        modelHash: modelHash(bytes, external),
        components,
        runtime,
        model,
        session,
        scopes,
        shapes,
        shapeText,
        types,
        modelData,
        baseline,
        baselineSeconds,
      };
    } catch (error) {
      await session.close();
      throw error;
    }
  } catch (error) {
    throw withConfigLine(error, config);
  }
}

/** Releases what an ONNX suite holds. */
export async function disposeOnnxSuite(suite: OnnxSuite): Promise<void> {
  await suite.session.close();
}

/** `sha256:<hex>` over the .onnx file's bytes, then each external data file's, as first read. */
function modelHash(bytes: Uint8Array, external: Uint8Array[]): string {
  const hash = createHash('sha256').update(bytes);
  for (const file of external) hash.update(file);
  return `sha256:${hash.digest('hex')}`;
}

async function readModelFile(file: string, shown: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new InputError(`cannot read: ${errorMessage(error)}`, { file: shown });
  }
}

/** The output `output:` names, or the only one; a float tensor either way (also for a retrained model). */
export function chooseOutput(config: Config, shown: string, model: ModelProto): string {
  const outputs = model.graph!.output;
  const names = outputs.map((o) => `"${o.name}"`).join(', ');
  const wanted = config.output?.name;
  let chosen = outputs[0];
  if (wanted !== undefined) {
    const found = outputs.find((o) => o.name === wanted);
    if (found === undefined) {
      throw configError(
        config,
        'output',
        `the model ${shown} has no output "${wanted}" (it has ${names})`,
      );
    }
    chosen = found;
  } else if (outputs.length !== 1) {
    throw new InputError(
      `the model has ${outputs.length} outputs (${names}); choose one with output: NAME in ${config.file}`,
      { file: shown },
    );
  }
  const type = chosen.type?.value.case === 'tensorType' ? chosen.type.value.value : undefined;
  if (type?.elemType !== TensorProto_DataType.FLOAT) {
    const where = wanted === undefined ? { file: shown } : { file: config.file, where: 'output' };
    throw new InputError(
      `output "${chosen.name}" is ${TensorProto_DataType[type?.elemType ?? 0]}, not FLOAT; choose the float scores (probabilities or logits)${outputs.length > 1 ? ` among ${names}` : ''}`,
      where,
    );
  }
  return chosen.name;
}

export async function createSession(
  runtime: OnnxRuntime,
  shown: string,
  model: ModelProto,
  io: SessionIO,
): Promise<OnnxSession> {
  try {
    return await OnnxSession.create(runtime, encodeModel(model), io);
  } catch (error) {
    const message = errorMessage(error);
    throw new InputError(
      runtimeRefusal(shown, message) ??
        `${shown}: ${runtime.name} cannot load the model: ${message}`,
    );
  }
}

/** The ONNX components as the plan's layers: each mode's applicability from the graph. */
function catalog(
  model: ModelProto,
  scopes: ReadonlyMap<string, OnnxComponent>,
  shapes: ReadonlyMap<string, string>,
) {
  const graphOutputs = new Set(model.graph!.output.map((o) => o.name));
  const names = [...scopes.keys()];
  return {
    names,
    // `layers: all`: every scope but the ones that make a graph output (the head).
    defaults: names.filter((id) => !scopes.get(id)!.outputs.some((t) => graphOutputs.has(t))),
    problem: (id: string, mode: LayerMode): string | undefined =>
      modeProblem(model, scopes.get(id)!, shapes, mode),
  };
}

/**
 * A tensor's shape as measured at PROBE_ROWS' two row counts: `n` where an axis follows the rows,
 * the size where it stays; `[1, 8] whatever the rows` when none follows them, `?` where an axis
 * changed otherwise.
 */
function showShape(dims: number[], more: number[] | undefined): string {
  const [a, b] = PROBE_ROWS;
  if (more === undefined || more.length !== dims.length) return `[${dims.join(', ')}] at ${a} rows`;
  const axes = dims.map((d, i) =>
    d === more[i] ? String(d) : d === a && more[i] === b ? 'n' : '?',
  );
  return `[${axes.join(', ')}]${axes.includes('n') ? '' : ' whatever the rows'}`;
}

function modeProblem(
  model: ModelProto,
  component: OnnxComponent,
  shapes: ReadonlyMap<string, string>,
  mode: LayerMode,
): string | undefined {
  const { outputs, inputs } = component;
  if (outputs.length !== 1) {
    return `${mode} needs a component with one output; it has ${outputs.length} (${outputs.join(', ')})`;
  }
  switch (mode) {
    case 'zero':
      return undefined;
    case 'mean': {
      // The mean is over the eval rows, each row's values at axis 0's index (src/onnx/evaluate.ts).
      const shape = shapes.get(outputs[0]) ?? '[]';
      if (shape.includes(' of ')) return `mean needs a float32 output; "${outputs[0]}" is ${shape}`;
      return shape.startsWith('[n') && !shape.slice(2).includes('n')
        ? undefined
        : `mean needs the batch at axis 0 of its output; "${outputs[0]}" is ${shape}`;
    }
    case 'reinit':
      return hasWeights(model, component.id)
        ? undefined
        : 'reinit needs weights (a Conv, ConvTranspose, Gemm or MatMul with an initializer); it has none';
    case 'remove': {
      if (inputs.length !== 1) {
        return `remove needs a component with one input; it reads ${inputs.length} (${inputs.join(', ')})`;
      }
      const a = shapes.get(inputs[0]) ?? '[]';
      const b = shapes.get(outputs[0]) ?? '[]';
      // Equal at both row counts (a `?` axis never equals: it changed with the rows otherwise).
      if (a !== b || a.includes('?')) {
        return `remove needs equal input and output shapes; input is ${a}, output ${b}`;
      }
      return undefined;
    }
  }
}

/**
 * A classifier's output read as probabilities must hold them: values in [0, 1], rows of two
 * or more summing to 1. Anything else is most likely logits, which must be said (`as: logits`)
 * — never guessed, since a guess could turn scores a metric reads as they are into others.
 */
export function checkProbabilities(
  config: Config,
  shown: string,
  task: Task,
  session: OnnxSession,
  values: Float32Array,
): void {
  if (task === 'regression' || session.io.as === 'logits') return;
  const width = session.outputWidth;
  for (let at = 0; at < values.length; at += width) {
    let sum = 0;
    for (let c = 0; c < width; c++) {
      const v = values[at + c];
      sum += v;
      if (!(v >= -1e-6 && v <= 1 + 1e-6)) return refuse(at / width, `holds ${v}`);
    }
    if (width > 1 && Math.abs(sum - 1) > 1e-3) return refuse(at / width, `sums to ${sum}`);
  }
  function refuse(row: number, what: string): never {
    const name = session.io.output;
    throw new InputError(
      `output "${name}" ${what} at row ${row + 1}, so it does not hold probabilities; if it holds logits, say output: {name: ${name}, as: logits}`,
      config.output === undefined ? { file: shown } : { file: config.file, where: 'output' },
    );
  }
}

/** What a model's own failure on the eval data says (the model is named before it). */
export function evalDataFailure(runtime: OnnxRuntime, error: unknown): string {
  return `${runtime.name} could not run the model on the eval data: ${errorMessage(error)}`;
}
