import { createHash } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type * as tf from '@tensorflow/tfjs';
import { InputError, errorMessage } from '../errors.js';
import { notRegular } from '../files/kind.js';

/** Which tool wrote a model.json: TF.js itself, or `tensorflowjs_converter` from Keras 2 or 3. */
export type ModelFormat = 'tfjs' | 'keras2' | 'keras3';

/** What a LayersModel's files on disk hold, read and checked but not yet given to TF.js. */
export interface ModelArtifactsOnDisk {
  /** `modelTopology` exactly as in model.json. */
  topology: Record<string, unknown>;
  /** Every weight of every manifest group, in manifest order. */
  weightSpecs: tf.io.WeightsManifestEntry[];
  /** The shards of each group concatenated, groups in manifest order. */
  weightData: ArrayBuffer;
  /** `sha256:<hex>` over model.json's bytes, then each shard's bytes in manifest order. */
  hash: string;
  format: ModelFormat;
}

const ELEMENT_BYTES: Record<string, number> = {
  float32: 4,
  int32: 4,
  bool: 1,
  complex64: 8,
  uint8: 1,
  uint16: 2,
  float16: 2,
};

/**
 * Reads `model.json` at `file` and every weight shard its manifest lists.
 * Errors are `InputError`s naming `displayPath` (or the shard, as the user
 * would write it): a missing or corrupt model.json, a graph model, a
 * manifest that is not one, a shard that is missing, outside the model's
 * folder, not a regular file, a symlink to a file outside `root` (the
 * repository; refused before it is read, so nothing of it shows), or of the
 * wrong length. No tensor is created here.
 */
export async function readModelArtifacts(
  file: string,
  displayPath: string,
  root?: string,
): Promise<ModelArtifactsOnDisk> {
  const jsonBytes = await readBytes(file, displayPath, 'model file');
  let json: unknown;
  try {
    json = JSON.parse(jsonBytes.toString('utf8'));
  } catch (error) {
    throw new InputError(`is not valid JSON (corrupt model.json?): ${errorMessage(error)}`, {
      file: displayPath,
    });
  }
  if (!isRecord(json)) {
    throw new InputError('is not a TF.js model.json (expected a JSON object)', {
      file: displayPath,
    });
  }
  const topology = checkLayersModel(json, displayPath);
  const groups = checkManifest(json['weightsManifest'], displayPath);

  const hash = createHash('sha256').update(jsonBytes);
  const groupBuffers: Buffer[] = [];
  const weightSpecs: tf.io.WeightsManifestEntry[] = [];
  const folder = path.dirname(file);
  for (const [g, group] of groups.entries()) {
    const shards: Buffer[] = [];
    let lastShard = displayPath;
    for (const shardPath of group.paths) {
      lastShard = shardDisplayPath(displayPath, shardPath);
      const shardFile = resolveShard(folder, shardPath, displayPath);
      if (root !== undefined) await checkInside(shardFile, root, lastShard);
      const bytes = await readBytes(shardFile, lastShard, 'weight shard');
      hash.update(bytes);
      shards.push(bytes);
    }
    const data = Buffer.concat(shards);
    const expected = group.weights.reduce((sum, spec) => sum + specBytes(spec, displayPath), 0);
    if (data.length !== expected) {
      const listed =
        group.paths.length === 1
          ? 'it holds'
          : `the ${group.paths.length} shards of group ${g + 1} hold`;
      throw new InputError(
        `weight data ${data.length < expected ? 'too short' : 'too long'}: ${listed} ${data.length} bytes, ` +
          `but model.json's weightsManifest describes ${expected}`,
        { file: lastShard },
      );
    }
    groupBuffers.push(data);
    weightSpecs.push(...group.weights);
  }
  const all = Buffer.concat(groupBuffers);
  return {
    topology,
    weightSpecs,
    weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength),
    hash: `sha256:${hash.digest('hex')}`,
    format: detectFormat(json, topology),
  };
}

/** Keras 3 and Keras 2 converter output carry the Keras version; TF.js writes `tfjs-layers x.y`. */
export function detectFormat(
  json: Record<string, unknown>,
  topology: Record<string, unknown>,
): ModelFormat {
  const version = topology['keras_version'];
  const generatedBy = json['generatedBy'];
  const source =
    typeof version === 'string'
      ? version
      : typeof generatedBy === 'string'
        ? generatedBy.replace(/^keras v/i, '')
        : '';
  if (/^3\./.test(source)) return 'keras3';
  if (/^[12]\./.test(source)) return 'keras2';
  return 'tfjs';
}

