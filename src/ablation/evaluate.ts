import * as tf from '@tensorflow/tfjs';
import { evaluateGraph } from '../model/execute.js';
import type { ModelGraph } from '../model/graph.js';
import {
  changedRows,
  columnMeans,
  columnsOf,
  featureChange,
  fillRows,
  type FeatureChange,
  type ModelData,
} from './inputs.js';
import { LayerPath } from './layer-path.js';
import type { Component, FeatureComponent, LayerComponent } from './plan.js';
import { findFirstDense, RankOnePath } from './rank.js';
import { BLOCK_ROWS } from './second-layer.js';
import { keepsScaledInputs, ScaledInputs } from './scaled.js';
import { placeUnit, planUnits, unitLength, type WorkUnit } from './units.js';

export type { ModelData } from './inputs.js';

/** Feature changes (each a permutation of the rows, or constants) kept between units. */
const KEPT_CHANGES = 32;

export interface EvaluatorOptions {
  seed: number;
  repeats: number;
  /** Bytes of activations one forward pass may hold (default 256 MiB). */
  memoryBudget?: number;
  /**
   * Apply feature ablations as low-rank updates of the first Dense layer
   * when the model allows (default true); false always runs the full model.
   */
  rankOne?: boolean;
  /** Take one-column changes through the first two Dense layers' shortcut when the model allows (default true). */
  secondLayer?: boolean;
  /** The outputs with nothing ablated, when already computed (a worker gets the main thread's). */
  baseline?: Outputs;
}

/** Model outputs on every eval example, n × outputWidth, row-major. */
export type Outputs = Float32Array;

/** The constructor's default `memoryBudget`. */
const DEFAULT_MEMORY_BUDGET = 256 * 1024 * 1024;

/**
 * Evaluates the model on the eval set with and without ablations, one work
 * unit at a time (see `planUnits`): layer ablations recompute only the
 * layers that depend on the ablated ones, from the baseline's activations;
 * feature ablations are stacked into large passes and, when the input feeds
 * a Dense layer, applied as low-rank updates of its pre-activation so only
 * the layers above it run.
 */
export class Evaluator {
  /**
   * How feature ablations run: one-column ones through the first two Dense
   * layers' shortcut (others as rank-one updates), low-rank updates of the
   * first Dense layer, or the whole model.
   */
  readonly featurePath: 'second-layer' | 'rank-one' | 'full';
  /** Rows one pass holds, from the memory budget; units are planned with it. */
  readonly rowsPerPass: number;
  private readonly width: number;
  private readonly featureIndex: Map<string, number>;
  private readonly featureMeans: Float64Array;
  private readonly columns = new Map<Component, Int32Array>();
  private readonly changes = new Map<string, FeatureChange>();
  /** Layer ablations and the activation cache (sensitivity curves' layer noise reads it too). */
  readonly layers: LayerPath;
  private readonly rank: RankOnePath | undefined;
  private baselineOutputs: Float32Array | undefined;
  /** The full path's scaled inputs, kept when they fit the budget (null: they do not). */
  private scaled: ScaledInputs | null | undefined;
  /** Stacked inputs of full passes without kept inputs, reused: fresh memory costs a page fault per 4 KiB. */
  private stack: Float32Array | undefined;

  constructor(
    private readonly graph: ModelGraph,
    private readonly inputShape: number[],
    private readonly data: ModelData,
    private readonly options: EvaluatorOptions,
  ) {
    this.width = graph.slotShapes[graph.outputSlots[0]].reduce<number>((a, d) => a * (d ?? 1), 1);
    const perExample = graph.slotShapes.reduce(
      (sum, shape) => sum + shape.reduce<number>((a, d) => a * (d ?? 1), 1),
      0,
    );
    // Baseline activations and one ablated pass live side by side.
    const budget = options.memoryBudget ?? 256 * 1024 * 1024;
    this.rowsPerPass = Math.max(1, Math.floor(budget / (2 * 4 * perExample)));
    this.baselineOutputs = options.baseline;
    this.featureIndex = new Map(data.features.map((name, j) => [name, j]));
    this.featureMeans = columnMeans(data);
    this.layers = new LayerPath(
      graph,
      options.seed,
      data.n,
      (start, end) => this.input(start, end),
      this.rowsPerPass,
    );
    const dense = options.rankOne === false ? undefined : findFirstDense(graph);
    this.rank =
      dense === undefined
        ? undefined
        : new RankOnePath(graph, dense, data, this.rowsPerPass, {
            secondLayer: options.secondLayer,
          });
    this.featurePath =
      this.rank === undefined
        ? 'full'
        : this.rank.second === undefined
          ? 'rank-one'
          : 'second-layer';
  }

