import * as tf from '@tensorflow/tfjs';
import { drawWeights } from '../model/reinit.js';
import { evaluateGraph, type LayerOverride } from '../model/execute.js';
import type { ModelGraph } from '../model/graph.js';
import { Rng } from '../stats/rng.js';
import type { Component } from './plan.js';

/** The eval data as the model sees it: raw features plus the affine scaling. */
export interface ModelData {
  n: number;
  features: string[];
  /** n × features.length raw values, row-major. */
  x: Float64Array;
  center: Float64Array;
  scale: Float64Array;
}

export interface EvaluatorOptions {
  seed: number;
  repeats: number;
  /** Bytes of activations one forward pass may hold (default 256 MiB). */
  memoryBudget?: number;
}

/** Model outputs on every eval example, n × outputWidth, row-major. */
export type Outputs = Float32Array;

/**
 * Evaluates the model on the eval set with and without ablations. The plan:
 * rows are processed in batches sized to the memory budget; per batch the
 * baseline's activations are computed once and every layer ablation only
 * recomputes the layers that depend on the ablated ones; feature ablations
 * of many components and repeats are stacked into one forward pass.
 */
export class Evaluator {
  private readonly rowsPerPass: number;
  private readonly width: number;
  private readonly inputSize: number;
  private readonly layerMeans = new Map<string, tf.Tensor>();
  private readonly featureMeans: Float64Array;

  constructor(
    private readonly graph: ModelGraph,
    private readonly inputShape: number[],
    private readonly data: ModelData,
    private readonly options: EvaluatorOptions,
  ) {
    this.width = graph.slotShapes[graph.outputSlots[0]].reduce<number>((a, d) => a * (d ?? 1), 1);
    this.inputSize = inputShape.reduce((a, d) => a * d, 1);
    const perExample = graph.slotShapes.reduce(
      (sum, shape) => sum + shape.reduce<number>((a, d) => a * (d ?? 1), 1),
      0,
    );
    // Baseline activations and one ablated pass live side by side.
    const budget = options.memoryBudget ?? 256 * 1024 * 1024;
    this.rowsPerPass = Math.max(1, Math.floor(budget / (2 * 4 * perExample)));
    this.featureMeans = columnMeans(data);
  }

  /** Output values per example: the model's output width. */
  get outputWidth(): number {
    return this.width;
  }

  /** The model's outputs with nothing ablated. */
  baseline(): Outputs {
    const out = new Float32Array(this.data.n * this.width);
    for (const [start, end] of this.batches(this.rowsPerPass)) {
      const result = tf.tidy(() => {
        const slots = evaluateGraph(this.graph, [this.input(start, end)]);
        return slots[this.graph.outputSlots[0]];
      });
      out.set(result.dataSync(), start * this.width);
      result.dispose();
    }
    return out;
  }

  /**
   * Outputs of every component, `repeats` of them for stochastic ones and
   * one otherwise. Components marked not applicable get none.
   */
  run(components: Component[], onProgress?: (done: number) => void): Map<string, Outputs[]> {
    const results = new Map<string, Outputs[]>();
    const layerJobs: Job[] = [];
    const featureJobs: Job[] = [];
    for (const component of components) {
      if (component.notApplicable !== undefined) continue;
      const count = component.stochastic ? this.options.repeats : 1;
      const outputs = Array.from(
        { length: count },
        () => new Float32Array(this.data.n * this.width),
      );
      results.set(component.id, outputs);
      outputs.forEach((out, repeat) => {
        const job = { component, repeat, out };
        (component.ablation.on === 'layers' ? layerJobs : featureJobs).push(job);
      });
    }
    this.prepareLayerMeans(layerJobs);
    let done = 0;
    const report = (count: number): void => {
      done += count;
      onProgress?.(done);
    };
    this.runLayerJobs(layerJobs, report);
    this.runFeatureJobs(featureJobs, report);
    return results;
  }

  /** Frees what the evaluator keeps between runs. */
  dispose(): void {
    for (const tensor of this.layerMeans.values()) tensor.dispose();
    this.layerMeans.clear();
  }

