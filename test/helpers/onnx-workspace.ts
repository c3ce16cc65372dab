import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { decodeModel, encodeModel } from '../../src/onnx/model.js';
import { floatValues, setFloatValues } from '../../src/onnx/tensor.js';
import { git } from './workspace.js';

/**
 * A runner's checkout of an ONNX suite: the onnx-resnet example (a conv net with a residual
 * block, PyTorch-style scopes) under `suite/`, committed on `master` and pushed to a real bare
 * repository that is its `origin`.
 */
export async function onnxCheckoutWithOrigin(): Promise<{
  workspace: string;
  origin: string;
  main: string;
}> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-onnx-action-'));
  const origin = path.join(root, 'origin.git');
  const workspace = path.join(root, 'work');
  await mkdir(workspace);
  await git(root, 'init', '-q', '--bare', origin);
  await git(workspace, 'init', '-q', '-b', 'master');
  const source = path.resolve('examples/onnx-resnet');
  for (const part of ['ablation.yml', 'model.onnx', 'data/eval.csv']) {
    await cp(path.join(source, part), path.join(workspace, 'suite', part), { recursive: true });
  }
  await git(workspace, 'add', '.');
  await git(workspace, 'commit', '-q', '-m', 'the ONNX model');
  await git(workspace, 'remote', 'add', 'origin', origin);
  await git(workspace, 'push', '-q', 'origin', 'master');
  return { workspace, origin, main: await git(workspace, 'rev-parse', 'HEAD') };
}

/**
 * Commits a change to the suite's ONNX model that negates its classifier head (`fc.weight`,
 * `fc.bias`): the same graph, badly regressed predictions. Returns the new commit.
 */
export async function commitRegressedOnnxModel(workspace: string): Promise<string> {
  const file = path.join(workspace, 'suite/model.onnx');
  const model = decodeModel(await readFile(file));
  let negated = 0;
  for (const tensor of model.graph!.initializer) {
    if (tensor.name !== 'fc.weight' && tensor.name !== 'fc.bias') continue;
    const values = floatValues(tensor);
    if (values instanceof Error) throw values;
    setFloatValues(
      tensor,
      values.map((v) => -v),
    );
    negated++;
  }
  if (negated !== 2) throw new Error(`expected fc.weight and fc.bias in ${file}`);
  await writeFile(file, encodeModel(model));
  await git(workspace, 'commit', '-q', '-am', 'a regression of the ONNX model');
  return git(workspace, 'rev-parse', 'HEAD');
}
