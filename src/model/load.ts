import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { quietTfjs } from '../backend/resolve.js';
import { findRoot } from '../config/paths.js';
import { InputError, errorMessage } from '../errors.js';
import { readModelArtifacts, type ModelFormat } from './artifacts.js';
import { normalizeKerasTopology } from './keras3.js';
import { checkTopology } from './topology.js';
import { assignWeights, describeLayers, matchWeightNames } from './weights.js';

export type { ModelFormat } from './artifacts.js';

/** A LayersModel ready to run, with what identifies it in results. */
export interface LoadedModel {
  model: tf.LayersModel;
  /** `sha256:<hex>` over model.json's bytes, then each weight shard's bytes in manifest order. */
  hash: string;
  format: ModelFormat;
}

/**
 * Loads a TF.js LayersModel from `path` (its model.json) and the weight
 * shards beside it, without tfjs-node: files saved by TF.js, and those
 * `tensorflowjs_converter` writes for Keras 2 and Keras 3 models (the
 * latter rewritten first, see `normalizeKerasTopology`). Needs a TF.js
 * backend to be set. The model is not compiled: a converter's
 * `training_config` is ignored.
 *
 * Every problem a user can fix is an `InputError` naming `displayPath` (the
 * path as the user wrote it) or the weight shard at fault, and a failed load
 * leaves no tensor or variable behind. Weight shards must stay inside the
 * repository (the nearest `.git` ancestor of the model, else its folder),
 * symlinks included.
 */
export async function loadModel(file: string, displayPath: string): Promise<LoadedModel> {
  quietTfjs();
  const folder = path.dirname(file);
  const artifacts = await readModelArtifacts(file, displayPath, await findRoot(folder, folder));
  let topology: unknown;
  try {
    topology = normalizeKerasTopology(artifacts.topology);
  } catch (error) {
    throw new InputError(`cannot read the model topology: ${errorMessage(error)}`, {
      file: displayPath,
    });
  }
  checkTopology(topology, displayPath);
  const model = await buildModel(topology, displayPath);
  try {
    const specs = artifacts.weightSpecs.filter((spec) => spec.group !== 'optimizer');
    const match = matchWeightNames(
      specs.map((spec) => spec.name),
      describeLayers(model),
    );
    assignWeights(model, match, artifacts.weightSpecs, artifacts.weightData);
  } catch (error) {
    model.dispose();
    throw new InputError(`weights do not match the model topology: ${errorMessage(error)}`, {
      file: displayPath,
    });
  }
  return { model, hash: artifacts.hash, format: artifacts.format };
}

/**
 * Builds the model from its topology alone; weights are written afterwards,
 * so that a mismatch can be reported and cleaned up (TF.js's own loader
 * leaves the half-built model's variables behind when its weights fail).
 */
async function buildModel(topology: unknown, displayPath: string): Promise<tf.LayersModel> {
  const variables = (): tf.Variable[] => Object.values(tf.engine().state.registeredVariables);
  const before = new Set(variables());
  const pending = tf.models.modelFromJSON({
    modelTopology: topology as tf.io.ModelJSON['modelTopology'],
  });
  // modelFromJSON (async, so it never throws here) deserializes synchronously
  // before its first await: the variables created since `before` are exactly
  // this model's, even if other work runs while we wait.
  const created = variables().filter((v) => !before.has(v));
  try {
    return await pending;
  } catch (error) {
    for (const v of created) if (!v.isDisposed) v.dispose();
    throw new InputError(`cannot build a LayersModel from the topology: ${errorMessage(error)}`, {
      file: displayPath,
    });
  }
}
