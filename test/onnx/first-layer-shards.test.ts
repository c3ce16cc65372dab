import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/types.js';
import { runCli } from '../hardening/helpers.js';
import { FEW_FLIPS_CONFIG, fewFlips, fewFlipsCsv } from './layer-suites.js';

/** Feature ablations of the PyTorch Gemm MLP: they take the first-layer path. */
const CONFIG = `suite: torch-features
model: model.onnx
data:
  eval: data/eval.csv
  label: label
  task: multiclass
  classes: [c0, c1, c2]
metrics: [accuracy, log_loss]
seed: 7
repeats: 3
resamples: 200
ablations:
  layers: []
  features: all
  feature-modes: [permute, zero]
  groups:
    pair: { features: [f1, f4] }
`;

function read(root: string, file: string): Results {
  return JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Results;
}

/** The document without its timing: what must be byte-identical. */
function timeless(document: Results): string {
  return JSON.stringify({ ...document, timing: null });
}

describe.each(['onnxruntime-node', 'onnxruntime-web'])(
  'first-layer feature ablations on %s',
  (backend) => {
    it('shards merge into the document one run gives (timing aside)', async () => {
      const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-first-layer-shards-'));
      await mkdir(path.join(root, '.git'));
      const source = 'test/fixtures/onnx/mlp-torch';
      await cp(path.join(source, 'model.onnx'), path.join(root, 'model.onnx'));
      await cp(path.join(source, 'data'), path.join(root, 'data'), { recursive: true });
      await writeFile(path.join(root, 'ablation.yml'), CONFIG);
      const args = ['run', '--config', 'ablation.yml', '--backend', backend];
      expect((await runCli([...args, '--out', 'full.json'], root)).code).toBe(0);
      for (const shard of ['1/2', '2/2']) {
        const run = await runCli([...args, '--shard', shard, '--out', `s${shard[0]}.json`], root);
        expect(run.code).toBe(0);
      }
      const merge = await runCli(['merge', 's1.json', 's2.json', '--out', 'merged.json'], root);
      expect(merge.code).toBe(0);
      const full = read(root, 'full.json');
      expect(timeless(read(root, 'merged.json'))).toBe(timeless(full));
      expect(full.run.runtime?.name).toBe(backend);
      // Every feature of the six and the group, both modes, each evaluated.
      const evaluated = full.components.filter((c) => c.metrics?.accuracy?.value !== null);
      expect(evaluated.map((c) => c.id).sort()).toEqual(
        [...['f0', 'f1', 'f2', 'f3', 'f4', 'f5'].map((f) => `feature:${f}`), 'group:pair']
          .flatMap((id) => [`${id}:permute`, `${id}:zero`])
          .sort(),
      );
    }, 240_000);
  },
);

/**
 * A model the second layer takes by cost (test/onnx/second-layer.test.ts shows it does, with
 * this config): P is kept across the components a process evaluates, so a shard holds other P
 * than the one run; the documents must not show it.
 */
describe.each(['onnxruntime-node', 'onnxruntime-web'])(
  'second-layer feature ablations on %s',
  (backend) => {
    it('shards merge into the document one run gives (timing aside)', async () => {
      const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-second-layer-shards-'));
      await mkdir(path.join(root, '.git'));
      await writeFile(path.join(root, 'model.onnx'), fewFlips());
      await writeFile(path.join(root, 'eval.csv'), fewFlipsCsv());
      await writeFile(path.join(root, 'ablation.yml'), `${FEW_FLIPS_CONFIG}resamples: 100\n`);
      const args = ['run', '--config', 'ablation.yml', '--backend', backend];
      expect((await runCli([...args, '--out', 'full.json'], root)).code).toBe(0);
      for (const shard of ['1/2', '2/2']) {
        const run = await runCli([...args, '--shard', shard, '--out', `s${shard[0]}.json`], root);
        expect(run.code).toBe(0);
      }
      const merge = await runCli(['merge', 's1.json', 's2.json', '--out', 'merged.json'], root);
      expect(merge.code).toBe(0);
      const full = read(root, 'full.json');
      expect(timeless(read(root, 'merged.json'))).toBe(timeless(full));
      expect(full.components.filter((c) => c.metrics?.accuracy?.value !== null)).toHaveLength(4);
    }, 240_000);
  },
);
