import * as tf from '@tensorflow/tfjs';
import type { Evaluator } from '../ablation/evaluate.js';
import type { ModelData } from '../ablation/inputs.js';
import type { LayerComponent } from '../ablation/plan.js';
import type { LayerOverride } from '../model/execute.js';
import type { ModelGraph } from '../model/graph.js';
import { faded, noiseDraws, perturbed, spread } from './perturb.js';
import type { SensitivityComponent } from './plan.js';
import type { CurveSettings, CurveUnit } from './units.js';

type LayerCurve = Extract<SensitivityComponent, { on: 'layers' }>;

/** One repeat's noise draws of a layer curve, kept while its units come. */
interface WeightDraws {
  id: string;
  layers: tf.layers.Layer[];
  trained: Float32Array[][];
  stats: { mean: number; sd: number }[][];
  /** Per repeat, per layer, per weight tensor. */
  draws: Float32Array[][][];
}

/**
 * Layer noise of sensitivity curves, from the ablation evaluator's one
 * activation cache (`LayerPath`): the baseline's activations of a row range
 * are computed once for the layer ablations and the curves alike, and each
 * noisy copy recomputes only the layers above the noisy one.
 */
export class LayerNoise {
  /** Per output slot: each value's mean and spread over every row. */
  private readonly moments = new Map<number, { mean: Float64Array; sd: Float64Array }>();
  private weights: WeightDraws | undefined;
  private output: { id: string; draws: Float32Array[][] } | undefined;
  /** The last slot values read (one slot of one row range). */
  private read: { key: string; values: Float32Array } | undefined;

  constructor(
    private readonly evaluator: Evaluator,
    private readonly graph: ModelGraph,
    private readonly data: ModelData,
    private readonly settings: CurveSettings,
  ) {}

  /** The unit's outputs: each grid point's repeats, rows [start, end) each. */
  evaluate(unit: CurveUnit, curve: LayerCurve, baseline: Float32Array): Float32Array {
    const { start, end } = unit;
    const width = this.evaluator.outputWidth;
    const length = (end - start) * width;
    const out = new Float32Array(unit.points.length * this.settings.repeats * length);
    let at = 0;
    for (const g of unit.points) {
      const s = this.settings.grid[g];
      for (let r = 0; r < this.settings.repeats; r++, at += length) {
        // No noise is the baseline itself (the same numbers, not a recomputation of them).
        if (s === 0) out.set(baseline.subarray(start * width, end * width), at);
        else if (curve.noise === 'weights')
          out.set(this.withWeightNoise(curve, r, s, start, end), at);
        else out.set(this.withOutputNoise(curve, r, s, start, end), at);
      }
    }
    return out;
  }

  dispose(): void {
    this.moments.clear();
    this.weights = undefined;
    this.output = undefined;
    this.read = undefined;
  }

  /** Noise on each layer's trained weights: σ = s × the spread of each weight tensor. */
  private withWeightNoise(
    curve: LayerCurve,
    repeat: number,
    s: number,
    start: number,
    end: number,
  ): Float32Array {
    const { layers, trained, stats, draws } = this.weightDraws(curve);
    const path = this.evaluator.layers;
    // The baseline's activations first, with the trained weights in place.
    path.activations(start, end);
    const overrides = new Map<string, LayerOverride>(
      curve.layers.map((name) => [name, { kind: 'recompute' }]),
    );
    // Copies: getWeights may hand out the variables themselves, which setWeights overwrites.
    const originals = layers.map((layer) => layer.getWeights().map((w) => w.clone()));
    try {
      layers.forEach((layer, l) => {
        const noisy = originals[l].map((w, t) => {
          const values = trained[l][t];
          const { mean, sd } = stats[l][t];
          const e = draws[repeat][l][t];
          const noisyValues = new Float32Array(values.length);
          for (let i = 0; i < values.length; i++)
            noisyValues[i] = perturbed(values[i], mean, sd, s, e[i]);
          return tf.tensor(noisyValues, w.shape, w.dtype);
        });
        layer.setWeights(noisy);
        for (const t of noisy) t.dispose();
      });
      return path.outputsWith(start, end, overrides);
    } finally {
      layers.forEach((layer, l) => {
        layer.setWeights(originals[l]);
        for (const t of originals[l]) t.dispose();
      });
    }
  }

