import * as tf from '@tensorflow/tfjs';

/** A layer as far as weight names are concerned: what the matching rules need to know. */
export interface LayerWeights {
  name: string;
  /** TF.js class name (`Dense`), the same as Keras's for built-in layers. */
  className: string;
  /** `originalName`s of the layer's weights, in the layer's order (trainable first). */
  weights: string[];
  /** The layers of a nested model. */
  layers?: LayerWeights[];
}

/** The result of matching a weights manifest to a model. */
export interface WeightMatch {
  /** Manifest name → model weight `originalName`. */
  targets: Map<string, string>;
  /** Manifest entries that are state, not weights: optimizer slots, random-seed state. */
  ignored: string[];
}

/** The layer tree of a TF.js model, for `matchWeightNames`. */
export function describeLayers(model: tf.LayersModel): LayerWeights[] {
  return model.layers.map((layer) => ({
    name: layer.name,
    className: layer.getClassName(),
    weights: layer.weights.map((w) => w.originalName),
    ...(layer instanceof tf.LayersModel ? { layers: describeLayers(layer) } : {}),
  }));
}

/**
 * Finds the model weight each manifest entry holds. Tried in order:
 * 1. the name itself (TF.js files, Keras 2's `dense/kernel`);
 * 2. the name without leading path segments (Keras 3's
 *    `sequential/dense/kernel`, nested `outer/sequential/dense/kernel`),
 *    each also without the segment before the weight's own name (the RNN
 *    cell in Keras's `lstm/lstm_cell/kernel`, as TF.js's loader does);
 * 3. the `.keras` path form `layers/dense_1/vars/0`: Keras numbers the
 *    layers of each class in model order (`dense`, `dense_1`, …, whatever
 *    the layers are called) and their variables in creation order.
 * Optimizer slots and random-seed state that the `.keras` path carries are
 * ignored. Throws an Error naming the first name that matches nothing, two
 * names that match one weight, or the model weights left without a value.
 */
export function matchWeightNames(manifestNames: string[], layers: LayerWeights[]): WeightMatch {
  const modelNames = allWeights(layers);
  const known = new Set<string>();
  for (const name of modelNames) {
    if (known.has(name)) throw new Error(`the model has two weights named "${name}"`);
    known.add(name);
  }
  const targets = new Map<string, string>();
  const claimedBy = new Map<string, string>();
  const ignored: string[] = [];
  for (const name of manifestNames) {
    if (isState(name)) {
      ignored.push(name);
      continue;
    }
    const target = byName(name, known) ?? byVarsPath(name, layers);
    if (target === undefined) {
      throw new Error(`weight "${name}" matches no weight of the model (${listed(modelNames)})`);
    }
    const other = claimedBy.get(target);
    if (other !== undefined) {
      throw new Error(`weights "${other}" and "${name}" both match the model's weight "${target}"`);
    }
    claimedBy.set(target, name);
    targets.set(name, target);
  }
  const missing = modelNames.filter((name) => !claimedBy.has(name));
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} of the model's ${modelNames.length} weights have no value in the manifest: ${listed(missing)}`,
    );
  }
  return { targets, ignored };
}

/**
 * Writes the decoded manifest values into the model's variables. Shapes and
 * dtypes are checked first, so a mismatch leaves the model untouched; the
 * decoded tensors are always disposed.
 */
export function assignWeights(
  model: tf.LayersModel,
  match: WeightMatch,
  specs: tf.io.WeightsManifestEntry[],
  weightData: ArrayBuffer,
): void {
  const variables = new Map(model.weights.map((w) => [w.originalName, w]));
  for (const spec of specs) {
    const target = match.targets.get(spec.name);
    if (target === undefined) continue;
    const variable = variables.get(target);
    if (variable === undefined) throw new Error(`the model has no weight "${target}"`);
    if (!sameShape(variable.shape, spec.shape)) {
      throw new Error(
        `weight "${spec.name}" has shape [${spec.shape.join(',')}] but the model's "${target}" ` +
          `has shape [${variable.shape.join(',')}]`,
      );
    }
    // decodeWeights returns spec.dtype, dequantizing quantized entries to it.
    if (spec.dtype !== variable.dtype) {
      throw new Error(
        `weight "${spec.name}" is ${spec.dtype} but the model's "${target}" is ${variable.dtype}`,
      );
    }
  }
  const values = tf.tidy(() => tf.io.decodeWeights(weightData, specs));
  try {
    for (const [name, target] of match.targets) variables.get(target)?.write(values[name]);
  } finally {
    tf.dispose(Object.values(values));
  }
}

function byName(name: string, known: Set<string>): string | undefined {
  const segments = name.split('/');
  for (let start = 0; start < segments.length; start++) {
    const tail = segments.slice(start);
    const candidate = tail.join('/');
    if (known.has(candidate)) return candidate;
    if (tail.length >= 3) {
      const withoutCell = [...tail.slice(0, -2), tail[tail.length - 1]].join('/');
      if (known.has(withoutCell)) return withoutCell;
    }
  }
  return undefined;
}

const CONTAINERS = new Set(['layers', 'layer_checkpoint_dependencies']);

function byVarsPath(name: string, top: LayerWeights[]): string | undefined {
  const segments = name.split('/').map((s) => s.replace(/^_/, ''));
  const index = Number(segments[segments.length - 1]);
  if (segments.length < 4 || segments[segments.length - 2] !== 'vars' || !Number.isInteger(index)) {
    return undefined;
  }
  let layers = top;
  let layer: LayerWeights | undefined;
  for (let i = 0; i < segments.length - 2; i++) {
    if (!CONTAINERS.has(segments[i])) continue;
    layer = nthOfClass(layers, segments[i + 1]);
    if (layer === undefined) return undefined;
    layers = layer.layers ?? [];
    i++;
  }
  return layer?.weights[index];
}

/** `dense_2` is the third layer whose class Keras snake-cases to `dense`. */
function nthOfClass(layers: LayerWeights[], key: string): LayerWeights | undefined {
  const match = /^(.*?)(?:_(\d+))?$/.exec(key);
  if (match === null) return undefined;
  const [, base, nth] = match;
  const ofClass = layers.filter((l) => snakeCase(l.className) === base);
  return ofClass[nth === undefined ? 0 : Number(nth)];
}

/** Keras's `naming.to_snake_case`: `BatchNormalization` → `batch_normalization`, `Conv2D` → `conv2d`. */
export function snakeCase(name: string): string {
  return name
    .replace(/\W+/g, '')
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

function isState(name: string): boolean {
  const segments = name.split('/').map((s) => s.replace(/^_/, ''));
  return segments[0] === 'optimizer' || segments.includes('seed_generator');
}

function allWeights(layers: LayerWeights[]): string[] {
  const names: string[] = [];
  const visit = (list: LayerWeights[]): void => {
    for (const layer of list) {
      // A nested model lists its layers' weights itself and through its sublayers.
      if (layer.layers !== undefined) {
        visit(layer.layers);
        continue;
      }
      names.push(...layer.weights);
    }
  };
  visit(layers);
  return names;
}

function sameShape(a: readonly (number | null)[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

function listed(names: string[]): string {
  const shown = names.slice(0, 8).join(', ');
  return names.length > 8 ? `${shown}, … ${names.length - 8} more` : shown;
}
