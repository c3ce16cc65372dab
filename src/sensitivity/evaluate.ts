import * as tf from '@tensorflow/tfjs';
import { Evaluator } from '../ablation/evaluate.js';
import { fillRows, type FeatureChange, type ModelData } from '../ablation/inputs.js';
import { BLOCK_ROWS } from '../ablation/second-layer.js';
import type { LayerComponent } from '../ablation/plan.js';
import type { WorkUnit } from '../ablation/units.js';
import { evaluateGraph, type LayerOverride } from '../model/execute.js';
import type { ModelGraph } from '../model/graph.js';
import { Rng } from '../stats/rng.js';
import { faded, noiseDraws, perturbed, replaced, spread } from './perturb.js';
import type { SensitivityComponent } from './plan.js';

/** Rows of stacked noisy copies per feature pass, as the ablation planner's feature units. */
const FEATURE_UNIT_ROWS = 16384;

export interface CurveSettings {
  seed: number;
  grid: number[];
  repeats: number;
  scale: 'std' | number;
  draws: 'gaussian' | 'permutation';
}

/**
 * The model's outputs under one curve's noise: `[grid point][repeat]`, each
 * n × width. Noise draws are the curve's own (keyed by its id and repeat),
 * the same at every grid point, so a curve is a paired sequence.
 */
export type CurveOutputs = Float32Array[][];

/**
 * Evaluates sensitivity curves on one thread. Feature noise goes through the
 * ablation evaluator's feature path (rank-one and second-layer updates of
 * the first Dense layers when the model allows); layer noise reuses the
 * baseline's activations of each row block and recomputes only the layers
 * above the noisy one.
 */
export class CurveEvaluator {
  private readonly features: Evaluator;
  private readonly block: number;
  private cached: { start: number; end: number; input: tf.Tensor; slots: tf.Tensor[] } | undefined;

  constructor(
    private readonly graph: ModelGraph,
    inputShape: number[],
    private readonly data: ModelData,
    private readonly baseline: Float32Array,
    private readonly settings: CurveSettings,
  ) {
    this.features = new Evaluator(graph, inputShape, data, {
      seed: settings.seed,
      repeats: 1,
      baseline,
    });
    this.block = Math.min(this.features.rowsPerPass, BLOCK_ROWS);
    this.inputShape = inputShape;
  }

  private readonly inputShape: number[];

  get outputWidth(): number {
    return this.features.outputWidth;
  }

  /** The outputs of one curve at every grid point and repeat. */
  evaluate(component: SensitivityComponent): CurveOutputs {
    return component.on === 'features' ? this.featureCurve(component) : this.layerCurve(component);
  }

  dispose(): void {
    this.release();
    this.features.dispose();
  }

  private featureCurve(component: Extract<SensitivityComponent, { on: 'features' }>): CurveOutputs {
    const { n, x } = this.data;
    const f = this.data.features.length;
    const index = new Map(this.data.features.map((name, j) => [name, j]));
    const columns = Int32Array.from(component.features, (name) => index.get(name)!);
    const k = columns.length;
    const stats = Array.from(columns, (j) => {
      const column = new Float64Array(n);
      for (let row = 0; row < n; row++) column[row] = x[row * f + j];
      return spread(column);
    });
    const { grid, repeats, scale } = this.settings;
    const draws = Array.from({ length: repeats }, (_, r) =>
      this.featureDraws(component, r, columns, stats),
    );
    // Permuted replacements on the column's own scale: s = 1 is the `permute` ablation itself.
    const sources =
      this.settings.draws === 'permutation' && scale === 'std'
        ? Array.from({ length: repeats }, (_, r) =>
            permutationOf(this.settings.seed, component, r, n),
          )
        : undefined;
    const changes: FeatureChange[] = [];
    for (let g = 0; g < grid.length; g++) {
      for (let r = 0; r < repeats; r++) {
        const e = draws[r];
        const source = sources?.[r];
        const values = new Float64Array(n * k);
        for (let row = 0; row < n; row++) {
          for (let c = 0; c < k; c++) {
            const { mean, sd } = stats[c];
            const sigma = scale === 'std' ? sd : scale;
            const v = x[row * f + columns[c]];
            if (source !== undefined) {
              values[row * k + c] = replaced(v, x[source[row] * f + columns[c]], mean, grid[g]);
              continue;
            }
            values[row * k + c] = perturbed(
              v,
              mean,
              sigma,
              grid[g],
              e[row * k + c],
              scale === 'std',
            );
          }
        }
        changes.push({ columns, constants: new Float64Array(k), values });
      }
    }
    const width = this.outputWidth;
    const outputs = changes.map(() => new Float32Array(n * width));
    // Row batches small enough that every grid point and repeat fit one stacked pass.
    const batch = Math.max(
      1,
      Math.min(this.features.rowsPerPass, Math.floor(FEATURE_UNIT_ROWS / changes.length)),
    );
    for (let start = 0; start < n; start += batch) {
      const end = Math.min(n, start + batch);
      const unit: WorkUnit = {
        on: 'features',
        segments: changes.map((_, i) => ({ component: i, repeat: 0, start, end })),
      };
      const values = this.features.evaluateChanges(unit, changes);
      const length = (end - start) * width;
      outputs.forEach((out, i) =>
        out.set(values.subarray(i * length, (i + 1) * length), start * width),
      );
    }
    return grid.map((_, g) => outputs.slice(g * repeats, (g + 1) * repeats));
  }

