import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { buildGraph } from '../../src/model/graph.js';
import {
  CONTENTION,
  MACS_PER_SECOND,
  WORKER_START_SECONDS,
  busyLoad,
  freeCores,
  macsPerExample,
  planSeconds,
  workersFor,
} from '../../src/pool/size.js';
import { runnableOf } from '../../src/pool/running.js';
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
    [1.07, 2, 2],
    [4.47, 2, 2],
    [0.66, 4, 1],
    [0.69, 4, 4],
    [100, 1, 1],
  ])('a plan of %f s on %i cores runs on %i thread(s)', (seconds, cores, threads) => {
    expect(workersFor(seconds, cores)).toBe(threads);
  });

  it('puts the break-even where starting the workers costs what they save', () => {
    // start + s·(1 + c)/2 = s  ⇔  s = start / (1 − (1 + c)/2), on two cores.
    const even = WORKER_START_SECONDS / (1 - (1 + CONTENTION) / 2);
    expect(workersFor(even - 0.001, 2)).toBe(1);
    expect(workersFor(even + 0.001, 2)).toBe(2);
  });

  it.each([
    // [cores, 1-minute load average, free cores]
    [2, 0, 2],
    [2, 0.99, 2],
    [2, 1, 1],
    [2, 14, 1],
    [4, 1.5, 3],
    [4, 3.2, 1],
    [1, 0, 1],
    [4, Number.NaN, 4],
  ])('%i cores at a load of %f leave %i free', (cores, load, free) => {
    expect(freeCores(cores, load)).toBe(free);
  });

  it.each([
    // [1-minute load average, threads of others running now, the load counted]
    // Right after a busy step (npm ci, the bench's last process): the average still says 1.9.
    [1.9, 0, 0],
    [1.9, 1, 1],
    // Something started a moment ago: the average has not seen it yet.
    [0.2, 3, 0.2],
    [14, 12, 12],
    // No /proc/loadavg (macOS, Windows): the average alone.
    [1.9, undefined, 1.9],
  ])('a load average of %f with %s running now counts as %f', (load, running, counted) => {
    expect(busyLoad(load, running)).toBe(counted);
  });

  it.each([
    ['0.54 1.39 1.67 2/117 3353\n', 2],
    ['12.04 9.50 7.01 14/2048 99999\n', 14],
    ['0.00 0.00 0.00 1/1 1', 1],
    ['', undefined],
    ['0.54 1.39 1.67 3353\n', undefined],
  ])('/proc/loadavg %j has %s runnable', (text, running) => {
    expect(runnableOf(text)).toBe(running);
  });
});

/**
 * The heavy image suite of `npm run bench` (bench/speed/image.ts): 224 ×
 * 224 × 3 inputs, 3×3 convolutions to 112 × 112 × 32 (stride 2), twice at
 * that size, to 56 × 56 × 64 (stride 2), pooling, 2 outputs; 16 rows, 6
 * pixel groups permuted 3 times.
 */
describe('the worker rule on a heavy model', () => {
  const conv = (filters: number, strides: number, inputShape?: number[]) =>
    tf.layers.conv2d({
      filters,
      kernelSize: 3,
      strides,
      padding: 'same',
      activation: 'relu',
      ...(inputShape === undefined ? {} : { inputShape }),
    });
  const seconds = (): number => {
    const model = tf.sequential({
      layers: [
        conv(32, 2, [224, 224, 3]),
        conv(32, 1),
        conv(32, 1),
        conv(64, 2),
        tf.layers.globalAveragePooling2d({}),
        tf.layers.dense({ units: 2, activation: 'softmax' }),
      ],
    });
    try {
      const graph = buildGraph(model);
      // Kernels at every output position, plus one per output value.
      const macs =
        3 * 3 * 3 * 32 * 112 ** 2 +
        112 ** 2 * 32 +
        2 * (3 * 3 * 32 * 32 * 112 ** 2 + 112 ** 2 * 32) +
        (3 * 3 * 32 * 64 * 56 ** 2 + 56 ** 2 * 64) +
        64 +
        (64 * 2 + 2);
      expect(macsPerExample(graph)).toBe(macs);
      expect(macs).toBe(301_256_898);
      const groups = Array.from({ length: 6 }, (_, g) => ({
        id: `group:band-${g}:permute`,
        kind: 'group' as const,
        name: `band-${g}`,
        on: 'features' as const,
        features: ['p0'],
        mode: 'permute' as const,
        stochastic: true,
      }));
      return planSeconds(graph, groups, 3, 16);
    } finally {
      model.dispose();
    }
  };

  it.each([
    // [cores, 1-minute load average, threads]
    [2, 0, 2],
    [2, 0.5, 2],
    // Another process keeps a core busy: a second worker would only share it.
    [2, 1.2, 1],
    [2, 14, 1],
    [4, 0, 4],
    [4, 2.5, 2],
  ])('on %i cores at a load of %f runs on %i thread(s)', (cores, load, threads) => {
    // 301 M multiply-adds × 16 rows × 19 passes at 10 G per second.
    expect(seconds()).toBeCloseTo(9.158, 3);
    expect(workersFor(seconds(), cores, load)).toBe(threads);
  });
});