  /** Output values per example: the model's output width. */
  get outputWidth(): number {
    return this.width;
  }

  /** The model's outputs with nothing ablated (computed once). */
  baseline(): Outputs {
    if (this.baselineOutputs !== undefined) return this.baselineOutputs;
    const out = new Float32Array(this.data.n * this.width);
    // In blocks: the backend's memory, which never shrinks, holds one block's activations.
    const block = Math.min(this.rowsPerPass, BLOCK_ROWS);
    for (let start = 0; start < this.data.n; start += block) {
      const end = Math.min(this.data.n, start + block);
      const input = this.input(start, end);
      try {
        const result = tf.tidy(() => evaluateGraph(this.graph, [input])[this.graph.outputSlots[0]]);
        out.set(result.dataSync(), start * this.width);
        result.dispose();
      } finally {
        input.dispose();
      }
    }
    this.baselineOutputs = out;
    return out;
  }

  /**
   * Outputs of every component, `repeats` of them for stochastic ones and
   * one otherwise, evaluated here on this thread. Components marked not
   * applicable get none.
   */
  run(components: Component[], onProgress?: (done: number) => void): Map<string, Outputs[]> {
    const outputs = allocateOutputs(components, this.options.repeats, this.data.n * this.width);
    const indices = components.map((_, i) => i);
    const units = planUnits(
      components,
      indices,
      this.options.repeats,
      this.data.n,
      this.rowsPerPass,
    );
    let done = 0;
    for (const unit of units) {
      placeUnit(unit, this.evaluateUnit(unit, components), components, outputs, this.width);
      done += unitLength(unit, 1) / this.data.n;
      onProgress?.(done);
    }
    return outputs;
  }

  /** The outputs of one work unit (its segments one after the other). */
  evaluateUnit(unit: WorkUnit, components: readonly Component[]): Float32Array {
    if (unit.on === 'layers') {
      const parts = this.layers.evaluate(
        unit.segments,
        unit.segments.map((s) => layerOf(components[s.component])),
      );
      const out = new Float32Array(unitLength(unit, this.width));
      let at = 0;
      for (const part of parts) {
        out.set(part, at);
        at += part.length;
      }
      return out;
    }
    const changes = unit.segments.map((s) => this.changeOf(components, s.component, s.repeat));
    return this.evaluateChanges(unit, changes);
  }

  /**
   * The outputs of a feature unit whose segments carry the given changes
   * (one per segment; `segment.component` is not read): the rank-one,
   * second-layer or full path, as for a feature ablation.
   */
  evaluateChanges(unit: WorkUnit, changes: FeatureChange[]): Float32Array {
    return this.rank !== undefined
      ? this.rank.evaluate(unit, changes, this.baseline(), this.width)
      : this.fullPass(unit, changes);
  }

  /** Frees what the evaluator keeps between runs. */
  dispose(): void {
    this.layers.dispose();
    this.rank?.dispose();
  }