  private runLayerJobs(jobs: Job[], report: (count: number) => void): void {
    if (jobs.length === 0) return;
    const weights = this.drawReinitWeights(jobs);
    try {
      const batches = [...this.batches(this.rowsPerPass)];
      for (const [start, end] of batches) {
        const input = this.input(start, end);
        const baseline = tf.tidy(() => evaluateGraph(this.graph, [input]));
        try {
          for (const job of jobs) {
            const out = this.runLayerJob(job, input, baseline, weights);
            job.out.set(out, start * this.width);
          }
        } finally {
          for (const tensor of new Set(baseline)) tensor.dispose();
        }
        report((jobs.length * (end - start)) / this.data.n);
      }
    } finally {
      for (const list of weights.values()) for (const t of list) t.dispose();
    }
  }

  private runLayerJob(
    job: Job,
    input: tf.Tensor,
    baseline: tf.Tensor[],
    drawn: Map<string, tf.Tensor[]>,
  ): Float32Array {
    const { ablation } = job.component;
    if (ablation.on !== 'layers') throw new Error('not a layer ablation');
    const overrides = new Map<string, LayerOverride>();
    const restore: [tf.layers.Layer, tf.Tensor[]][] = [];
    try {
      for (const name of ablation.layers) {
        overrides.set(name, this.override(name, ablation.mode));
        if (ablation.mode === 'reinit') {
          const layer = this.layer(name);
          restore.push([layer, layer.getWeights().map((w) => w.clone())]);
          layer.setWeights(drawn.get(`${name}#${job.repeat}`)!);
        }
      }
      const output = tf.tidy(
        () => evaluateGraph(this.graph, [input], overrides, baseline)[this.graph.outputSlots[0]],
      );
      const values = output.dataSync() as Float32Array;
      // An ablation that does not reach the output returns a baseline tensor: keep it.
      if (!baseline.includes(output)) output.dispose();
      return values;
    } finally {
      for (const [layer, original] of restore) {
        layer.setWeights(original);
        for (const t of original) t.dispose();
      }
    }
  }

  private override(layer: string, mode: string): LayerOverride {
    switch (mode) {
      case 'zero':
        return { kind: 'zero' };
      case 'remove':
        return { kind: 'remove' };
      case 'reinit':
        return { kind: 'recompute' };
      case 'mean':
        return { kind: 'mean', value: this.layerMeans.get(layer)! };
      default:
        throw new Error(`unknown layer mode ${mode}`);
    }
  }

  /** Mean activation over the eval set of every layer ablated by `mean`. */
  private prepareLayerMeans(jobs: Job[]): void {
    const wanted = new Set<string>();
    for (const { component } of jobs) {
      if (component.ablation.on === 'layers' && component.ablation.mode === 'mean') {
        for (const name of component.ablation.layers) {
          if (!this.layerMeans.has(name)) wanted.add(name);
        }
      }
    }
    if (wanted.size === 0) return;
    const sums = new Map<string, tf.Tensor>();
    for (const [start, end] of this.batches(this.rowsPerPass)) {
      tf.tidy(() => {
        const slots = evaluateGraph(this.graph, [this.input(start, end)]);
        for (const name of wanted) {
          const slot = this.graph.nodes[this.graph.nodesOfLayer.get(name)![0]].outputs[0];
          const batchSum = tf.sum(slots[slot], 0, true);
          const previous = sums.get(name);
          sums.set(name, tf.keep(previous === undefined ? batchSum : tf.add(previous, batchSum)));
          previous?.dispose();
        }
      });
    }
    for (const [name, sum] of sums) {
      this.layerMeans.set(
        name,
        tf.tidy(() => tf.div(sum, this.data.n)),
      );
      sum.dispose();
    }
  }

  private drawReinitWeights(jobs: Job[]): Map<string, tf.Tensor[]> {
    const drawn = new Map<string, tf.Tensor[]>();
    for (const { component, repeat } of jobs) {
      if (component.ablation.on !== 'layers' || component.ablation.mode !== 'reinit') continue;
      for (const name of component.ablation.layers) {
        const key = `${name}#${repeat}`;
        if (!drawn.has(key))
          drawn.set(key, drawWeights(this.layer(name), this.options.seed, repeat));
      }
    }
    return drawn;
  }

