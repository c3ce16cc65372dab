import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { create } from '@bufbuild/protobuf';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, type ModelProto } from '../../src/onnx/model.js';
import { StringStringEntryProtoSchema } from '../../src/onnx/onnx-ml_pb.js';
import { expectOneLineError, runCli } from '../hardening/helpers.js';
import { onnxRepo } from './helpers.js';

// examples/onnx-tabular's model with its weights in model.onnx.data, written by onnx.save (make.py
// beside it): the layout PyTorch's exporter writes by default since 2.9.
const FIXTURE = 'test/fixtures/onnx/external';
const ARGV = ['run', '--config', 'suite/ablation.yml', '--out', 'r.json'];

/** The tabular example's repository with the external-data model in place of its own. */
async function externalRepo(change?: (m: ModelProto) => void): Promise<string> {
  const root = await onnxRepo('onnx-tabular');
  await copyFile(path.join(FIXTURE, 'model.onnx.data'), path.join(root, 'suite/model.onnx.data'));
  const model = decodeModel(readFileSync(path.join(FIXTURE, 'model.onnx')));
  change?.(model);
  await writeFile(path.join(root, 'suite/model.onnx'), encodeModel(model));
  return root;
}

/** A results document without its timing and model hash. */
async function document(root: string): Promise<{ body: string; modelHash: string }> {
  const results = JSON.parse(await readFile(path.join(root, 'r.json'), 'utf8')) as {
    timing: unknown;
    source: { modelHash: string };
  };
  const { modelHash } = results.source;
  return {
    body: JSON.stringify({
      ...results,
      timing: null,
      source: { ...results.source, modelHash: null },
    }),
    modelHash,
  };
}

/** Sets one entry of the first initializer's external data. */
function entry(key: string, value: string): (m: ModelProto) => void {
  return (m) => {
    const tensor = m.graph!.initializer[0];
    tensor.externalData = [
      ...tensor.externalData.filter((e) => e.key !== key),
      create(StringStringEntryProtoSchema, { key, value }),
    ];
  };
}

describe('a model whose weights are stored outside the .onnx file', () => {
  let inline: { body: string; modelHash: string };
  beforeAll(async () => {
    const root = await onnxRepo('onnx-tabular');
    expect((await runCli(ARGV, root)).code).toBe(0);
    inline = await document(root);
  }, 60_000);

  it('gives the results of the same model stored whole; its hash covers the data file', async () => {
    const root = await externalRepo();
    const run = await runCli(ARGV, root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const external = await document(root);
    expect(external.body).toBe(inline.body);
    expect(external.modelHash).not.toBe(inline.modelHash);

    // Other weights in model.onnx.data, model.onnx unchanged: another model hash.
    const data = path.join(root, 'suite/model.onnx.data');
    const bytes = await readFile(data);
    bytes[100] ^= 0x40;
    await writeFile(data, bytes);
    expect((await runCli(ARGV, root)).code).toBe(0);
    expect((await document(root)).modelHash).not.toBe(external.modelHash);
  }, 60_000);

  const refusals: [string, (root: string) => Promise<void>, RegExp][] = [
    [
      'a location outside the model’s folder',
      async (root) => {
        await copyFile(path.join(FIXTURE, 'model.onnx.data'), path.join(root, 'outside.data'));
        await rewrite(root, entry('location', '../outside.data'));
      },
      /^suite\/model\.onnx: initializer "coefficient" reads "\.\.\/outside\.data", outside the model's folder; keep external data beside the model\n$/,
    ],
    [
      'an absolute location',
      (root) => rewrite(root, entry('location', path.join(root, 'suite/model.onnx.data'))),
      /^suite\/model\.onnx: initializer "coefficient" reads "\/.*\/suite\/model\.onnx\.data", outside the model's folder/,
    ],
    [
      'a symlink beside the model that leads out of its folder',
      async (root) => {
        await copyFile(path.join(FIXTURE, 'model.onnx.data'), path.join(root, 'outside.data'));
        await symlink(path.join(root, 'outside.data'), path.join(root, 'suite/link.data'));
        await rewrite(root, entry('location', 'link.data'));
      },
      /^suite\/model\.onnx: initializer "coefficient" reads "link\.data", outside the model's folder/,
    ],
    [
      'a missing file',
      (root) => rewrite(root, entry('location', 'gone.data')),
      /^suite\/model\.onnx: initializer "coefficient" reads "gone\.data", which is missing beside the model\n$/,
    ],
    [
      'a FIFO',
      async (root) => {
        execFileSync('mkfifo', [path.join(root, 'suite/pipe.data')]);
        await rewrite(root, entry('location', 'pipe.data'));
      },
      /^suite\/model\.onnx: initializer "coefficient" reads "pipe\.data", which is not a regular file \(a FIFO\); give a file\n$/,
    ],
    [
      'a data file past the 2 GiB a model in memory can have',
      async (root) => {
        // Sparse: 3 GiB of size, no blocks written.
        execFileSync('truncate', ['-s', '3G', path.join(root, 'suite/big.data')]);
        await rewrite(root, entry('location', 'big.data'));
      },
      /^suite\/model\.onnx: initializer "coefficient" reads "big\.data", of 3\.0 GiB; ablation-ci gives ONNX Runtime the model in memory, at most 2 GiB \(protobuf's limit\)\n$/,
    ],
    [
      'an offset past the end of the file',
      (root) => rewrite(root, entry('offset', '999999')),
      /^suite\/model\.onnx: initializer "coefficient" needs bytes 999999–1001919 of "model\.onnx\.data", which has 2568\n$/,
    ],
    [
      'a data file cut short',
      async (root) => {
        const data = path.join(root, 'suite/model.onnx.data');
        await writeFile(data, (await readFile(data)).subarray(0, 2000));
      },
      /^suite\/model\.onnx: initializer "coefficient1" needs bytes 1984–2496 of "model\.onnx\.data", which has 2000\n$/,
    ],
    [
      'a length its shape contradicts',
      (root) => rewrite(root, entry('length', '1916')),
      /^suite\/model\.onnx: initializer "coefficient" has 1916 bytes in "model\.onnx\.data" where its shape \[30, 16\] needs 1920\n$/,
    ],
    [
      'an offset that is no number',
      (root) => rewrite(root, entry('offset', '-8')),
      /^suite\/model\.onnx: initializer "coefficient" has an offset or length in "model\.onnx\.data" that is not a whole number\n$/,
    ],
  ];

  it.each(refusals)(
    '%s: one line naming the model and the tensor, exit 2, nothing written',
    async (_, prepare, error) => {
      const root = await externalRepo();
      await prepare(root);
      expectOneLineError(await runCli(ARGV, root), error);
      expect(existsSync(path.join(root, 'r.json'))).toBe(false);
    },
    60_000,
  );
});

/** Rewrites the repository's suite/model.onnx with a change. */
async function rewrite(root: string, change: (m: ModelProto) => void): Promise<void> {
  const file = path.join(root, 'suite/model.onnx');
  const model = decodeModel(await readFile(file));
  change(model);
  await writeFile(file, encodeModel(model));
}
