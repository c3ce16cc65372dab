import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/types.js';
import { engineOf } from '../../src/report/run-facts.js';
import { runCli } from '../hardening/helpers.js';
import { onnxRepo } from './helpers.js';

const CONFIG = 'suite/ablation.yml';

function read(root: string, file: string): Results {
  return JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Results;
}

/** The document without its timing: what must be byte-identical. */
function timeless(document: Results): string {
  return JSON.stringify({ ...document, timing: null });
}

describe('an ONNX suite through the command line', () => {
  it('validate lists the components it found with their scopes', async () => {
    const root = await onnxRepo('onnx-resnet');
    const run = await runCli(['validate', '--config', CONFIG], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^suite\/ablation\.yml: valid — suite onnx-resnet, 599 examples, 64 features, 48 components \(\+6 not applicable\), 1 model unit tests; ONNX model on onnxruntime-node 1\.\d+\.\d+\n/,
    );
    expect(run.stdout).toContain("model components (12, from the exporter's scopes):\n");
    expect(run.stdout).toContain(
      '  layer1.0: 7 nodes (Conv, BatchNormalization, Relu, Add), output [n, 6, 8, 8]\n',
    );
    expect(run.stdout).toContain('  fc: 1 node (Gemm), output [n, 10]\n');
  }, 60_000);

  it('shards merge into the document one run gives (timing aside)', async () => {
    const root = await onnxRepo('onnx-resnet');
    const full = await runCli(['run', '--config', CONFIG, '--out', 'full.json'], root);
    expect(full.code).toBe(0);
    for (const shard of ['1/2', '2/2']) {
      const run = await runCli(
        ['run', '--config', CONFIG, '--shard', shard, '--out', `s${shard[0]}.json`],
        root,
      );
      expect(run.code).toBe(0);
    }
    const merge = await runCli(['merge', 's1.json', 's2.json', '--out', 'merged.json'], root);
    expect(merge.code).toBe(0);
    expect(timeless(read(root, 'merged.json'))).toBe(timeless(read(root, 'full.json')));
    expect(read(root, 'full.json').run.runtime?.name).toBe('onnxruntime-node');
  }, 180_000);

  it('a time limit reached reports the components left as not evaluated', async () => {
    const root = await onnxRepo('onnx-resnet');
    const file = path.join(root, CONFIG);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('repeats: 3', 'repeats: 3\ntime-limit: 0.01'),
    );
    const run = await runCli(['run', '--config', CONFIG, '--out', 'r.json'], root);
    expect(run.code).toBe(0);
    const results = read(root, 'r.json');
    expect(results.run.budget?.limit).toBe(0.01);
    const late = results.components.filter((c) => c.notApplicable?.startsWith('not evaluated'));
    expect(late.length).toBe(48);
    expect(results.run.budget?.notEvaluated).toBe(48);
  }, 60_000);
});

describe('the report names the runtime and its version', () => {
  it.each([
    [{ backend: 'wasm' }, 'wasm'],
    [
      { backend: 'onnxruntime-web', runtime: { name: 'onnxruntime-web', version: '1.31.1' } },
      'onnxruntime-web 1.31.1',
    ],
    [
      { backend: 'cpu', predictionsFrom: 'train.command' as const },
      'predictions from train.command',
    ],
  ])('%j → %s', (run, shown) => {
    expect(engineOf(run)).toBe(shown);
  });
});
