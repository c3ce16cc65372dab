import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelProto } from '../../src/onnx/model.js';
import { runCliChild } from '../hardening/helpers.js';
import { changeModel, onnxRepo } from './helpers.js';

const ARGV = ['run', '--config', 'suite/ablation.yml', '--out', 'r.json'];

/** Every output declared with a batch of 1, the input's batch left dynamic (some exporters do). */
function outputsOfBatchOne(m: ModelProto): void {
  for (const output of m.graph!.output) {
    const type = output.type!.value;
    if (type.case === 'tensorType')
      type.value.shape!.dim[0].value = { case: 'dimValue', value: 1n };
  }
}

/** The first layer's weights transposed in shape: the MatMul fails on the eval rows. */
function mismatchedWeights(m: ModelProto): void {
  m.graph!.initializer[0].dims = [...m.graph!.initializer[0].dims].reverse();
}

// ONNX Runtime writes its own log lines to the process's stderr (native code, past Node's
// streams), so these run the command line in a child process and read all it wrote.
describe.each(['onnxruntime-node', 'onnxruntime-web'])('what %s says on stderr', (backend) => {
  it('nothing when a run succeeds, whatever the runtime would warn of', async () => {
    const root = await onnxRepo('onnx-tabular');
    await changeModel(root, 'onnx-tabular', outputsOfBatchOne);
    const run = await runCliChild([...ARGV, '--backend', backend], root, 120_000);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 150_000);

  it('a model that fails on the eval data: one line naming it, exit 2, nothing written', async () => {
    const root = await onnxRepo('onnx-tabular');
    await changeModel(root, 'onnx-tabular', mismatchedWeights);
    const run = await runCliChild([...ARGV, '--backend', backend], root, 120_000);
    expect(run.stderr).toMatch(
      new RegExp(
        `^ablation-ci: error: suite/model\\.onnx: ${backend} could not run the model on the eval data: .*MatMul dimension mismatch\\n$`,
      ),
    );
    expect(run.code).toBe(2);
    expect(existsSync(path.join(root, 'r.json'))).toBe(false);
  }, 150_000);
});
