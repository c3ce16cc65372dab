/**
 * Feature ablations through the first layer (src/onnx/first-layer.ts): the head graph computes
 * z1 on every eval row once; each ablation's changed rows then enter the tail graph as block
 * rows of z1 plus their scaled input change, the runtime adding the rank-one terms in Float32
 * and running the rest of the model. A component's repeats are stacked into each run, row block
 * by row block; the blocks depend on the data, the layer's width and the repeat count only, so
 * the same ablation always meets the runtime in the same runs whatever else is evaluated
 * (workers, shards). Unchanged rows keep the baseline's predictions, as on full passes.
 */
import { changedValue, fillRows, type FeatureChange, type ModelData } from '../ablation/inputs.js';
import { encodeModel, type ModelProto } from './model.js';
import { splitFirstLayer, TAIL_INPUTS, type FirstLayer } from './first-layer.js';
import { firstLayerMagnitude, MAGNITUDE } from './first-layer-magnitude.js';
import type { OnnxRuntime } from './runtime/load.js';
import { prefersSecondLayer } from './second-layer-cost.js';
import { splitSecondLayer, type SecondLayer } from './second-layer.js';
import { SecondLayerPath, type Stack } from './second-layer-path.js';
import { OnnxSession, type SessionIO } from './session.js';

/** A stack of changed rows, with the change (repeat) each row belongs to. */
interface StackedRows extends Stack {
  owners: Int32Array;
}

/** Floats of z1 (every eval row × the layer's units) the path may hold: 512 MiB. */
const Z1_VALUES = 128 * 1024 * 1024;
/**
 * Floats of stacked z1 rows one tail run may take: onnxruntime-web 4 Mi (about 16 MiB; each run
 * copies its inputs into the WebAssembly heap, so fewer, larger runs), onnxruntime-node 256 Ki
 * (1 MiB, 2,048 rows of 128 units: each of the tail's tensors then stays in the core's cache
 * between its operators; the wide suite's tail runs took 0.55× the time of 15,000-row runs on
 * one thread, 0.6–0.8× on two: the wide benchmark suite's tail, quiet machine)…
 */
const STACK_VALUES = { 'onnxruntime-node': 256 * 1024, 'onnxruntime-web': 4 * 1024 * 1024 };
/** …and rows, at most (passes this large already run near the runtime's matmul rate). */
const STACK_ROWS = 16384;

/** Raw values of a component's columns copied out column by column, at most (8 MiB). */
const COLUMN_VALUES = 1024 * 1024;

/** Columns `columns` of the row-major n × f values `x`, one after another (k × n). */
function columnsOf(x: Float64Array, n: number, f: number, columns: Int32Array): Float64Array {
  const out = new Float64Array(columns.length * n);
  for (let i = 0; i < columns.length; i++) {
    const j = columns[i];
    for (let row = 0; row < n; row++) out[i * n + row] = x[row * f + j];
  }
  return out;
}

export class FirstLayerPath {
  private constructor(
    private readonly layer: FirstLayer,
    private readonly tail: OnnxSession,
    private readonly data: ModelData,
    /** The head's output on every eval row, n × units. */
    private readonly z1: Float32Array,
    /** The graph cut after its second layer, when it continues with a Relu and a linear layer. */
    private readonly cut:
      | {
          layer: SecondLayer;
          mode: 'cost' | 'always';
          open: () => Promise<SecondLayerPath | undefined>;
        }
      | undefined,
    /** Raw values copied out column by column at most (`COLUMN_VALUES`; tests lower it). */
    private readonly columnValues: number,
  ) {}

  /** The second-layer path, once a component has needed it (undefined before, or if refused). */
  second: SecondLayerPath | undefined;
  private secondOpened = false;

