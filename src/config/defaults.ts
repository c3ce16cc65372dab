/**
 * The value of every optional key with a fixed default. The declaration
 * (schema.ts) shows them in the configuration reference; build.ts and
 * train.ts apply them; nothing else spells them.
 */
export const DEFAULTS = {
  metrics: ['accuracy'],
  seed: 42,
  repeats: 5,
  resamples: 1000,
  layers: 'all',
  layerModes: ['zero', 'reinit'],
  features: 'all',
  featureModes: ['permute'],
  minExamples: 1,
  failOn: ['test-failure', 'regression'],
  tolerance: 0.01,
  alpha: 0.05,
  /** K: seeds per retrained variant. */
  seeds: 3,
  /** One training run's limit, as written (one minute). */
  trainTimeLimit: '60s',
  trainCache: '.ablation-ci-cache',
  /** What a train.command writes: its predictions, unless it says it writes a model. */
  trainWrites: 'predictions',
  /** Sensitivity curves: the noise on a layer, the scale, the draws and the grid of s (6 points, log-spaced 0.01..1). */
  sensitivityLayerNoise: ['weights', 'output'],
  sensitivityScale: 'std',
  sensitivityDraws: 'permutation',
  sensitivityGrid: [0.01, 0.025119, 0.063096, 0.158489, 0.398107, 1],
} as const;
