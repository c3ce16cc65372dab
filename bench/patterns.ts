import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { saveModel } from '../src/model/save.js';
import { useBackend } from '../src/backend/resolve.js';
import { validateConfig } from '../src/pipeline/engine.js';
import { markdownTable } from './markdown.js';

/**
 * `validate` on a Teachable-Machine-sized image suite (224 × 224 × 3 =
 * 150,528 pixel columns named `px_ROW_COL_CHANNEL`, and an `id` column
 * beside them), with patterns: a glob over every pixel in `data.features`,
 * the ablated features and a group; and a range combined with a glob (the
 * image centre, 37,632 pixels) in a group. Wall and CPU seconds of
 * `validateConfig` (load, parse, name checks, plan), median of 3.
 *
 *     npx tsx bench/patterns.ts            # ~1 min; prints a markdown table
 */

const SIDE = 224;
const ROWS = 8;

async function main(): Promise<void> {
  await useBackend('wasm', { searchFrom: [] });
  const dir = path.join(os.tmpdir(), `ablation-ci-bench-patterns-${process.pid}`);
  mkdirSync(path.join(dir, '.git'), { recursive: true });
  const pixels: string[] = [];
  for (let r = 0; r < SIDE; r++)
    for (let c = 0; c < SIDE; c++) for (let ch = 0; ch < 3; ch++) pixels.push(`px_${r}_${c}_${ch}`);
  const model = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [SIDE, SIDE, 3], filters: 4, kernelSize: 3, strides: 4 }),
      tf.layers.globalAveragePooling2d({}),
      tf.layers.dense({ units: 2, activation: 'softmax' }),
    ],
  });
  await saveModel(model, path.join(dir, 'model'));
  model.dispose();
  const lines = [['id', ...pixels, 'label'].join(',')];
  for (let i = 0; i < ROWS; i++) {
    const cells = pixels.map((_, j) => String((i * 31 + j * 7) % 256));
    lines.push([String(i), ...cells, String(i % 2)].join(','));
  }
  writeFileSync(path.join(dir, 'eval.csv'), `${lines.join('\n')}\n`);

  const cases: [what: string, ablations: string][] = [
    [
      'every pixel: `px_*` in data.features, ablations.features and a group',
      "{layers: [], features: ['px_*'], feature-modes: [zero], groups: {all: {features: ['px_*']}}}",
    ],
    [
      'ranges and a glob: a group `px_[112:223]_[112:223]_*`',
      "{layers: [], features: [], groups: {centre: {features: ['px_[112:223]_[112:223]_*']}}}",
    ],
  ];
  const rows: string[][] = [];
  try {
    for (const [what, ablations] of cases) rows.push(await measure(dir, what, ablations));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    markdownTable(
      [
        { header: `validate, ${pixels.length} pixel columns × ${ROWS} rows` },
        { header: 'wall s', align: 'right' },
        { header: 'CPU s', align: 'right' },
        { header: 'validate says' },
      ],
      rows,
    ),
  );
}

/** Median wall and CPU seconds of 3 validations of the suite with `ablations`, and what it said. */
async function measure(dir: string, what: string, ablations: string): Promise<string[]> {
  writeFileSync(
    path.join(dir, 'ablation.yml'),
    [
      'suite: pixels',
      'model: model/model.json',
      "data: {eval: eval.csv, label: label, classes: ['0', '1'], features: ['px_*']}",
      `ablations: ${ablations}`,
      '',
    ].join('\n'),
  );
  const timings: { wall: number; cpu: number }[] = [];
  let summary = '';
  for (let k = 0; k < 3; k++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    summary = await validateConfig(path.join(dir, 'ablation.yml'), { cwd: dir, backend: 'wasm' });
    const used = process.cpuUsage(cpu);
    timings.push({
      wall: (performance.now() - started) / 1000,
      cpu: (used.user + used.system) / 1e6,
    });
  }
  const median = (values: number[]): number => values.sort((a, b) => a - b)[1];
  return [
    what,
    median(timings.map((t) => t.wall)).toFixed(2),
    median(timings.map((t) => t.cpu)).toFixed(2),
    summary.replace(/^.*valid — /, ''),
  ];
}

await main();
