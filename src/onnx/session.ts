/**
 * One ONNX Runtime session of a model (the original or an edited copy): feeds it the scaled
 * feature columns, row batch by row batch, and reads the chosen output — turned from logits
 * into probabilities when `output.as` says they are logits. The batches depend on the data and
 * the input width only, so the same rows always meet the runtime in the same batches.
 */
import type { ModelData } from '../ablation/inputs.js';
import { fillRows } from '../ablation/inputs.js';
import { exposeOutputs } from './edit.js';
import { encodeModel, type ModelProto } from './model.js';
import type { OnnxRuntime } from './runtime/load.js';
import type { InferenceSession, Tensor } from './runtime/types.js';

/** Input values one batch may hold (floats): 4 Mi, about 16 MiB. */
const BATCH_VALUES = 4 * 1024 * 1024;
/** Rows one batch holds at most. */
const MAX_BATCH_ROWS = 8192;

/** What a session reads and writes. */
export interface SessionIO {
  input: string;
  output: string;
  /** Per-example input shape (batch axis dropped); its product is the feature count. */
  inputShape: number[];
  as: 'probabilities' | 'logits';
}

export class OnnxSession {
  /** Output values per example (known after the first run). */
  outputWidth = 0;

  private constructor(
    readonly runtime: OnnxRuntime,
    private readonly session: InferenceSession,
    readonly io: SessionIO,
  ) {}

  /** A session of the model's bytes (the runtime's errors are thrown as they are). */
  static async create(
    runtime: OnnxRuntime,
    bytes: Uint8Array,
    io: SessionIO,
  ): Promise<OnnxSession> {
    const session = await runtime.ort.InferenceSession.create(bytes, sessionOptions(runtime));
    return new OnnxSession(runtime, session, io);
  }

  /** Rows per batch for this input width. */
  get batchRows(): number {
    const width = this.io.inputShape.reduce((a, d) => a * d, 1);
    return Math.max(1, Math.min(MAX_BATCH_ROWS, Math.floor(BATCH_VALUES / width)));
  }

  /** The chosen output of `rows` stacked input rows (row-major), as probabilities when asked. */
  async predict(inputs: Float32Array, rows: number): Promise<Float32Array> {
    const { ort } = this.runtime;
    const tensor = new ort.Tensor('float32', inputs, [rows, ...this.io.inputShape]);
    return this.run({ [this.io.input]: tensor }, rows);
  }

  /** The chosen output of a run with these feeds, `rows` rows, as probabilities when asked. */
  async run(feeds: Record<string, Tensor>, rows: number): Promise<Float32Array> {
    const result = await this.session.run(feeds, [this.io.output], RUN_OPTIONS);
    const output = result[this.io.output];
    const values = Float32Array.from(output.data as Float32Array);
    this.outputWidth = rows === 0 ? this.outputWidth : values.length / rows;
    return this.io.as === 'logits' ? toProbabilities(values, this.outputWidth) : values;
  }