  /**
   * A repeat's ε for the columns, n × k: standard normal, or each column's
   * own values standardised in the order of one permutation of the rows
   * (shared by a group's columns, as the `permute` ablation moves them).
   */
  private featureDraws(
    component: SensitivityComponent,
    repeat: number,
    columns: Int32Array,
    stats: { mean: number; sd: number }[],
  ): Float32Array {
    const { n, x } = this.data;
    const k = columns.length;
    if (this.settings.draws === 'gaussian')
      return noiseDraws(this.settings.seed, component.id, repeat, 'input', n * k);
    const f = this.data.features.length;
    const source = permutationOf(this.settings.seed, component, repeat, n);
    const e = new Float32Array(n * k);
    for (let row = 0; row < n; row++) {
      for (let c = 0; c < k; c++) {
        const { mean, sd } = stats[c];
        e[row * k + c] = sd === 0 ? 0 : (x[source[row] * f + columns[c]] - mean) / sd;
      }
    }
    return e;
  }

  private layerCurve(component: Extract<SensitivityComponent, { on: 'layers' }>): CurveOutputs {
    const { n } = this.data;
    const { grid, repeats } = this.settings;
    const width = this.outputWidth;
    const curve: CurveOutputs = grid.map(() => []);
    for (let r = 0; r < repeats; r++) {
      const noise =
        component.noise === 'weights'
          ? this.weightNoise(component, r)
          : this.outputNoise(component, r);
      grid.forEach((s, g) => {
        // No noise is the baseline itself (the same numbers, not a recomputation of them).
        if (s === 0) {
          curve[g].push(this.baseline.slice());
          return;
        }
        const out = new Float32Array(n * width);
        for (let start = 0; start < n; start += this.block) {
          const end = Math.min(n, start + this.block);
          out.set(noise(s, start, end), start * width);
        }
        curve[g].push(out);
      });
    }
    return curve;
  }

  /** Noise on each layer's trained weights: σ = s × the spread of each weight tensor. */
  private weightNoise(
    component: Extract<SensitivityComponent, { on: 'layers' }>,
    repeat: number,
  ): (s: number, start: number, end: number) => Float32Array {
    const layers = component.layers.map((name) => this.layer(name));
    const trained = layers.map((layer) =>
      layer.getWeights().map((w) => Float32Array.from(w.dataSync() as Float32Array)),
    );
    const draws = trained.map((tensors, l) =>
      tensors.map((values, t) =>
        noiseDraws(
          this.settings.seed,
          component.id,
          repeat,
          `weights:${component.layers[l]}:${t}`,
          values.length,
        ),
      ),
    );
    const stats = trained.map((tensors) => tensors.map((values) => spread(values)));
    const overrides = new Map<string, LayerOverride>(
      component.layers.map((name) => [name, { kind: 'recompute' }]),
    );
    return (s, start, end) => {
      // Copies: getWeights may hand out the variables themselves, which setWeights overwrites.
      const originals = layers.map((layer) => layer.getWeights().map((w) => w.clone()));
      try {
        layers.forEach((layer, l) => {
          const noisy = originals[l].map((w, t) => {
            const values = trained[l][t];
            const { mean, sd } = stats[l][t];
            const e = draws[l][t];
            const out = new Float32Array(values.length);
            for (let i = 0; i < values.length; i++)
              out[i] = perturbed(values[i], mean, sd, s, e[i]);
            return tf.tensor(out, w.shape, w.dtype);
          });
          layer.setWeights(noisy);
          for (const t of noisy) t.dispose();
        });
        return this.run(start, end, overrides);
      } finally {
        layers.forEach((layer, l) => {
          layer.setWeights(originals[l]);
          for (const t of originals[l]) t.dispose();
        });
      }
    };
  }