  /** Feature segments stacked into one pass of the whole model on rebuilt inputs. */
  private fullPass(unit: WorkUnit, changes: FeatureChange[]): Float32Array {
    const size = this.data.features.length;
    const width = this.width;
    const baseline = this.baseline();
    const out = new Float32Array(unitLength(unit, width));
    // Only rows whose input the ablation changes run; the others keep the baseline's outputs.
    const changed = unit.segments.map((s, i) => changedRows(changes[i], this.data, s.start, s.end));
    const total = changed.reduce((sum, rows) => sum + rows.length, 0);
    const scaled = this.scaledInputs();
    let stacked: Float32Array;
    if (scaled !== undefined) {
      stacked = scaled.stack(changed.map((rows, i) => ({ rows, change: changes[i] })));
    } else {
      stacked = this.stackOf(total * size);
      let row = 0;
      unit.segments.forEach((s, i) => {
        for (const r of changed[i])
          fillRows(stacked, size * row++, r, r + 1, this.data, changes[i]);
      });
    }
    const values = total === 0 ? new Float32Array(0) : this.predictStacked(stacked, total);
    let at = 0;
    let row = 0;
    unit.segments.forEach((s, i) => {
      out.set(baseline.subarray(s.start * width, s.end * width), at * width);
      for (const r of changed[i]) {
        out.set(values.subarray(row * width, ++row * width), (at + r - s.start) * width);
      }
      at += s.end - s.start;
    });
    return out;
  }

  /** The stacked-inputs buffer, at least `length` long; every pass overwrites what it uses. */
  private stackOf(length: number): Float32Array {
    if (this.stack === undefined || this.stack.length < length) {
      this.stack = new Float32Array(length);
    }
    return this.stack.subarray(0, length);
  }

  private predictStacked(stacked: Float32Array, rows: number): Float32Array {
    const output = tf.tidy(() => {
      const input = tf.tensor(stacked, [rows, ...this.inputShape]);
      return evaluateGraph(this.graph, [input])[this.graph.outputSlots[0]];
    });
    const values = output.dataSync() as Float32Array;
    output.dispose();
    return values;
  }

  /**
   * The change of one repeat of a feature component, kept for the next few
   * units: a component's row batches share its permutation, drawn once.
   */
  private changeOf(components: readonly Component[], index: number, repeat: number): FeatureChange {
    const component = featureOf(components[index]);
    const key = `${component.id}\0${repeat}`;
    let change = this.changes.get(key);
    if (change === undefined) {
      change = featureChange(
        component,
        this.columnsOf(component),
        repeat,
        this.data,
        this.options.seed,
        this.featureMeans,
      );
      if (this.changes.size >= KEPT_CHANGES) this.changes.delete(this.changes.keys().next().value!);
    }
    // Most recently used last.
    this.changes.delete(key);
    this.changes.set(key, change);
    return change;
  }

  private columnsOf(component: FeatureComponent): Int32Array {
    let columns = this.columns.get(component);
    if (columns === undefined) {
      columns = columnsOf(component, this.featureIndex);
      this.columns.set(component, columns);
    }
    return columns;
  }

  private input(start: number, end: number): tf.Tensor {
    const shape = [end - start, ...this.inputShape];
    const scaled = this.featurePath === 'full' ? this.scaledInputs() : undefined;
    if (scaled !== undefined) return tf.tensor(scaled.rows(start, end), shape);
    const values = new Float32Array((end - start) * this.data.features.length);
    fillRows(values, 0, start, end, this.data);
    return tf.tensor(values, shape);
  }

  /** The kept scaled inputs, or undefined when n × f of them exceed the memory budget. */
  private scaledInputs(): ScaledInputs | undefined {
    if (this.scaled === undefined) {
      const budget = this.options.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
      this.scaled = keepsScaledInputs(this.data, budget) ? new ScaledInputs(this.data) : null;
    }
    return this.scaled ?? undefined;
  }
}

function layerOf(component: Component): LayerComponent {
  if (component.on === 'layers') return component;
  throw new Error(`${component.id} is not a layer ablation`);
}

function featureOf(component: Component): FeatureComponent {
  if (component.on === 'features') return component;
  throw new Error(`${component.id} is not a feature ablation`);
}

/** Zeroed outputs, n × width each, for every repeat of every applicable component, by id. */
export function allocateOutputs(
  components: readonly Component[],
  repeats: number,
  length: number,
): Map<string, Outputs[]> {
  const outputs = new Map<string, Outputs[]>();
  for (const component of components) {
    if (component.notApplicable !== undefined) continue;
    const count = component.stochastic ? repeats : 1;
    outputs.set(
      component.id,
      Array.from({ length: count }, () => new Float32Array(length)),
    );
  }
  return outputs;
}