  /**
   * The path for this model, or undefined when its graph does not start with a first layer
   * (see `splitFirstLayer`), z1 would not fit in memory, an eval row's first-layer sum is of a
   * magnitude whose rounding would show (`MAGNITUDE`), or the runtime refuses a cut graph:
   * feature ablations then take full passes. `secondLayer`: false, never through the second
   * layer; 'always', through it whenever its P fit, whatever the cost (tests compare the paths).
   * `columnValues`: a component's columns are copied out when k × n is at most this (default
   * `COLUMN_VALUES`); wider groups read x where it is.
   */
  static async create(
    runtime: OnnxRuntime,
    model: ModelProto,
    io: SessionIO,
    data: ModelData,
    options: { secondLayer?: boolean | 'always'; columnValues?: number } = {},
  ): Promise<FirstLayerPath | undefined> {
    if (io.inputShape.length !== 1) return undefined;
    const layer = splitFirstLayer(model, io.input, io.output);
    if (layer === undefined || data.n * layer.units > Z1_VALUES) return undefined;
    let tail: OnnxSession | undefined;
    try {
      const z1 = await headOutputs(runtime, layer, io, data);
      // Sizes whose float32 rounding z1 would keep where a full pass does not (see MAGNITUDE).
      if (!(firstLayerMagnitude(layer, data, z1) <= MAGNITUDE)) return undefined;
      tail = await OnnxSession.create(runtime, encodeModel(layer.tail), {
        ...io,
        input: TAIL_INPUTS.block,
        inputShape: [layer.units],
      });
      const cut =
        options.secondLayer === false ? undefined : splitSecondLayer(model, layer, io.output);
      const mode = options.secondLayer === 'always' ? 'always' : 'cost';
      const open = (second: SecondLayer) => () =>
        SecondLayerPath.create(runtime, second, layer, io, z1, data.n, mode);
      return new FirstLayerPath(
        layer,
        tail,
        data,
        z1,
        cut === undefined ? undefined : { layer: cut, mode, open: open(cut) },
        options.columnValues ?? COLUMN_VALUES,
      );
    } catch {
      await tail?.close();
      return undefined;
    }
  }

  /** Rows of z1 per tail run for `count` stacked repeats. */
  blockRows(count: number): number {
    const values = STACK_VALUES[this.tail.runtime.name];
    const stack = Math.min(STACK_ROWS, Math.floor(values / this.layer.units));
    return Math.max(1, Math.floor(stack / count));
  }

  /**
   * The predictions (n × width each) under each of these changes of the same columns — one
   * component's repeats — starting from the baseline's: through the second layer when that
   * path prefers the component (see `SecondLayerPath.prefers`), else through the first.
   */
  async evaluate(changes: FeatureChange[], baseline: Float32Array): Promise<Float32Array[]> {
    const outs = changes.map(() => baseline.slice());
    if (changes.length === 0) return outs;
    const { columns } = changes[0];
    const block = this.blockRows(changes.length);
    const second = await this.secondFor(changes, block);
    for (const stack of this.stacks(changes, block)) {
      const values =
        second === undefined
          ? await this.runTail(stack, columns)
          : await second.run(stack, columns);
      const width = values.length / stack.m;
      for (let r = 0; r < stack.m; r++) {
        const out = outs[stack.owners[r]];
        const to = (stack.start + stack.rows[r]) * width;
        for (let u = 0; u < width; u++) out[to + u] = values[r * width + u];
      }
    }
    return outs;
  }

  /** The second-layer path when it takes these changes (their P loaded), else undefined. */
  private async secondFor(
    changes: FeatureChange[],
    block: number,
  ): Promise<SecondLayerPath | undefined> {
    const { columns } = changes[0];
    const k = columns.length;
    const { n } = this.data;
    // P of k columns costs k × n rows of the second layer: more rows than all repeats change.
    if (this.cut === undefined || k * n >= changes.length * n) return undefined;
    // Not even if every row changed and no unit flipped (made lazily: most models never do).
    const sizes = { n, h: this.layer.units, h2: this.cut.layer.units, columns: k };
    const best = { ...sizes, changedRows: changes.length * n, flipFraction: 0 };
    if (this.cut.mode === 'cost' && !prefersSecondLayer(best)) return undefined;
    if (!this.secondOpened) {
      this.secondOpened = true;
      this.second = await this.cut.open();
    }
    const second = this.second;
    if (second === undefined) return undefined;
    let changed = 0;
    let first: StackedRows | undefined;
    for (const stack of this.stacks(changes, block)) {
      changed += stack.m;
      first ??= { ...stack, rows: stack.rows.slice(0, stack.m), delta: stack.delta.slice() };
    }
    if (first === undefined || columns.length * this.data.n >= changed) return undefined;
    if (!(await second.prefers(columns, changed, first))) return undefined;
    await second.load(columns);
    return second;
  }

