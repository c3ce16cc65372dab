/**
 * Feature ablations through the first two layers (src/onnx/second-layer.ts): the mid graph
 * computes z2 on every eval row once; P_j of each changed column is computed once by the p
 * graph and kept (up to `P_VALUES` floats, across the components of a run); each ablation's
 * changed rows then enter the correction graph — z2 rows plus δ · P rows plus the few flipped
 * ReLU units' W2 rows, scattered by the runtime — and the rest of the model runs from z2'.
 *
 * A component takes this path when computing P for its columns costs less than the first
 * layer's tail would (columns × n < its changed rows over every repeat: a single permuted
 * column with 2 or more repeats, not a deterministic single variant) and its P fit in the
 * cache. The choice and every P depend only on the component and the data — P_j is always
 * computed alone, over the same row blocks — so the same component always meets the runtime in
 * the same runs, whatever else is evaluated (workers, shards) and whatever the cache holds.
 */
import { MAGNITUDE, secondLayerMagnitude } from './first-layer-magnitude.js';
import { encodeModel, type ModelProto } from './model.js';
import { TAIL_INPUTS, type FirstLayer } from './first-layer.js';
import { SECOND_INPUTS, SECOND_OUTPUTS, type SecondLayer } from './second-layer.js';
import type { OnnxRuntime } from './runtime/load.js';
import { prefersSecondLayer } from './second-layer-cost.js';
import { OnnxSession, type SessionIO } from './session.js';

/** Floats of P the path keeps across components (256 MiB); a component needing more does not use it. */
export const P_VALUES = 64 * 1024 * 1024;
/** Stacked rows the flip probe of a component runs on. */
const PROBE_ROWS = 1024;
/** Floats of z2 (every eval row × the second layer's units) the path may hold: 512 MiB. */
const Z2_VALUES = 128 * 1024 * 1024;
/** Floats of a block of z1 or z2 rows the mid and p graphs take at once (4 Mi, about 16 MiB). */
const BLOCK_VALUES = 4 * 1024 * 1024;

/** One tail run's stacked rows: block rows, their owners and their scaled input changes. */
export interface Stack {
  start: number;
  end: number;
  m: number;
  rows: Int32Array;
  delta: Float32Array;
}

export class SecondLayerPath {
  /** P of each column computed so far (n × units2 each), oldest first. */
  private readonly kept = new Map<number, Float32Array>();
  /** How many times the p graph computed a column's P (tests check the sharing with it). */
  computedColumns = 0;
  /** Components evaluated through this path. */
  components = 0;

  private constructor(
    private readonly layer: SecondLayer,
    private readonly first: FirstLayer,
    private readonly p: OnnxSession,
    /** The correction graph for one changed column, and for several. */
    private readonly correction: OnnxSession,
    private readonly correctionMany: OnnxSession,
    private readonly rest: OnnxSession,
    private readonly flips: OnnxSession,
    private readonly mode: 'cost' | 'always',
    private readonly n: number,
    private readonly z1: Float32Array,
    /** The mid graph's output on every eval row, n × units2. */
    private readonly z2: Float32Array,
  ) {}

  /**
   * The path for a model cut after its second layer (`splitSecondLayer`), or undefined when z2
   * would not fit, is of a magnitude whose rounding would show (`secondLayerMagnitude`), or the
   * runtime refuses a cut graph: feature ablations then keep the first-layer path.
   */
  static async create(
    runtime: OnnxRuntime,
    layer: SecondLayer,
    first: FirstLayer,
    io: SessionIO,
    z1: Float32Array,
    n: number,
    mode: 'cost' | 'always' = 'cost',
  ): Promise<SecondLayerPath | undefined> {
    if (n * layer.units > Z2_VALUES) return undefined;
    const opened: OnnxSession[] = [];
    const open = async (graph: ModelProto, output: string, input: string, width: number) => {
      const session = await OnnxSession.create(runtime, encodeModel(graph), {
        input,
        output,
        inputShape: [width],
        as: 'probabilities',
      });
      opened.push(session);
      return session;
    };
    try {
      const h = first.units;
      const mid = await open(layer.mid, layer.output, first.output, h);
      const z2 = new Float32Array(n * layer.units);
      const block = Math.max(1, Math.floor(BLOCK_VALUES / Math.max(h, layer.units)));
      for (let start = 0; start < n; start += block) {
        const end = Math.min(n, start + block);
        z2.set(
          await mid.predict(z1.subarray(start * h, end * h), end - start),
          start * layer.units,
        );
      }
      // Sizes whose float32 rounding z2 would keep where the tail does not (see MAGNITUDE).
      if (!(secondLayerMagnitude(z1, h, layer.kernel, layer.units, z2) <= MAGNITUDE)) {
        for (const session of opened) await session.close();
        return undefined;
      }
      const p = await open(layer.p, SECOND_OUTPUTS.p, TAIL_INPUTS.block, h);
      const correction = await open(layer.correction, SECOND_OUTPUTS.z2, TAIL_INPUTS.block, h);
      const many = await open(layer.correctionMany, SECOND_OUTPUTS.z2, TAIL_INPUTS.block, h);
      const flips = await open(layer.flips, SECOND_OUTPUTS.flips, TAIL_INPUTS.block, h);
      const rest = await OnnxSession.create(runtime, encodeModel(layer.rest), {
        ...io,
        input: layer.output,
        inputShape: [layer.units],
      });
      opened.push(rest);
      await mid.close();
      opened.shift();
      return new SecondLayerPath(layer, first, p, correction, many, rest, flips, mode, n, z1, z2);
    } catch {
      for (const session of opened) await session.close();
      return undefined;
    }
  }

