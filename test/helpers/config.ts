import type { Config } from '../../src/config/types.js';

/** A config as the loader returns it, with defaults, for tests that build one in code. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    file: 'ablation.yml',
    root: '/repo',
    suite: 'test-suite',
    model: '/repo/model/model.json',
    data: { eval: '/repo/data.csv', label: 'y' },
    metrics: ['accuracy'],
    seed: 7,
    repeats: 3,
    resamples: 200,
    ablations: {
      layers: 'all',
      layerModes: ['zero', 'reinit'],
      features: 'all',
      featureModes: ['permute'],
      groups: [],
    },
    tests: [],
    gate: {
      failOn: ['test-failure', 'regression'],
      regression: { metric: 'accuracy', tolerance: 0.01, alpha: 0.05 },
    },
    lines: new Map(),
    ...overrides,
  };
}
