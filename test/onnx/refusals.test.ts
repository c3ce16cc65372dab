import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { create } from '@bufbuild/protobuf';
import { describe, expect, it } from 'vitest';
import {
  AttributeProto_AttributeType,
  NodeProtoSchema,
  OperatorSetIdProtoSchema,
  ValueInfoProtoSchema,
} from '../../src/onnx/onnx-ml_pb.js';
import type { ModelProto } from '../../src/onnx/model.js';
import { expectOneLineError, runCli } from '../hardening/helpers.js';
import { changeModel, onnxRepo } from './helpers.js';

/** A change to the tabular suite's repository: its model, its config, or both. */
interface Case {
  model?: (m: ModelProto) => void;
  config?: (text: string) => string;
  prepare?: (root: string) => Promise<void>;
  backend?: string;
  error: RegExp;
}

const dims = (m: ModelProto) => {
  const type = m.graph!.input[0].type!.value;
  if (type.case !== 'tensorType') throw new Error('not a tensor');
  return type.value.shape!.dim;
};

// Each refusal: one line on stderr naming the file or key, exit 2, nothing written.
const CASES: [string, Case][] = [
  [
    'a scikit-learn ZipMap output',
    {
      prepare: async (root) => {
        await copyFile(
          'test/fixtures/onnx/logreg-iris-zipmap.onnx',
          path.join(root, 'suite/model.onnx'),
        );
        await writeFile(
          path.join(root, 'suite/data/eval.csv'),
          'a,b,species\n1,2,x\n2,1,y\n3,3,z\n1,1,x\n2,2,y\n3,1,z\n',
        );
      },
      config: (t) =>
        t
          .replace('label: diagnosis', 'label: species')
          .replace('task: binary', 'task: multiclass')
          .replace('classes: [benign, malignant]', 'classes: [x, y, z]')
          .replace(/tests:[\s\S]*?gate:/, 'tests: []\ngate:')
          .replace('metrics: [accuracy, f1, roc_auc, log_loss]', 'metrics: [accuracy]')
          .replace(/groups:[\s\S]*?\n(\S)/, 'groups: {}\n$1'),
      error:
        /^suite\/model\.onnx: output "probabilities" is a scikit-learn ZipMap \(a list of dicts\); export with zipmap=False\n$/,
    },
  ],
  [
    'several inputs',
    {
      model: (m) => m.graph!.input.push(create(ValueInfoProtoSchema, { name: 'mask' })),
      error:
        /^suite\/model\.onnx: the model has 2 inputs \("input", "mask"\); ablation-ci feeds one input tensor/,
    },
  ],
  [
    'a dynamic feature axis',
    {
      model: (m) => (dims(m)[1].value = { case: 'dimParam', value: 'features' }),
      error:
        /^suite\/model\.onnx: input "input" has "features" at axis 1; export it with a fixed size there/,
    },
  ],
  [
    'a fixed batch (torch.onnx.export without dynamic_axes)',
    {
      model: (m) => (dims(m)[0].value = { case: 'dimValue', value: 1n }),
      error:
        /^suite\/model\.onnx: input "input" has a fixed batch size of 1 at axis 0; export it with a dynamic batch \(torch\.onnx\.export: dynamic_axes=\{"input": \{0: "batch"\}\}; skl2onnx and tf2onnx: None as the first dimension\)\n$/,
    },
  ],
  [
    'an op the runtime lacks',
    {
      model: (m) => (m.graph!.node[3].opType = 'Swish9'),
      error:
        /^suite\/model\.onnx: node "Relu" uses op Swish9 \(opset 17\), which ONNX Runtime does not implement\n$/,
    },
  ],
  [
    'an op of a domain the runtime lacks',
    {
      model: (m) => {
        m.graph!.node[2].domain = 'com.example';
        m.opsetImport.push(
          create(OperatorSetIdProtoSchema, { domain: 'com.example', version: 1n }),
        );
      },
      error:
        /^suite\/model\.onnx: node "Add" uses op com\.example\.Add, which ONNX Runtime does not implement\n$/,
    },
  ],
  [
    'several outputs and no output: key',
    {
      config: (t) => t.replace(/\noutput: probabilities\n/, '\n'),
      error:
        /^suite\/model\.onnx: the model has 2 outputs \("label", "probabilities"\); choose one with output: NAME in suite\/ablation\.yml\n$/,
    },
  ],
  [
    'an output: the model lacks',
    {
      config: (t) => t.replace('output: probabilities', 'output: probs'),
      error:
        /^suite\/ablation\.yml:6: output: the model suite\/model\.onnx has no output "probs" \(it has "label", "probabilities"\)\n$/,
    },
  ],
  [
    'an integer output',
    {
      config: (t) => t.replace('output: probabilities', 'output: label'),
      error:
        /^suite\/ablation\.yml:6: output: output "label" is INT64, not FLOAT; choose the float scores/,
    },
  ],
  [
    'logits read as probabilities',
    {
      // The last Sigmoid's input: a logit, outside [0, 1] on some row.
      model: (m) => {
        const concat = m.graph!.node.find((n) => n.opType === 'Concat')!;
        concat.input = ['negative_class_proba', 'add_result2'];
      },
      error:
        /^suite\/ablation\.yml:6: output: output "probabilities" holds -?[\d.e-]+ at row \d+, so it does not hold probabilities; if it holds logits, say output: \{name: probabilities, as: logits\}\n$/,
    },
  ],
  [
    'a TF.js backend',
    {
      backend: 'tensorflow',
      error:
        /^backend: "tensorflow" is a TF\.js backend; an ONNX model runs on onnxruntime-node, onnxruntime-web or wasm/,
    },
  ],
  [
    "an output that depends on the other rows of its batch (the first layer's output centred over the batch)",
    {
      model: (m) => {
        const graph = m.graph!;
        const node = (opType: string, input: string[], output: string, axes?: bigint[]) =>
          create(NodeProtoSchema, {
            opType,
            input,
            output: [output],
            name: `/centre/${opType}`,
            attribute:
              axes === undefined
                ? []
                : [{ name: 'axes', type: AttributeProto_AttributeType.INTS, ints: axes }],
          });
        graph.node.find((n) => n.opType === 'Relu')!.input = ['centred'];
        const at = graph.node.findIndex((n) => n.opType === 'Relu');
        graph.node.splice(
          at,
          0,
          node('ReduceMean', ['add_result'], 'batch_mean', [0n]),
          node('Sub', ['add_result', 'batch_mean'], 'centred'),
        );
      },
      error:
        /^suite\/model\.onnx: the model's output for a row depends on the other rows of its batch \(output "probabilities" of row 1 is [0-9.e-]+ beside row 2 and [0-9.e-]+ when row 3 joins them\); ablation-ci runs changed rows in batches of their own, so export the model in eval mode \(torch: model\.eval\(\); batch statistics frozen\)\n$/,
    },
  ],
];

describe('an ONNX model ablation-ci cannot run is refused before anything is evaluated', () => {
  it.each(CASES)(
    '%s',
    async (_, c) => {
      const root = await onnxRepo('onnx-tabular');
      if (c.model) await changeModel(root, 'onnx-tabular', c.model);
      await c.prepare?.(root);
      if (c.config) {
        const file = path.join(root, 'suite/ablation.yml');
        await writeFile(file, c.config(await readFile(file, 'utf8')));
      }
      const argv = ['run', '--config', 'suite/ablation.yml', '--out', 'r.json'];
      const run = await runCli(c.backend ? [...argv, '--backend', c.backend] : argv, root);
      expectOneLineError(run, c.error);
      expect(existsSync(path.join(root, 'r.json'))).toBe(false);
    },
    60_000,
  );
});
