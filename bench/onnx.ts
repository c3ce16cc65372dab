/**
 * ONNX rows of the benchmark: the wide suite as an ONNX model with the TF.js model's weights
 * (written from weights.json by bench/speed/onnx-writer.ts: MatMul, Add, Relu, Softmax, node
 * names as torch.onnx.export gives them), run by the bundled CLI on onnxruntime-node and on the
 * bundled onnxruntime-web inside `npm run bench`'s interleaved rounds (bench/run.ts), beside the
 * TF.js run, the loops and scikit-learn. This file makes the suite, names the two runs, and
 * writes bench/results/onnx.md from the same run's measurements, with the threads-or-workers
 * comparison (bench/speed/onnx-threads.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { Results } from '../src/results/types.js';
import { markdownTable, publish } from './markdown.js';
import { denseStackOnnx, type DenseWeights } from './speed/onnx-writer.js';
import type { ThreadsRow } from './speed/onnx-threads.js';
import { median, type ProcessRun } from './speed/process.js';

/** The wide suite's ONNX twin beside it: model.onnx and ablation-onnx.yml; returns the config. */
export function wideOnnxSuite(dir: string): string {
  const config = path.join(dir, 'ablation-onnx.yml');
  if (!existsSync(config)) {
    const weights = JSON.parse(
      readFileSync(path.join(dir, 'weights.json'), 'utf8'),
    ) as DenseWeights[];
    writeFileSync(path.join(dir, 'model.onnx'), denseStackOnnx(weights));
    const yaml = parse(readFileSync(path.join(dir, 'ablation.yml'), 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(config, stringify({ ...yaml, model: 'model.onnx' }));
  }
  return config;
}

/** The two ONNX runtimes a run of the wide suite's ONNX twin goes through. */
export const ONNX_RUNTIMES = ['onnxruntime-node', 'onnxruntime-web'] as const;
export type OnnxRuntimeName = (typeof ONNX_RUNTIMES)[number];

/** The CLI arguments of one ONNX run of the wide suite. */
export function onnxRunArgs(config: string, runtime: OnnxRuntimeName, out: string): string[] {
  return ['run', '--config', config, '--backend', runtime, '--out', out];
}

export interface OnnxReportInput {
  rows: number;
  features: number;
  runs: number;
  cores: number;
  /** Every run of each, in the order they ran. */
  tfjs: ProcessRun[];
  onnx: Record<OnnxRuntimeName, ProcessRun[]>;
  /** The scikit-learn reference: its label and runs (the faster n_jobs setting). */
  sklearn: { label: string; runs: ProcessRun[] } | undefined;
  /** The last results document of each run. */
  documents: { tfjs: Results } & Record<OnnxRuntimeName, Results>;
  threads: ThreadsRow[];
  load: string;
}

/** bench/results/onnx.md, from the measurements of the one bench run. */
export function onnxReport(input: OnnxReportInput): string {
  const seconds = (runs: ProcessRun[]): number => median(runs.map((r) => r.seconds));
  const reference = input.sklearn === undefined ? NaN : seconds(input.sklearn.runs);
  const tfjs = seconds(input.tfjs);
  const row = (name: string, runs: ProcessRun[]): string[] => {
    const wall = seconds(runs);
    return [
      name,
      wall.toFixed(2),
      median(runs.map((r) => r.cpuSeconds)).toFixed(2),
      Math.max(...runs.map((r) => r.rssMiB)).toFixed(0),
      Number.isFinite(reference) ? `${(wall / reference).toFixed(2)}×` : '—',
      `${(wall / tfjs).toFixed(2)}×`,
    ];
  };
  const table = markdownTable(
    [
      { header: 'run' },
      { header: 'wall s', align: 'right' },
      { header: 'CPU s', align: 'right' },
      { header: 'peak RSS MiB', align: 'right' },
      { header: '× scikit-learn', align: 'right' },
      { header: '× TF.js wasm', align: 'right' },
    ],
    [
      row('ablation-ci, TF.js model (`--backend wasm`)', input.tfjs),
      row('ablation-ci, ONNX model on onnxruntime-node', input.onnx['onnxruntime-node']),
      row('ablation-ci, ONNX model on onnxruntime-web (bundled)', input.onnx['onnxruntime-web']),
      ...(input.sklearn === undefined ? [] : [row(input.sklearn.label, input.sklearn.runs)]),
    ],
  );
  const threads = markdownTable(
    [
      { header: 'onnxruntime-node, the tail runs of the wide suite' },
      { header: 'wall s', align: 'right' },
      { header: 'CPU s', align: 'right' },
      { header: 'worker start-up s', align: 'right' },
    ],
    input.threads.map((t) => [
      t.way,
      t.wall.toFixed(2),
      t.cpu.toFixed(2),
      t.startup === undefined ? '—' : t.startup.toFixed(2),
    ]),
  );
  const { documents } = input;
  return `# ONNX rows: the wide suite as an ONNX model

${input.rows} rows × ${input.features} features, the MLP 100-128-128-2 of the speed tables with the same weights, written as ONNX (MatMul, Add, Relu, Softmax); every feature permuted, 3 repeats. Made by \`npm run bench\` in the same interleaved rounds as bench/results/speed.md (medians of ${input.runs}, whole processes from spawn to exit, ${input.cores} cores, ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; load average ${input.load} at the end). The scikit-learn reference is the faster of n_jobs=1 and n_jobs=${input.cores}, whole process too.

${table}

Largest difference of a contribution (accuracy) from the TF.js run: onnxruntime-node ${maxDifference(documents.tfjs, documents['onnxruntime-node'])}, onnxruntime-web ${maxDifference(documents.tfjs, documents['onnxruntime-web'])}.

Feature ablations of this model go through the first-layer path (src/onnx/first-layer.ts): the head graph computes the first layer once, and each feature's 3 repeats run stacked through the tail graph with their rank-one updates (about 15,000 rows a run on onnxruntime-web, 2,046 on onnxruntime-node, whose tensors then stay in cache: docs/onnx.md#feature-ablations; the threads table below times 15,000-row runs).

Threads or workers (\`bench/speed/onnx-threads.ts\`, those tail runs alone, sessions made beforehand, medians of ${input.runs} interleaved rounds):

${threads}
`;
}

function maxDifference(a: Results, b: Results): string {
  let worst = 0;
  a.components.forEach((c, i) => {
    const x = c.metrics?.accuracy;
    const y = b.components[i]?.metrics?.accuracy;
    if (x && y && 'contribution' in x && 'contribution' in y)
      worst = Math.max(worst, Math.abs(x.contribution - y.contribution));
  });
  return worst.toExponential(1);
}

/** Writes bench/results/onnx.md. */
export function publishOnnx(input: OnnxReportInput): void {
  publish('onnx', onnxReport(input));
}