  private runFeatureJobs(jobs: Job[], report: (count: number) => void): void {
    if (jobs.length === 0) return;
    const rows = Math.min(this.data.n, this.rowsPerPass);
    const jobsPerPass = Math.max(1, Math.floor(this.rowsPerPass / rows));
    const permutations = new Map<Job, Int32Array>();
    for (const job of jobs) {
      if (job.component.ablation.on === 'features' && job.component.ablation.mode === 'permute') {
        const rng = Rng.stream(this.options.seed, 'permute', job.component.id, job.repeat);
        permutations.set(job, rng.permutation(this.data.n));
      }
    }
    for (let first = 0; first < jobs.length; first += jobsPerPass) {
      const pack = jobs.slice(first, first + jobsPerPass);
      for (const [start, end] of this.batches(rows)) {
        const count = end - start;
        const stacked = new Float32Array(pack.length * count * this.inputSize);
        pack.forEach((job, j) => {
          this.fillRows(
            stacked,
            j * count * this.inputSize,
            start,
            end,
            job,
            permutations.get(job),
          );
        });
        const output = tf.tidy(() => {
          const input = tf.tensor(stacked, [pack.length * count, ...this.inputShape]);
          return evaluateGraph(this.graph, [input])[this.graph.outputSlots[0]];
        });
        const values = output.dataSync();
        output.dispose();
        pack.forEach((job, j) => {
          const from = j * count * this.width;
          job.out.set(values.subarray(from, from + count * this.width), start * this.width);
        });
        report((pack.length * count) / this.data.n);
      }
    }
  }

  /** Writes scaled model inputs for rows [start, end), with a feature ablation applied. */
  private fillRows(
    target: Float32Array,
    offset: number,
    start: number,
    end: number,
    job: Job | undefined,
    permutation: Int32Array | undefined,
  ): void {
    const { x, center, scale, features } = this.data;
    const f = features.length;
    for (let row = start; row < end; row++) {
      const at = offset + (row - start) * f;
      for (let j = 0; j < f; j++) target[at + j] = (x[row * f + j] - center[j]) / scale[j];
    }
    const ablation = job?.component.ablation;
    if (ablation === undefined || ablation.on !== 'features') return;
    const columns = ablation.features.map((name) => features.indexOf(name));
    const mode = ablation.mode;
    for (let row = start; row < end; row++) {
      const at = offset + (row - start) * f;
      // A joint permutation moves a group's columns together, keeping their correlation.
      const source = permutation === undefined ? row : permutation[row];
      for (const j of columns) {
        let raw: number;
        if (mode === 'permute') raw = x[source * f + j];
        else if (mode === 'zero') raw = 0;
        else if (mode === 'mean') raw = this.featureMeans[j];
        else raw = mode.value;
        target[at + j] = (raw - center[j]) / scale[j];
      }
    }
  }

  private input(start: number, end: number): tf.Tensor {
    const values = new Float32Array((end - start) * this.inputSize);
    this.fillRows(values, 0, start, end, undefined, undefined);
    return tf.tensor(values, [end - start, ...this.inputShape]);
  }

  private *batches(size: number): Generator<[number, number]> {
    for (let start = 0; start < this.data.n; start += size) {
      yield [start, Math.min(this.data.n, start + size)];
    }
  }

  private layer(name: string): tf.layers.Layer {
    const index = this.graph.nodesOfLayer.get(name)?.[0];
    if (index === undefined) throw new Error(`no layer ${name}`);
    return this.graph.nodes[index].layer;
  }
}

interface Job {
  component: Component;
  repeat: number;
  out: Outputs;
}

function columnMeans(data: ModelData): Float64Array {
  const f = data.features.length;
  const means = new Float64Array(f);
  for (let row = 0; row < data.n; row++) {
    for (let j = 0; j < f; j++) means[j] += data.x[row * f + j];
  }
  for (let j = 0; j < f; j++) means[j] /= data.n;
  return means;
}
