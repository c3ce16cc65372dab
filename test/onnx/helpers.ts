import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeModel, encodeModel, type ModelProto } from '../../src/onnx/model.js';

/** An ONNX example copied into a fresh repository, as `suite/…`; returns the root. */
export async function onnxRepo(example: 'onnx-tabular' | 'onnx-resnet'): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-onnx-'));
  await mkdir(path.join(root, '.git'));
  const source = path.resolve('examples', example);
  for (const part of ['ablation.yml', 'model.onnx', 'data/eval.csv']) {
    await cp(path.join(source, part), path.join(root, 'suite', part), { recursive: true });
  }
  return root;
}

/** Writes `suite/model.onnx` of `root` as the example's model with one change. */
export async function changeModel(
  root: string,
  example: string,
  change: (model: ModelProto) => void,
): Promise<void> {
  const model = decodeModel(readFileSync(path.resolve('examples', example, 'model.onnx')));
  change(model);
  await writeFile(path.join(root, 'suite', 'model.onnx'), encodeModel(model));
}
