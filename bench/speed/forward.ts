import path from 'node:path';
import { Evaluator } from '../../src/ablation/evaluate.js';
import type { Component } from '../../src/ablation/plan.js';
import { buildGraph } from '../../src/model/graph.js';
import { loadModel } from '../../src/model/load.js';
import { Rng } from '../../src/stats/rng.js';

/** Measured seconds of the engine's forward passes, and the full workload's. */
export interface ForwardTiming {
  examples: number;
  components: number;
  /** Components actually evaluated. */
  measured: number;
  baselineSeconds: number;
  perComponentSeconds: number;
  /** baseline + components × per component. */
  totalSeconds: number;
}

/**
 * Times the engine's evaluation (`Evaluator`, on the current TF.js backend) of
 * the breast-cancer example's MLP (30 → 16 → 16 → 1) on `examples` synthetic
 * rows: the baseline pass, then `measured` feature ablations in `mean` mode —
 * each one full forward pass over every row, stacked as the engine stacks
 * them — extrapolated linearly to `components`.
 */
export async function timeForward(
  root: string,
  examples: number,
  components: number,
  measured: number,
): Promise<ForwardTiming> {
  const file = path.join(root, 'examples/breast-cancer/model/model.json');
  const { model } = await loadModel(file, file);
  try {
    const graph = buildGraph(model);
    const features = Array.from({ length: 30 }, (_, j) => `f${j}`);
    const rng = Rng.stream(7, 'forward');
    const data = {
      n: examples,
      features,
      x: Float64Array.from({ length: examples * features.length }, () => rng.normal()),
      center: new Float64Array(features.length),
      scale: new Float64Array(features.length).fill(1),
    };
    const evaluator = new Evaluator(graph, [features.length], data, { seed: 7, repeats: 1 });
    try {
      evaluator.baseline(); // warm-up: kernels compiled, memory grown
      let started = performance.now();
      evaluator.baseline();
      const baselineSeconds = (performance.now() - started) / 1000;
      const planned = features.slice(0, measured).map(meanAblation);
      started = performance.now();
      const outputs = evaluator.run(planned);
      const perComponentSeconds = (performance.now() - started) / 1000 / measured;
      if (outputs.size !== measured) throw new Error('the evaluator skipped components');
      return {
        examples,
        components,
        measured,
        baselineSeconds,
        perComponentSeconds,
        totalSeconds: baselineSeconds + components * perComponentSeconds,
      };
    } finally {
      evaluator.dispose();
    }
  } finally {
    model.dispose();
  }
}

function meanAblation(feature: string): Component {
  return {
    id: `feature:${feature}:mean`,
    kind: 'feature',
    name: feature,
    on: 'features',
    features: [feature],
    mode: 'mean',
    stochastic: false,
  };
}
