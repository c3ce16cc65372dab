import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findComponent, listComponents, scopesOf } from '../../src/onnx/components.js';
import { decodeModel } from '../../src/onnx/model.js';

describe('scopesOf', () => {
  it.each([
    // torch.onnx: scopes by attribute name, or already qualified by the exporter
    ['/layer1/layer1.0/conv1/Conv', ['layer1', 'layer1.0', 'layer1.0.conv1']],
    ['/layer1/0/conv1/Conv', ['layer1', 'layer1.0', 'layer1.0.conv1']],
    [
      '/encoder/layers.0/self_attn/MatMul_1',
      ['encoder', 'encoder.layers.0', 'encoder.layers.0.self_attn'],
    ],
    ['/fc/Gemm', ['fc']],
    ['/Flatten', []],
    // tf2onnx from Keras: model, layer(s), op
    ['sequential/dense_1/MatMul', ['dense_1']],
    ['StatefulPartitionedCall/model/conv2d/BiasAdd', ['conv2d']],
    ['model/inner/dense/MatMul', ['inner', 'inner/dense']],
    ['sequential/Relu', []],
    // skl2onnx and other flat names
    ['MatMul1', []],
    ['', []],
  ])('%s → %j', (name, ids) => {
    expect(scopesOf(name)).toEqual(ids);
  });
});

describe('listComponents', () => {
  it('lists the modules of the residual example with their one input and output', () => {
    const graph = decodeModel(readFileSync('examples/onnx-resnet/model.onnx')).graph!;
    const summary = listComponents(graph).map((c) => [c.id, c.nodes.length, c.inputs, c.outputs]);
    const block = '/layer1/layer1.0';
    expect(summary).toEqual([
      ['conv1', 1, ['/Reshape_output_0'], ['/conv1/Conv_output_0']],
      ['bn1', 1, ['/conv1/Conv_output_0'], ['/bn1/BatchNormalization_output_0']],
      ['relu', 1, ['/bn1/BatchNormalization_output_0'], ['/relu/Relu_output_0']],
      ['layer1', 7, ['/relu/Relu_output_0'], [`${block}/relu_1/Relu_output_0`]],
      ['layer1.0', 7, ['/relu/Relu_output_0'], [`${block}/relu_1/Relu_output_0`]],
      ['layer1.0.conv1', 1, ['/relu/Relu_output_0'], [`${block}/conv1/Conv_output_0`]],
      [
        'layer1.0.bn1',
        1,
        [`${block}/conv1/Conv_output_0`],
        [`${block}/bn1/BatchNormalization_output_0`],
      ],
      [
        'layer1.0.relu',
        1,
        [`${block}/bn1/BatchNormalization_output_0`],
        [`${block}/relu/Relu_output_0`],
      ],
      ['layer1.0.conv2', 1, [`${block}/relu/Relu_output_0`], [`${block}/conv2/Conv_output_0`]],
      [
        'layer1.0.bn2',
        1,
        [`${block}/conv2/Conv_output_0`],
        [`${block}/bn2/BatchNormalization_output_0`],
      ],
      ['layer1.0.relu_1', 1, [`${block}/Add_output_0`], [`${block}/relu_1/Relu_output_0`]],
      ['fc', 1, ['/Flatten_output_0'], ['logits']],
    ]);
  });

  it('finds no components in a scikit-learn graph (flat node names)', () => {
    const graph = decodeModel(readFileSync('examples/onnx-tabular/model.onnx')).graph!;
    expect(listComponents(graph)).toEqual([]);
    expect((findComponent(graph, 'MatMul') as Error).message).toBe(
      'no component "MatMul" in the graph (it has none)',
    );
  });
});
