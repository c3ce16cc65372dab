/**
 * ONNX rows of the benchmark: the wide suite as an ONNX model with the TF.js model's weights
 * (written from weights.json by bench/speed/onnx-writer.ts: MatMul, Add, Relu, Softmax, node names
 * as torch.onnx.export gives them), run by the bundled CLI on onnxruntime-node and on the
 * bundled onnxruntime-web, interleaved with the TF.js wasm run and scikit-learn's
 * permutation_importance; medians of `runs`, whole processes. Writes bench/results/onnx.md.
 *
 * `npm run bench` runs it after the speed tables; alone: npm run build && tsx bench/onnx.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { Results } from '../src/results/types.js';
import { publish } from './markdown.js';
import { denseStackOnnx, type DenseWeights } from './speed/onnx-writer.js';
import { runProcess, type ProcessRun } from './speed/process.js';
import { cacheDir, wideSuite } from './speed/suites.js';

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

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];

/** Runs the ONNX rows and writes bench/results/onnx.md. */
export async function onnxBench(options: {
  root: string;
  tmp: string;
  runs: number;
  cli: (args: string[]) => ProcessRun;
  log: (line: string) => void;
}): Promise<void> {
  const { root, tmp, runs, cli, log } = options;
  const wide = await wideSuite(root, 5_000, 100);
  const dir = path.join(cacheDir(root), wide.name);
  const onnxConfig = path.relative(root, wideOnnxSuite(dir));
  const cores = os.availableParallelism();
  const rows: Record<string, ProcessRun[]> = {
    'TF.js wasm (model.json)': [],
    'ONNX on onnxruntime-node': [],
    'ONNX on onnxruntime-web (bundled wasm)': [],
    'scikit-learn permutation_importance': [],
  };
  const documents: Record<string, Results> = {};
  const plan: [string, () => ProcessRun][] = [
    [
      'TF.js wasm (model.json)',
      () =>
        cli([
          'run',
          '--config',
          wide.config,
          '--backend',
          'wasm',
          '--out',
          path.join(tmp, 'tfjs.json'),
        ]),
    ],
    [
      'ONNX on onnxruntime-node',
      () =>
        cli([
          'run',
          '--config',
          onnxConfig,
          '--backend',
          'onnxruntime-node',
          '--out',
          path.join(tmp, 'ort-node.json'),
        ]),
    ],
    [
      'ONNX on onnxruntime-web (bundled wasm)',
      () =>
        cli([
          'run',
          '--config',
          onnxConfig,
          '--backend',
          'onnxruntime-web',
          '--out',
          path.join(tmp, 'ort-web.json'),
        ]),
    ],
  ];
  for (let run = 1; run <= runs; run++) {
    for (const [name, measure] of plan) {
      log(`onnx rows, run ${run}/${runs}: ${name}…`);
      rows[name].push(measure());
    }
    if (existsSync('/usr/bin/python3')) {
      log(`onnx rows, run ${run}/${runs}: scikit-learn…`);
      rows['scikit-learn permutation_importance'].push(
        runProcess('/usr/bin/python3', ['bench/speed/sklearn_wide.py', dir, String(cores)], root),
      );
    }
  }
  for (const [key, file] of [
    ['tfjs', 'tfjs.json'],
    ['node', 'ort-node.json'],
    ['web', 'ort-web.json'],
  ]) {
    documents[key] = JSON.parse(readFileSync(path.join(tmp, file), 'utf8')) as Results;
  }
  const sklearn = rows['scikit-learn permutation_importance'].map((r) => r.seconds);
  const reference = sklearn.length > 0 ? median(sklearn) : NaN;
  const lines = [
    '# ONNX rows: the wide suite as an ONNX model',
    '',
    `${wide.rows} rows × ${wide.features} features, the MLP 100-128-128-2 of the speed tables with the same weights, written as ONNX (MatMul, Add, Relu, Softmax); every feature permuted, 3 repeats. Medians of ${runs} interleaved runs, whole processes, ${cores} cores, ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} at the end.`,
    '',
    '| run | wall s | CPU s | peak RSS MiB | × scikit-learn |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(rows)
      .filter(([, runs]) => runs.length > 0)
      .map(([name, runs]) => {
        const wall = median(runs.map((r) => r.seconds));
        return `| ${name} | ${wall.toFixed(2)} | ${median(runs.map((r) => r.cpuSeconds)).toFixed(2)} | ${median(runs.map((r) => r.rssMiB)).toFixed(0)} | ${(wall / reference).toFixed(2)} |`;
      }),
    '',
    `Largest difference of a contribution (accuracy) from the TF.js run: onnxruntime-node ${maxDifference(documents.tfjs, documents.node)}, onnxruntime-web ${maxDifference(documents.tfjs, documents.web)}.`,
  ];
  publish('onnx', lines.join('\n'));
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '..');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ablation-ci-onnx-'));
  try {
    await onnxBench({
      root,
      tmp,
      runs: process.env.BENCH_QUICK === '1' ? 1 : 3,
      cli: (args) => runProcess(process.execPath, ['dist/cli.js', ...args], root, 300),
      log: (line) => process.stderr.write(`${line}\n`),
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