  /** A weight curve's trained weights, their spread and every repeat's draws, made once. */
  private weightDraws(curve: LayerCurve): WeightDraws {
    if (this.weights?.id === curve.id) return this.weights;
    const path = this.evaluator.layers;
    const layers = curve.layers.map((name) => path.layer(name));
    const trained = layers.map((layer) =>
      layer.getWeights().map((w) => Float32Array.from(w.dataSync() as Float32Array)),
    );
    const draws = Array.from({ length: this.settings.repeats }, (_, repeat) =>
      trained.map((tensors, l) =>
        tensors.map((values, t) =>
          noiseDraws(
            this.settings.seed,
            curve.id,
            repeat,
            `weights:${curve.layers[l]}:${t}`,
            values.length,
          ),
        ),
      ),
    );
    const stats = trained.map((tensors) => tensors.map((values) => spread(values)));
    this.weights = { id: curve.id, layers, trained, stats, draws };
    return this.weights;
  }

  /**
   * Noise on each layer's output, fading to its mean: σ = s × each output value's spread over
   * the eval set to first order, exactly the mean at s = 1 (`faded`).
   */
  private withOutputNoise(
    curve: LayerCurve,
    repeat: number,
    s: number,
    start: number,
    end: number,
  ): Float32Array {
    // At s = 1 the noise has faded to the layer's mean: the `mean` ablation, run by its own
    // path so that the mean is the same float32 sum (log loss on saturated outputs sees one ulp).
    if (s === 1) {
      const ablation: LayerComponent = {
        id: `${curve.kind}:${curve.name}:mean`,
        kind: curve.kind,
        name: curve.name,
        stochastic: false,
        on: 'layers',
        layers: curve.layers,
        mode: 'mean',
      };
      return this.evaluator.evaluateUnit(
        { on: 'layers', segments: [{ component: 0, repeat: 0, start, end }] },
        [ablation],
      );
    }
    const slots = curve.layers.map(
      (name) => this.graph.nodes[this.graph.nodesOfLayer.get(name)![0]].outputs[0],
    );
    const moments = slots.map((slot) => this.slotMoments(slot));
    const draws = this.outputDraws(curve, moments)[repeat];
    const path = this.evaluator.layers;
    const base = path.activations(start, end);
    const overrides = new Map<string, LayerOverride>();
    const made: tf.Tensor[] = [];
    try {
      slots.forEach((slot, l) => {
        const tensor = base.slots[slot];
        const values = this.slotValues(slot, start, end, tensor);
        const { mean, sd } = moments[l];
        const size = mean.length;
        const e = draws[l];
        const out = new Float32Array(values.length);
        for (let i = 0, row = 0; row < end - start; row++) {
          for (let u = 0; u < size; u++, i++)
            out[i] = faded(values[i], mean[u], sd[u], s, e[start * size + i]);
        }
        const noisy = tf.tensor(out, tensor.shape, 'float32');
        made.push(noisy);
        overrides.set(curve.layers[l], { kind: 'mean', value: noisy });
      });
      return path.outputsWith(start, end, overrides);
    } finally {
      for (const t of made) t.dispose();
    }
  }

  /** A slot's values on rows [start, end), read from the backend once for every grid point and repeat. */
  private slotValues(slot: number, start: number, end: number, tensor: tf.Tensor): Float32Array {
    const key = `${slot}:${start}:${end}`;
    if (this.read?.key !== key) this.read = { key, values: tensor.dataSync() as Float32Array };
    return this.read.values;
  }

  /** An output curve's draws, per repeat and layer (n × the layer's output size), made once. */
  private outputDraws(curve: LayerCurve, moments: { mean: Float64Array }[]): Float32Array[][] {
    if (this.output?.id === curve.id) return this.output.draws;
    const draws = Array.from({ length: this.settings.repeats }, (_, repeat) =>
      moments.map(({ mean }, l) =>
        noiseDraws(
          this.settings.seed,
          curve.id,
          repeat,
          `output:${curve.layers[l]}`,
          this.data.n * mean.length,
        ),
      ),
    );
    this.output = { id: curve.id, draws };
    return draws;
  }

  /** Per output value of a slot (one example's worth): its mean and spread over every row. */
  private slotMoments(slot: number): { mean: Float64Array; sd: Float64Array } {
    const known = this.moments.get(slot);
    if (known !== undefined) return known;
    const { n } = this.data;
    const block = this.evaluator.rowsPerPass;
    let sum: Float64Array | undefined;
    let squares: Float64Array | undefined;
    for (let start = 0; start < n; start += block) {
      const end = Math.min(n, start + block);
      const values = this.evaluator.layers.activations(start, end).slots[slot].dataSync();
      const size = values.length / (end - start);
      sum ??= new Float64Array(size);
      squares ??= new Float64Array(size);
      for (let i = 0; i < values.length; i++) {
        sum[i % size] += values[i];
        squares[i % size] += values[i] * values[i];
      }
    }
    const mean = sum!.map((v) => v / n);
    const sd = squares!.map((v, u) => Math.sqrt(Math.max(0, v / n - mean[u] * mean[u])));
    const moments = { mean, sd };
    this.moments.set(slot, moments);
    return moments;
  }
}
