import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

const CONFIG = `suite: onnx-web-dist
model: model.onnx
data: { eval: data/eval.csv, label: label, task: multiclass, classes: [c0, c1, c2] }
metrics: [accuracy, log_loss]
seed: 7
repeats: 3
resamples: 200
ablations: { layers: all, features: all, feature-modes: [permute, zero] }
`;

/**
 * The bundled onnxruntime-web on threads, as the Action runs it: a copy of dist/ with no
 * node_modules anywhere above it, so its Emscripten module and .wasm come from beside the
 * bundle (scripts/build.mjs) and each pthread worker loads the module from there.
 */
describe('onnxruntime-web from a copy of dist/', () => {
  it('runs an ONNX suite on 1 and 2 threads with the same results (timing aside)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-ort-dist-'));
    await cp('dist', path.join(dir, 'dist'), { recursive: true });
    await writeFile(path.join(dir, 'package.json'), '{"type": "module"}\n');
    const root = path.join(dir, 'repo');
    await mkdir(path.join(root, '.git'), { recursive: true });
    const source = path.resolve('test/fixtures/onnx/mlp-torch');
    await cp(path.join(source, 'model.onnx'), path.join(root, 'model.onnx'));
    await cp(path.join(source, 'data'), path.join(root, 'data'), { recursive: true });
    await writeFile(path.join(root, 'ablation.yml'), CONFIG);
    const documents: string[] = [];
    for (const workers of ['1', '2']) {
      const out = path.join(dir, `w${workers}.json`);
      await run(
        process.execPath,
        [
          path.join(dir, 'dist/cli.js'),
          'run',
          '--config',
          'ablation.yml',
          '--backend',
          'onnxruntime-web',
          '--workers',
          workers,
          '--out',
          out,
        ],
        { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: dir } },
      );
      const document = JSON.parse(await readFile(out, 'utf8')) as {
        run: { runtime: { name: string } };
        timing: unknown;
      };
      expect(document.run.runtime.name).toBe('onnxruntime-web');
      documents.push(JSON.stringify({ ...document, timing: null }));
    }
    expect(documents[1]).toBe(documents[0]);
  });
});
