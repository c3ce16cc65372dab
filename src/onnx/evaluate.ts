/**
 * Evaluating an ONNX suite: every ablation's predictions come from ONNX Runtime running the
 * model — for feature ablations the graph cut after its first layer (src/onnx/first-layer.ts:
 * the head once, then the tail on z1 rows plus their rank-one updates) or, when the graph does
 * not start with such a layer, the original one on rebuilt inputs; an edited copy of the graph
 * for layer ablations (src/onnx/edit.ts, reinit.ts). No operator of the model is computed
 * here. Components run one after another on this thread (the runtime has its own threads);
 * the order and the row batches depend on the plan only, so the results do not depend on
 * `workers` or shards.
 */
import {
  changedRows,
  columnMeans,
  columnsOf,
  featureChange,
  type FeatureChange,
  type ModelData,
} from '../ablation/inputs.js';
import type { Component, FeatureComponent, LayerComponent } from '../ablation/plan.js';
import { RowWriter } from '../ablation/row-writer.js';
import { indexNames } from '../pattern/names.js';
import type { Evaluation, EvaluationOptions } from '../suite/evaluation.js';
import {
  exposeOutputs,
  meanComponent,
  removeComponent,
  zeroComponent,
  type Replacement,
} from './edit.js';
import { FirstLayerPath } from './first-layer-path.js';
import { encodeModel, type ModelProto } from './model.js';
import { TensorProto_DataType } from './onnx-ml_pb.js';
import { reinitComponent } from './reinit.js';
import { OnnxSession } from './session.js';
import type { OnnxSuite } from './suite.js';

/** The runtime's names of element types a zero can be made of (others: float32's zero). */
const ELEMENT_TYPES: Record<string, TensorProto_DataType | undefined> = {
  float32: TensorProto_DataType.FLOAT,
  float64: TensorProto_DataType.DOUBLE,
  float16: TensorProto_DataType.FLOAT16,
  int32: TensorProto_DataType.INT32,
  int64: TensorProto_DataType.INT64,
};

/** The means a feature ablation in another mode than `mean` is given (it reads none). */
const NO_MEANS = new Float64Array(0);

/** Bytes of component outputs held at once (one chunk's). */
const OUTPUT_BUDGET = 64 * 1024 * 1024;

/** Starts evaluating an ONNX suite: the baseline is the one `prepareOnnxSuite` ran. */
export function startOnnxEvaluation(
  suite: OnnxSuite,
  _options: EvaluationOptions,
): Promise<Evaluation> {
  const evaluator = new OnnxEvaluator(suite);
  const { config } = suite;
  const count = (c: Component): number => (c.stochastic ? config.repeats : 1);
  return Promise.resolve({
    evaluator,
    async *chunks(onProgress, limits = {}) {
      const applicable = suite.components.filter((c) => c.notApplicable === undefined);
      const total = Math.max(
        1,
        applicable.reduce((sum, c) => sum + count(c), 0),
      );
      const perUnit = suite.dataset.n * evaluator.outputWidth * 4;
      const maxUnits = Math.min(
        limits.maxUnits ?? Infinity,
        Math.max(1, Math.floor(OUTPUT_BUDGET / perUnit)),
      );
      let done = 0;
      let refused = false;
      for (const chunk of chunkBy(applicable, count, maxUnits)) {
        const units = chunk.reduce((sum, c) => sum + count(c), 0);
        refused ||= limits.admit?.(units) === false;
        if (refused) {
          yield { components: chunk, outputs: undefined };
          continue;
        }
        const outputs = new Map<string, Float32Array[]>();
        for (const component of chunk) {
          if (component.on === 'features') {
            // A component's repeats together: the first-layer path stacks them into its runs.
            outputs.set(component.id, await evaluator.featureRepeats(component, count(component)));
            done += count(component);
            onProgress?.(Math.min(1, done / total));
            continue;
          }
          const repeats: Float32Array[] = [];
          for (let repeat = 0; repeat < count(component); repeat++) {
            repeats.push(await evaluator.evaluate(component, repeat));
            onProgress?.(Math.min(1, ++done / total));
          }
          outputs.set(component.id, repeats);
        }
        yield { components: chunk, outputs };
      }
    },
    close: () => evaluator.close(),
  });
}

