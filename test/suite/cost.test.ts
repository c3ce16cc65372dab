import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { buildGraph } from '../../src/model/graph.js';
import {
  MACS_PER_SECOND,
  WORKER_START_SECONDS,
  macsPerExample,
  planSeconds,
  workersFor,
} from '../../src/suite/cost.js';
import { prepareSuite } from '../../src/suite/prepare.js';
import { useWasm } from '../helpers/backend.js';

beforeAll(useWasm);

const cwd = process.cwd();

describe('the cost of a plan', () => {
  it('counts a dense network’s multiply-adds: weights, plus one per output value', async () => {
    const config = await loadConfig('examples/breast-cancer/ablation.yml', { cwd });
    const suite = await prepareSuite(config, cwd);
    try {
      // 30 → 16 → 16 → 1: 30·16 + 16·16 + 16·1 = 752, and 16 + 16 + 1 outputs.
      expect(macsPerExample(suite.graph)).toBe(785);
      const evaluations = suite.components.reduce(
        (sum, c) => sum + (c.notApplicable ? 0 : c.stochastic ? config.repeats : 1),
        0,
      );
      expect(evaluations).toBe(226);
      // 199 rows through the baseline and the 226 evaluations.
      expect(planSeconds(suite.graph, suite.components, config.repeats, 199)).toBe(
        (785 * 199 * 227) / MACS_PER_SECOND,
      );
    } finally {
      suite.model.dispose();
    }
  });

  it('counts a convolution at every output position', () => {
    const model = tf.sequential({
      layers: [
        tf.layers.conv2d({
          inputShape: [8, 8, 1],
          filters: 4,
          kernelSize: 3,
          padding: 'same',
          activation: 'relu',
        }),
        tf.layers.depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2, padding: 'valid' }),
        tf.layers.maxPooling2d({ poolSize: 2 }),
        tf.layers.flatten(),
        tf.layers.dense({ units: 2 }),
      ],
    });
    try {
      const conv = 3 * 3 * 1 * 4 * (8 * 8) + 8 * 8 * 4; // kernel at 64 positions; 256 outputs
      const depthwise = 3 * 3 * 4 * 2 * (6 * 6) + 6 * 6 * 8; // kernel at 36 positions; 288 outputs
      const pooling = 3 * 3 * 8;
      const flatten = 72;
      const dense = 72 * 2 + 2;
      expect(macsPerExample(buildGraph(model))).toBe(conv + depthwise + pooling + flatten + dense);
    } finally {
      model.dispose();
    }
  });

  it.each([
    // [seconds on one thread, cores, threads]
    [0.004, 2, 1],
    [0.92, 2, 1],
    [1.01, 2, 2],
    [4.47, 2, 2],
    [0.66, 4, 1],
    [0.67, 4, 4],
    [100, 1, 1],
  ])('a plan of %f s on %i cores runs on %i thread(s)', (seconds, cores, threads) => {
    expect(workersFor(seconds, cores)).toBe(threads);
  });

  it('puts the break-even where starting the workers costs what they save', () => {
    // start + s/2 = s  ⇔  s = 2·start, on two cores.
    expect(workersFor(2 * WORKER_START_SECONDS - 0.001, 2)).toBe(1);
    expect(workersFor(2 * WORKER_START_SECONDS + 0.001, 2)).toBe(2);
  });
});