  /**
   * The stacked changed rows of every change, row block by row block (the arrays are reused:
   * each stack is valid until the next).
   */
  private *stacks(changes: FeatureChange[], block: number): Generator<StackedRows> {
    const { n, x, scale } = this.data;
    const f = this.data.features.length;
    const { columns } = changes[0];
    const k = columns.length;
    const capacity = block * changes.length;
    const rows = new Int32Array(capacity);
    const owners = new Int32Array(capacity);
    const delta = new Float32Array(capacity * k);
    const d = new Float64Array(k);
    // The changed columns' raw values, column by column: a permutation reads its source rows in
    // random order, and straight from x (rows f values apart) each read missed the cache — 0.13 s
    // of the wide suite. Value (row, i) is at `from[row · stride + offset[i]]`.
    const own = k * n <= this.columnValues ? columnsOf(x, n, f, columns) : undefined;
    const from = own ?? x;
    const stride = own === undefined ? f : 1;
    const offset = Int32Array.from(columns, (j, i) => (own === undefined ? j : i * n));
    for (let start = 0; start < n; start += block) {
      const end = Math.min(n, start + block);
      let m = 0;
      for (let c = 0; c < changes.length; c++) {
        const change = changes[c];
        const { source, values } = change;
        for (let row = start; row < end; row++) {
          let any = false;
          // Plain loops over locals: this is the hot loop of a feature suite.
          const at = values === undefined && source !== undefined ? source[row] * stride : -1;
          for (let i = 0; i < k; i++) {
            const j = columns[i];
            const raw =
              at >= 0
                ? from[at + offset[i]]
                : values === undefined
                  ? change.constants[i]
                  : changedValue(change, this.data, row, i);
            const di = (raw - from[row * stride + offset[i]]) / scale[j];
            d[i] = di;
            if (di !== 0) any = true;
          }
          if (!any) continue;
          for (let i = 0; i < k; i++) delta[m * k + i] = d[i];
          rows[m] = row - start;
          owners[m++] = c;
        }
      }
      if (m > 0) yield { start, end, m, rows, owners, delta };
    }
  }

  /** The first layer's tail on one stack: the model's output, m × width. */
  private runTail(stack: StackedRows, columns: Int32Array): Promise<Float32Array> {
    const { start, end, m, rows, delta } = stack;
    const h = this.layer.units;
    const k = columns.length;
    const { ort } = this.tail.runtime;
    return this.tail.run(
      {
        [TAIL_INPUTS.block]: new ort.Tensor('float32', this.z1.subarray(start * h, end * h), [
          end - start,
          h,
        ]),
        [TAIL_INPUTS.rows]: new ort.Tensor('int32', rows.subarray(0, m), [m]),
        [TAIL_INPUTS.delta]: new ort.Tensor('float32', delta.subarray(0, m * k), [m, k]),
        [TAIL_INPUTS.columns]: new ort.Tensor('int32', Int32Array.from(columns), [k]),
      },
      m,
    );
  }

  async close(): Promise<void> {
    await this.tail.close();
    await this.second?.close();
  }
}

/** The head run over every eval row, in row batches: z1, n × units. */
async function headOutputs(
  runtime: OnnxRuntime,
  layer: FirstLayer,
  io: SessionIO,
  data: ModelData,
): Promise<Float32Array> {
  const head = await OnnxSession.create(runtime, encodeModel(layer.head), {
    ...io,
    output: layer.output,
    as: 'probabilities',
  });
  try {
    const z1 = new Float32Array(data.n * layer.units);
    const f = data.features.length;
    const batch = head.batchRows;
    const inputs = new Float32Array(Math.min(batch, data.n) * f);
    for (let start = 0; start < data.n; start += batch) {
      const end = Math.min(data.n, start + batch);
      fillRows(inputs, 0, start, end, data);
      z1.set(
        await head.predict(inputs.subarray(0, (end - start) * f), end - start),
        start * layer.units,
      );
    }
    return z1;
  } finally {
    await head.close();
  }
}