  /** Noise on each layer's output: σ = s × each output value's spread over the eval set. */
  private outputNoise(
    component: Extract<SensitivityComponent, { on: 'layers' }>,
    repeat: number,
  ): (s: number, start: number, end: number) => Float32Array {
    const slots = component.layers.map(
      (name) => this.graph.nodes[this.graph.nodesOfLayer.get(name)![0]].outputs[0],
    );
    const moments = slots.map((slot) => this.slotMoments(slot));
    const draws = slots.map((_, l) =>
      noiseDraws(
        this.settings.seed,
        component.id,
        repeat,
        `output:${component.layers[l]}`,
        this.data.n * moments[l].mean.length,
      ),
    );
    // At s = 1 the noise has faded to the layer's mean: the `mean` ablation, run by its own
    // path so that the mean is the same float32 sum (log loss on saturated outputs sees one ulp).
    const ablation: LayerComponent = {
      id: `${component.kind}:${component.name}:mean`,
      kind: component.kind,
      name: component.name,
      stochastic: false,
      on: 'layers',
      layers: component.layers,
      mode: 'mean',
    };
    return (s, start, end) => {
      if (s === 1)
        return this.features.evaluateUnit(
          { on: 'layers', segments: [{ component: 0, repeat: 0, start, end }] },
          [ablation],
        );
      const base = this.activations(start, end);
      const overrides = new Map<string, LayerOverride>();
      const made: tf.Tensor[] = [];
      try {
        slots.forEach((slot, l) => {
          const tensor = base.slots[slot];
          const values = tensor.dataSync() as Float32Array;
          const { mean, sd } = moments[l];
          const size = mean.length;
          const e = draws[l];
          const out = new Float32Array(values.length);
          for (let i = 0; i < values.length; i++) {
            const u = i % size;
            out[i] = faded(values[i], mean[u], sd[u], s, e[start * size + i]);
          }
          const noisy = tf.tensor(out, tensor.shape, 'float32');
          made.push(noisy);
          overrides.set(component.layers[l], { kind: 'mean', value: noisy });
        });
        return this.run(start, end, overrides);
      } finally {
        for (const t of made) t.dispose();
      }
    };
  }

  /** Per output value of a slot (one example's worth): its mean and spread over every row. */
  private slotMoments(slot: number): { mean: Float64Array; sd: Float64Array } {
    let sum: Float64Array | undefined;
    let squares: Float64Array | undefined;
    for (let start = 0; start < this.data.n; start += this.block) {
      const end = Math.min(this.data.n, start + this.block);
      const values = this.activations(start, end).slots[slot].dataSync() as Float32Array;
      const size = values.length / (end - start);
      sum ??= new Float64Array(size);
      squares ??= new Float64Array(size);
      for (let i = 0; i < values.length; i++) {
        sum[i % size] += values[i];
        squares[i % size] += values[i] * values[i];
      }
    }
    const n = this.data.n;
    const mean = sum!.map((v) => v / n);
    const sd = squares!.map((v, u) => Math.sqrt(Math.max(0, v / n - mean[u] * mean[u])));
    return { mean, sd };
  }

  /** The outputs of rows [start, end) with the overrides, from the block's cached activations. */
  private run(
    start: number,
    end: number,
    overrides: ReadonlyMap<string, LayerOverride>,
  ): Float32Array {
    const base = this.activations(start, end);
    const output = tf.tidy(
      () =>
        evaluateGraph(this.graph, [base.input], overrides, base.slots)[this.graph.outputSlots[0]],
    );
    const values = output.dataSync() as Float32Array;
    if (!base.slots.includes(output)) output.dispose();
    return values;
  }

  private activations(start: number, end: number): { input: tf.Tensor; slots: tf.Tensor[] } {
    if (this.cached?.start === start && this.cached.end === end) return this.cached;
    this.release();
    const values = new Float32Array((end - start) * this.data.features.length);
    fillRows(values, 0, start, end, this.data);
    const input = tf.tensor(values, [end - start, ...this.inputShape]);
    let slots: tf.Tensor[];
    try {
      slots = tf.tidy(() => evaluateGraph(this.graph, [input]));
    } catch (error) {
      input.dispose(); // nothing else holds it yet
      throw error;
    }
    this.cached = { start, end, input, slots };
    return this.cached;
  }

  private release(): void {
    if (this.cached === undefined) return;
    for (const tensor of new Set([this.cached.input, ...this.cached.slots])) tensor.dispose();
    this.cached = undefined;
  }

  private layer(name: string): tf.layers.Layer {
    return this.graph.nodes[this.graph.nodesOfLayer.get(name)![0]].layer;
  }
}

/**
 * A repeat's permutation of the rows for a feature's (group's) curve: the
 * one its `permute` ablation draws for the same repeat (keyed by that
 * ablation's id), so the curve's s = 1 is that ablation, prediction for
 * prediction, when the repeats agree.
 */
function permutationOf(
  seed: number,
  component: SensitivityComponent,
  repeat: number,
  n: number,
): Int32Array {
  return Rng.stream(
    seed,
    'permute',
    `${component.kind}:${component.name}:permute`,
    repeat,
  ).permutation(n);
}