  /** The outputs on every row of the data, batch by batch. */
  async predictAll(data: ModelData): Promise<Float32Array> {
    const width = data.features.length;
    const batch = this.batchRows;
    const parts: Float32Array[] = [];
    const inputs = new Float32Array(Math.min(batch, data.n) * width);
    for (let start = 0; start < data.n; start += batch) {
      const end = Math.min(data.n, start + batch);
      fillRows(inputs, 0, start, end, data);
      parts.push(await this.predict(inputs.subarray(0, (end - start) * width), end - start));
    }
    const out = new Float32Array(data.n * this.outputWidth);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  /**
   * Runs `model` with these tensors exposed at each row count in `counts` (one session of the
   * exposed graph) and returns their shapes at each count, in order (batch axis included), with
   * the graph input's; the rows are `probeRows`'. Sets `outputWidth` from the first count.
   */
  async probe(
    data: ModelData,
    model: ModelProto,
    tensors: readonly string[],
    counts: readonly number[],
    /** Filled with each exposed tensor's element type (`float32`, `int64`, …), when given. */
    types?: Map<string, string>,
  ): Promise<Map<string, number[]>[]> {
    const all = counts.map(
      (rows) => new Map<string, number[]>([[this.io.input, [rows, ...this.io.inputShape]]]),
    );
    const made = new Set(model.graph?.node.flatMap((n) => n.output) ?? []);
    const exposed = tensors.filter((t) => made.has(t));
    await this.predict(probeRows(data, counts[0]), counts[0]);
    if (exposed.length === 0) return all;
    const edited = exposeOutputs(model, exposed);
    if (edited instanceof Error) throw edited;
    const session = await this.runtime.ort.InferenceSession.create(
      encodeModel(edited),
      sessionOptions(this.runtime),
    );
    try {
      const { ort } = this.runtime;
      for (const [i, rows] of counts.entries()) {
        const tensor = new ort.Tensor('float32', probeRows(data, rows), [
          rows,
          ...this.io.inputShape,
        ]);
        const result = await session.run({ [this.io.input]: tensor }, exposed, RUN_OPTIONS);
        for (const name of exposed) {
          all[i].set(name, [...result[name].dims]);
          types?.set(name, result[name].type);
        }
      }
    } finally {
      await session.release();
    }
    return all;
  }

  async close(): Promise<void> {
    await this.session.release();
  }
}

/** A run's messages: fatal only, as its session's (onnxruntime-web logs a failed run otherwise). */
const RUN_OPTIONS: InferenceSession.RunOptions = { logSeverityLevel: 4 };

/**
 * How a session runs. onnxruntime-node: `runtime.threads` intra-op threads (the run's cores) that
 * sleep rather than spin while idle — measured against one thread and against a worker per core
 * (bench/speed/onnx-threads.ts, docs/onnx.md): spinning threads lose badly when the cores are
 * shared, and workers add start-up and a session per worker. onnxruntime-web: its threads are
 * the process's, set when its wasm starts (src/onnx/runtime/web.ts). Both log fatal messages
 * only: ablation-ci reports what fails in its own line, and the runtime's warnings (an output
 * declared with batch 1 that returns 199 rows, on every run) are noise.
 */
export function sessionOptions(runtime: OnnxRuntime): InferenceSession.SessionOptions {
  const quiet = { logSeverityLevel: 4 as const };
  return runtime.name === 'onnxruntime-node'
    ? {
        ...quiet,
        intraOpNumThreads: runtime.threads,
        extra: { session: { intra_op: { allow_spinning: '0' } } },
      }
    : quiet;
}

/**
 * Logits → probabilities: a softmax over each row's values (two or more per row), a sigmoid
 * of the one value otherwise; in float64, written back as float32.
 */
export function toProbabilities(values: Float32Array, width: number): Float32Array {
  const out = new Float32Array(values.length);
  if (width === 1) {
    for (let i = 0; i < values.length; i++) out[i] = 1 / (1 + Math.exp(-values[i]));
    return out;
  }
  for (let at = 0; at < values.length; at += width) {
    let max = -Infinity;
    for (let c = 0; c < width; c++) max = Math.max(max, values[at + c]);
    let sum = 0;
    for (let c = 0; c < width; c++) sum += Math.exp(values[at + c] - max);
    for (let c = 0; c < width; c++) out[at + c] = Math.exp(values[at + c] - max) / sum;
  }
  return out;
}

/** The scaled inputs of the first `rows` eval rows, the data's rows repeated past its end (probe runs). */
export function probeRows(data: ModelData, rows: number): Float32Array {
  const f = data.features.length;
  const inputs = new Float32Array(rows * f);
  for (let r = 0; r < rows; r++) fillRows(inputs, r * f, r % data.n, (r % data.n) + 1, data);
  return inputs;
}
