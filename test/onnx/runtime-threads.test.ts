import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOnnxRuntime } from '../../src/onnx/runtime/load.js';
import { sessionOptions } from '../../src/onnx/session.js';
import type { Results } from '../../src/results/types.js';
import { runCliChild } from '../hardening/helpers.js';
import { onnxRepo } from './helpers.js';

/**
 * A run's threads (`--workers`, else its free cores) are the ONNX runtime's: onnxruntime-node's
 * intra-op threads, onnxruntime-web's pthreads. The results never depend on them.
 */
const CONFIG = `suite: onnx-resnet-threads
model: model.onnx
data: { eval: data/eval.csv, label: digit, task: multiclass, classes: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] }
metrics: [accuracy, log_loss]
seed: 7
repeats: 2
resamples: 200
ablations:
  layers: [layer1.0, conv1]
  layer-modes: [zero, mean, remove, reinit]
  features: ['px_*_0']
  feature-modes: [permute, zero]
  groups:
    top-rows: { features: ['px_0_*', 'px_1_*'] }
`;

/** The document without its timing: what must be byte-identical. */
function timeless(file: string): string {
  const document = JSON.parse(readFileSync(file, 'utf8')) as Results;
  return JSON.stringify({ ...document, timing: null });
}

describe.each(['onnxruntime-node', 'onnxruntime-web'])('%s on 1 and 2 threads', (backend) => {
  it('gives the same results document (timing aside)', async () => {
    // The conv net with a residual block: its convolutions and dense layers are split across
    // threads; a layer's and a feature's ablations, each mode, and a group.
    const root = await onnxRepo('onnx-resnet');
    await writeFile(path.join(root, 'suite', 'ablation.yml'), CONFIG);
    const documents: string[] = [];
    for (const workers of ['1', '2']) {
      const out = path.join(root, `w${workers}.json`);
      const args = ['run', '--config', 'suite/ablation.yml', '--backend', backend];
      const run = await runCliChild([...args, '--workers', workers, '--out', out], root, 110_000);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      documents.push(timeless(out));
    }
    expect(documents[1]).toBe(documents[0]);
    const results = JSON.parse(documents[0]) as Results;
    expect(results.run.runtime?.name).toBe(backend);
    expect(results.components.filter((c) => c.metrics?.accuracy?.value != null).length).toBe(25);
  });
});

describe('onnxruntime-node threads', () => {
  it('runs a session on the run threads, sleeping rather than spinning', async () => {
    const runtime = await loadOnnxRuntime('onnxruntime-node', [process.cwd()], 2);
    expect(runtime.threads).toBe(2);
    expect(sessionOptions(runtime)).toEqual({
      logSeverityLevel: 4,
      intraOpNumThreads: 2,
      extra: { session: { intra_op: { allow_spinning: '0' } } },
    });
    const one = await loadOnnxRuntime('onnxruntime-node', [process.cwd()], 1);
    expect(sessionOptions(one).intraOpNumThreads).toBe(1);
  });
});
