import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayUseTfjsThreads } from '../../src/pool/needs.js';

const dir = mkdtempSync(path.join(tmpdir(), 'needs-'));

describe('whether a run warms TF.js threads, read from its config file', () => {
  it.each([
    ['suite: a\nmodel: model/model.json\n', true],
    ['suite: a\nmodel: model.onnx\n', false],
    ['suite: a\nmodel: "nets/Model.ONNX" # exported\n', false],
    ["model: 'model.onnx'\n", false],
    ['# model: model.onnx\nmodel: model.json\n', true],
    ['suite: a\ntrain:\n  module: train.ts\n', true],
    ['suite: a\nretrain:\n  model: x.onnx\n', true],
    ['{suite: a, model: model.onnx}\n', true],
  ])('%j: %s', (text, expected) => {
    const file = path.join(dir, 'ablation.yml');
    writeFileSync(file, text);
    expect(mayUseTfjsThreads('ablation.yml', dir)).toBe(expected);
  });

  it('a config it cannot read: true (the run reports it)', () => {
    expect(mayUseTfjsThreads('missing.yml', dir)).toBe(true);
  });
});
