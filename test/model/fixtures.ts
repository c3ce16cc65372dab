import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { loadModel } from '../../src/model/load.js';

/** Model fixtures written by scripts/fixtures/make-model-fixtures.ts. */
export const FIXTURES = path.resolve('test/fixtures/models');

/** A few input rows per fixture model: `inputs.mlp`, `inputs.branches`. */
export const inputs = JSON.parse(
  readFileSync(path.join(FIXTURES, 'inputs.json'), 'utf8'),
) as Record<string, number[][]>;

/** A layer entry of a Keras model config, loosely typed for editing in tests. */
export interface LayerJson {
  class_name: string;
  config: Record<string, unknown>;
  name?: string;
  inbound_nodes?: unknown[];
  [key: string]: unknown;
}

export interface WeightSpecJson {
  name: string;
  shape: number[];
  dtype: string;
}

/** The parts of a model.json the tests read or change. */
export interface ModelFile {
  modelTopology: {
    model_config: {
      class_name: string;
      config: {
        layers: LayerJson[];
        input_layers?: unknown;
        output_layers?: unknown;
        [key: string]: unknown;
      };
      [key: string]: unknown;
    };
    [key: string]: unknown;
  };
  weightsManifest: { paths: string[]; weights: WeightSpecJson[] }[];
  [key: string]: unknown;
}

export function modelFile(dir: string): ModelFile {
  return JSON.parse(readFileSync(path.join(FIXTURES, dir, 'model.json'), 'utf8')) as ModelFile;
}

/** A fixture's shards, concatenated. */
export function weightBytes(dir: string): Buffer {
  const json = modelFile(dir);
  return Buffer.concat(
    json.weightsManifest[0].paths.map((p) => readFileSync(path.join(FIXTURES, dir, p))),
  );
}

/** Loads the model at `file` with `loadModel`, predicts `rows`, disposes everything. */
export async function predictions(file: string, rows: number[][]): Promise<number[]> {
  const { model } = await loadModel(file, 'model.json');
  const x = tf.tensor2d(rows);
  const y = model.predict(x) as tf.Tensor;
  const values = Array.from(await y.data());
  tf.dispose([x, y]);
  model.dispose();
  return values;
}