function chunkBy<T>(items: T[], size: (item: T) => number, max: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let units = 0;
  for (const item of items) {
    if (current.length > 0 && units + size(item) > max) {
      chunks.push(current);
      current = [];
      units = 0;
    }
    current.push(item);
    units += size(item);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The predictions of one ablation of an ONNX suite, computed by the runtime. */
export class OnnxEvaluator {
  private readonly featureIndex: ReadonlyMap<string, number>;
  /** Per-feature means of the raw values, computed for the first `mean` feature ablation. */
  private featureMeans: Float64Array | undefined;
  private readonly means = new Map<string, Replacement>();
  /** The full-pass feature path's input rows, kept from pass to pass. */
  private rowWriter: RowWriter | undefined;
  /** Each feature component's columns, looked up once (not per repeat). */
  private readonly columns = new Map<FeatureComponent, Int32Array>();
  /** The first-layer path, made at the first feature ablation (undefined: full passes). */
  private path: Promise<FirstLayerPath | undefined> | undefined;

  /** `firstLayer: false`: feature ablations take full passes even where the path applies. */
  constructor(
    private readonly suite: OnnxSuite,
    private readonly options: { firstLayer?: boolean } = {},
  ) {
    this.featureIndex = indexNames(suite.dataset.features);
  }

  /** Whether feature ablations go through the first-layer path (made on first use). */
  async usesFirstLayer(): Promise<boolean> {
    return (await this.firstLayer()) !== undefined;
  }

  /** Releases the first-layer path's session. */
  async close(): Promise<void> {
    const path = await this.path;
    this.path = Promise.resolve(undefined);
    await path?.close();
  }

  /** The predictions of repeats 0 … count−1 of a feature component. */
  async featureRepeats(component: FeatureComponent, count: number): Promise<Float32Array[]> {
    const path = await this.firstLayer();
    if (path === undefined) {
      const repeats: Float32Array[] = [];
      for (let repeat = 0; repeat < count; repeat++) {
        repeats.push(await this.features(component, repeat));
      }
      return repeats;
    }
    const changes = Array.from({ length: count }, (_, repeat) => this.changeOf(component, repeat));
    return path.evaluate(changes, this.suite.baseline);
  }

  private firstLayer(): Promise<FirstLayerPath | undefined> {
    if (this.options.firstLayer === false) return Promise.resolve(undefined);
    const { runtime, io } = this.suite.session;
    this.path ??= FirstLayerPath.create(runtime, this.suite.model, io, this.suite.modelData);
    return this.path;
  }

  private changeOf(component: FeatureComponent, repeat: number): FeatureChange {
    let columns = this.columns.get(component);
    if (columns === undefined) {
      columns = columnsOf(component, this.featureIndex, this.suite.dataset.features);
      this.columns.set(component, columns);
    }
    return featureChange(
      component,
      columns,
      repeat,
      this.suite.modelData,
      this.suite.config.seed,
      component.mode === 'mean'
        ? (this.featureMeans ??= columnMeans(this.suite.modelData))
        : NO_MEANS,
    );
  }

  get outputWidth(): number {
    return this.suite.session.outputWidth;
  }

  /** The runtime's predictions of the unedited model. */
  baseline(): Float32Array {
    return this.suite.baseline;
  }

  /** One repeat of one component: n × outputWidth predictions. */
  async evaluate(component: Component, repeat: number): Promise<Float32Array> {
    if (component.on === 'layers') return this.layers(component, repeat);
    const path = await this.firstLayer();
    if (path === undefined) return this.features(component, repeat);
    const [out] = await path.evaluate([this.changeOf(component, repeat)], this.suite.baseline);
    return out;
  }

  /** The unedited model on inputs with the feature change applied (changed rows only). */
  private async features(component: FeatureComponent, repeat: number): Promise<Float32Array> {
    const data = this.suite.modelData;
    const change = this.changeOf(component, repeat);
    const rows = changedRows(change, data, 0, data.n);
    const width = this.outputWidth;
    const out = this.suite.baseline.slice();
    const session = this.suite.session;
    const batch = session.batchRows;
    // Repeats and components over the same rows rewrite only the columns that change.
    this.rowWriter ??= new RowWriter(data);
    for (let first = 0; first < rows.length; first += batch) {
      const last = Math.min(rows.length, first + batch);
      const inputs = this.rowWriter.write(rows, first, last, change);
      const values = await session.predict(inputs, last - first);
      for (let k = first; k < last; k++) {
        out.set(values.subarray((k - first) * width, (k - first + 1) * width), rows[k] * width);
      }
    }
    return out;
  }

  /** The edited graph run by the runtime over every row. */
  private async layers(component: LayerComponent, repeat: number): Promise<Float32Array> {
    const edited = await this.edit(component, repeat);
    const { runtime, io } = this.suite.session;
    const session = await OnnxSession.create(runtime, encodeModel(edited), io);
    try {
      return await session.predictAll(this.suite.modelData);
    } finally {
      await session.close();
    }
  }

  /** The model with each of the component's scopes edited in turn. */
  async edit(component: LayerComponent, repeat: number): Promise<ModelProto> {
    let model = this.suite.model;
    for (const id of component.layers) {
      const edited = await this.editOne(model, id, component, repeat);
      if (edited instanceof Error) throw new Error(`${component.id}: ${edited.message}`);
      model = edited;
    }
    return model;
  }

  private async editOne(
    model: ModelProto,
    id: string,
    component: LayerComponent,
    repeat: number,
  ): Promise<ModelProto | Error> {
    switch (component.mode) {
      case 'zero': {
        // Zeros of the output's element type (an index output stays an index).
        const [output] = this.suite.scopes.get(id)!.outputs;
        return zeroComponent(model, id, ELEMENT_TYPES[this.suite.types.get(output) ?? 'float32']);
      }
      case 'mean':
        return meanComponent(model, id, await this.meanOf(id));
      case 'remove':
        return removeComponent(model, id, this.suite.shapes);
      case 'reinit':
        return reinitComponent(model, id, this.suite.config.seed, repeat);
    }
  }

  /** The mean of the scope's output over the eval rows, measured by the runtime (kept). */
  private async meanOf(id: string): Promise<Replacement> {
    const kept = this.means.get(id);
    if (kept !== undefined) return kept;
    const scope = this.suite.scopes.get(id)!;
    const [tensor] = scope.outputs;
    const exposed = exposeOutputs(this.suite.model, [tensor]);
    if (exposed instanceof Error) throw exposed;
    const { runtime, io } = this.suite.session;
    const session = await OnnxSession.create(runtime, encodeModel(exposed), {
      ...io,
      output: tensor,
      as: 'probabilities',
    });
    try {
      const values = await session.predictAll(this.suite.modelData);
      const mean = rowMean(values, this.suite.modelData, this.suite.shapes.get(tensor)!);
      this.means.set(id, mean);
      return mean;
    } finally {
      await session.close();
    }
  }
}

/** The mean over the rows (axis 0) of n rows of one tensor, its batch axis kept as 1. */
function rowMean(values: Float32Array, data: ModelData, dims: number[]): Replacement {
  const width = values.length / data.n;
  const sums = new Float64Array(width);
  for (let r = 0; r < data.n; r++) {
    for (let i = 0; i < width; i++) sums[i] += values[r * width + i];
  }
  return { dims: [1, ...dims.slice(1)], values: Float32Array.from(sums, (s) => s / data.n) };
}