  /**
   * Whether a component of `columns` changed columns whose repeats change `changedRows` rows in
   * all takes this path: its P must fit in the cache, and (mode `cost`) the second layer must
   * cost less than the first layer's tail (`prefersSecondLayer`), with the fraction of flipped
   * ReLU units measured by the runtime on up to `PROBE_ROWS` rows of the component's first
   * stack — so the choice depends on the component and the data only.
   */
  async prefers(columns: Int32Array, changedRows: number, first: Stack): Promise<boolean> {
    const k = columns.length;
    if (k * this.n * this.layer.units > P_VALUES) return false;
    if (this.mode === 'always') return true;
    const sizes = {
      n: this.n,
      h: this.first.units,
      h2: this.layer.units,
      columns: k,
      changedRows,
      flipFraction: 0,
    };
    // Not even with no flips: no need to probe.
    if (!prefersSecondLayer(sizes)) return false;
    const h = this.first.units;
    const m = Math.min(first.m, PROBE_ROWS);
    const { ort } = this.flips.runtime;
    const [flipped] = await this.flips.run(
      {
        [TAIL_INPUTS.block]: new ort.Tensor(
          'float32',
          this.z1.subarray(first.start * h, first.end * h),
          [first.end - first.start, h],
        ),
        [TAIL_INPUTS.rows]: new ort.Tensor('int32', first.rows.subarray(0, m), [m]),
        [TAIL_INPUTS.delta]: new ort.Tensor('float32', first.delta.subarray(0, m * k), [m, k]),
        [TAIL_INPUTS.columns]: new ort.Tensor('int32', Int32Array.from(columns), [k]),
      },
      1,
    );
    return prefersSecondLayer({ ...sizes, flipFraction: flipped / (m * h) });
  }

  /** Computes (or finds kept) P of each of these columns; call before `run`. */
  async load(columns: Int32Array): Promise<void> {
    this.components++;
    const size = this.n * this.layer.units;
    for (const column of columns) {
      if (this.kept.has(column)) continue;
      // Room for it: the oldest columns this component does not need go first.
      for (const [old] of this.kept) {
        if ((this.kept.size + 1) * size <= P_VALUES) break;
        if (!columns.includes(old)) this.kept.delete(old);
      }
      this.kept.set(column, await this.pOf(column));
    }
  }

  /** The model's output (rows × width) of one stack of changed rows of `columns`. */
  async run(stack: Stack, columns: Int32Array): Promise<Float32Array> {
    const { start, end, m, rows, delta } = stack;
    const h = this.first.units;
    const h2 = this.layer.units;
    const k = columns.length;
    const b = end - start;
    const { ort } = this.correction.runtime;
    let p: Float32Array;
    if (k === 1) p = this.kept.get(columns[0])!.subarray(start * h2, end * h2);
    else {
      p = new Float32Array(k * b * h2);
      columns.forEach((j, i) =>
        p.set(this.kept.get(j)!.subarray(start * h2, end * h2), i * b * h2),
      );
    }
    const z2 = await (k === 1 ? this.correction : this.correctionMany).run(
      {
        [TAIL_INPUTS.block]: new ort.Tensor('float32', this.z1.subarray(start * h, end * h), [
          b,
          h,
        ]),
        [SECOND_INPUTS.z2]: new ort.Tensor('float32', this.z2.subarray(start * h2, end * h2), [
          b,
          h2,
        ]),
        [SECOND_INPUTS.p]: new ort.Tensor('float32', p, k === 1 ? [b, h2] : [k, b, h2]),
        [TAIL_INPUTS.rows]: new ort.Tensor('int32', rows.subarray(0, m), [m]),
        [TAIL_INPUTS.delta]: new ort.Tensor('float32', delta.subarray(0, m * k), [m, k]),
        [TAIL_INPUTS.columns]: new ort.Tensor('int32', Int32Array.from(columns), [k]),
      },
      m,
    );
    return this.rest.predict(z2, m);
  }

  /** The output width of the rest of the model (known after the first run). */
  get outputWidth(): number {
    return this.rest.outputWidth;
  }

  /** P of one column over every eval row, computed alone, over fixed row blocks. */
  private async pOf(column: number): Promise<Float32Array> {
    this.computedColumns++;
    const h = this.first.units;
    const h2 = this.layer.units;
    const { ort } = this.p.runtime;
    const out = new Float32Array(this.n * h2);
    const block = Math.max(1, Math.floor(BLOCK_VALUES / Math.max(h, h2)));
    const index = new ort.Tensor('int32', Int32Array.of(column), []);
    for (let start = 0; start < this.n; start += block) {
      const end = Math.min(this.n, start + block);
      const feeds = {
        [TAIL_INPUTS.block]: new ort.Tensor('float32', this.z1.subarray(start * h, end * h), [
          end - start,
          h,
        ]),
        [SECOND_INPUTS.column]: index,
      };
      out.set(await this.p.run(feeds, end - start), start * h2);
    }
    return out;
  }

  async close(): Promise<void> {
    this.kept.clear();
    for (const session of [this.p, this.correction, this.correctionMany, this.rest, this.flips]) {
      await session.close();
    }
  }
}
