import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { runEngine } from '../../src/pipeline/engine.js';

const CONFIG = `suite: torch-source
model: model.onnx
data: { eval: data/eval.csv, label: label, task: multiclass, classes: [c0, c1, c2] }
metrics: [accuracy]
seed: 7
repeats: 2
resamples: 100
ablations: { layers: [], features: [f0, f1], feature-modes: [zero] }
`;

async function repository(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-onnx-source-'));
  await mkdir(path.join(root, '.git'));
  const source = 'test/fixtures/onnx/mlp-torch';
  await cp(path.join(source, 'model.onnx'), path.join(root, 'model.onnx'));
  await cp(path.join(source, 'data'), path.join(root, 'data'), { recursive: true });
  await writeFile(path.join(root, 'ablation.yml'), CONFIG);
  return root;
}

/** A source that answers after a while, and the events of the run around it. */
function slowSource(events: string[]) {
  return (root: string) => {
    events.push(`source asked in ${path.basename(root)}`);
    return new Promise<{ commit: string; ref: string }>((resolve) =>
      setTimeout(() => {
        events.push('source answered');
        resolve({ commit: 'c'.repeat(40), ref: 'refs/heads/trunk' });
      }, 150),
    );
  };
}

describe("the run's commit and ref (git) are asked for before the eval data is read", () => {
  it('asks once, before the runtime starts and the data loads, and records the answer', async () => {
    const root = await repository();
    const events: string[] = [];
    const { results } = await runEngine('ablation.yml', {
      cwd: root,
      backend: 'onnxruntime-node',
      source: slowSource(events),
      workers: 1,
      onPhase: (phase) => events.push(`phase ${phase}`),
    });
    expect(events.slice(0, 3)).toEqual([
      'phase loading',
      `source asked in ${path.basename(root)}`,
      'phase validating',
    ]);
    expect(events.filter((e) => e.startsWith('source asked')).length).toBe(1);
    expect(results.source.commit).toBe('c'.repeat(40));
    expect(results.source.ref).toBe('refs/heads/trunk');
  });

  it('on bad eval data, rejects only once the answer is in (no git process outlives the run)', async () => {
    const root = await repository();
    await writeFile(path.join(root, 'data/eval.csv'), 'f0,f1,f2,f3,f4,f5,label\n1,2,3,x,5,6,c0\n');
    const events: string[] = [];
    const run = runEngine('ablation.yml', {
      cwd: root,
      backend: 'onnxruntime-node',
      source: slowSource(events),
      workers: 1,
    });
    await expect(run).rejects.toBeInstanceOf(InputError);
    expect(events).toEqual([`source asked in ${path.basename(root)}`, 'source answered']);
  });
});