function checkLayersModel(json: Record<string, unknown>, file: string): Record<string, unknown> {
  const topology = json['modelTopology'];
  const isGraph =
    json['format'] === 'graph-model' ||
    (isRecord(topology) && (Array.isArray(topology['node']) || 'versions' in topology));
  if (isGraph) {
    throw new InputError(
      'is a TF.js graph model; ablation needs a LayersModel ' +
        '(convert the Keras model with tensorflowjs_converter --output_format=tfjs_layers_model)',
      { file },
    );
  }
  if (json['format'] !== undefined && json['format'] !== 'layers-model') {
    throw new InputError(
      `has format ${JSON.stringify(json['format'])}; ablation needs a "layers-model"`,
      {
        file,
      },
    );
  }
  if (!isRecord(topology)) {
    throw new InputError('has no modelTopology object: not a TF.js LayersModel', { file });
  }
  const config = isRecord(topology['model_config']) ? topology['model_config'] : topology;
  if (typeof config['class_name'] !== 'string' || !isRecord(config['config'])) {
    throw new InputError(
      'modelTopology is not a Keras model config (needs class_name and config): not a LayersModel',
      { file },
    );
  }
  return topology;
}

interface ManifestGroup {
  paths: string[];
  weights: tf.io.WeightsManifestEntry[];
}

function checkManifest(manifest: unknown, file: string): ManifestGroup[] {
  if (!Array.isArray(manifest)) {
    throw new InputError('has no weightsManifest list: the model has no trained weights', {
      file,
      where: 'weightsManifest',
    });
  }
  return manifest.map((group, g) => {
    const where = `weightsManifest[${g}]`;
    if (!isRecord(group) || !Array.isArray(group['paths']) || !Array.isArray(group['weights'])) {
      throw new InputError('expected {paths: [...], weights: [...]}', { file, where });
    }
    const paths = group['paths'].map((p, i) => {
      if (typeof p !== 'string' || p === '') {
        throw new InputError('expected a file name', { file, where: `${where}.paths[${i}]` });
      }
      return p;
    });
    const weights = group['weights'].map((w, i) => checkSpec(w, file, `${where}.weights[${i}]`));
    return { paths, weights };
  });
}

function checkSpec(spec: unknown, file: string, where: string): tf.io.WeightsManifestEntry {
  const ok =
    isRecord(spec) &&
    typeof spec['name'] === 'string' &&
    typeof spec['dtype'] === 'string' &&
    Array.isArray(spec['shape']) &&
    spec['shape'].every((d) => Number.isInteger(d) && (d as number) >= 0);
  if (!ok) throw new InputError('expected {name, shape: [ints], dtype}', { file, where });
  return spec as unknown as tf.io.WeightsManifestEntry;
}

function specBytes(spec: tf.io.WeightsManifestEntry, file: string): number {
  const dtype = spec.quantization?.dtype ?? spec.dtype;
  const size = Object.hasOwn(ELEMENT_BYTES, dtype) ? ELEMENT_BYTES[dtype] : undefined;
  if (size === undefined) {
    throw new InputError(
      `weight "${spec.name}" has dtype "${dtype}", which a LayersModel cannot load`,
      {
        file,
        where: 'weightsManifest',
      },
    );
  }
  return spec.shape.reduce((n, d) => n * d, 1) * size;
}

function resolveShard(folder: string, shardPath: string, file: string): string {
  const resolved = path.resolve(folder, shardPath);
  const relative = path.relative(folder, resolved);
  if (
    path.isAbsolute(shardPath) ||
    relative === '' ||
    relative.startsWith('..') ||
    path.isAbsolute(relative)
  ) {
    throw new InputError(`weight shard path "${shardPath}" points outside the model's folder`, {
      file,
      where: 'weightsManifest',
    });
  }
  return resolved;
}

/** The shard as the user would name it: beside model.json, with forward slashes. */
function shardDisplayPath(displayPath: string, shardPath: string): string {
  return path.posix.join(path.posix.dirname(displayPath.replaceAll('\\', '/')), shardPath);
}

/** Refuses a shard whose real path (through symlinks) is outside the repository. */
async function checkInside(file: string, root: string, displayPath: string): Promise<void> {
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return; // missing: readBytes says so
  }
  const rel = path.relative(await realpath(root), real);
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new InputError(
      "weight shard escapes the repository through a symlink (listed in model.json's weightsManifest)",
      { file: displayPath },
    );
  }
}

async function readBytes(file: string, displayPath: string, what: string): Promise<Buffer> {
  const special = await notRegular(file);
  if (special !== undefined) {
    throw new InputError(
      `${what} ${special}` +
        (what === 'weight shard' ? " (listed in model.json's weightsManifest)" : ''),
      { file: displayPath },
    );
  }
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail =
      code === 'ENOENT'
        ? `${what} not found`
        : code === 'EISDIR'
          ? `${what} is a directory, not a file`
          : `cannot read ${what}: ${errorMessage(error)}`;
    throw new InputError(
      detail + (what === 'weight shard' ? " (listed in model.json's weightsManifest)" : ''),
      {
        file: displayPath,
      },
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
