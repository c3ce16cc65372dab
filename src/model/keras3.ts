/**
 * Rewrites the topology `tensorflowjs_converter` writes for a Keras 3 model
 * into the Keras 2 form TF.js 4.22 deserializes. Keras 3 differs in shape,
 * not meaning (checked against converter output and Keras 3's `get_config`):
 *
 * - InputLayer config: `batch_shape: [null, 4]` where Keras 2 had
 *   `batch_input_shape` (TF.js: "An InputLayer should be passed either a
 *   `batchInputShape` or an `inputShape`").
 * - `dtype: {module: 'keras', class_name: 'DTypePolicy', config: {name:
 *   'float32'}, registered_name: null}` where Keras 2 had `'float32'`.
 * - every serialized object (model, layer, initializer, regularizer,
 *   constraint) wrapped as `{module, class_name, config, registered_name}`,
 *   plus `build_config` / `compile_config` in the `.keras` path.
 * - functional `inbound_nodes: [{args: [{class_name: '__keras_tensor__',
 *   config: {shape, dtype, keras_history: [layer, node, tensor]}}], kwargs:
 *   {}}]`, with a list of such tensors as the one argument of a merge layer,
 *   where Keras 2 had `[[[layer, node, tensor, kwargs], ...]]`.
 * - `input_layers` / `output_layers` of a single-input model as one flat
 *   `[layer, node, tensor]` rather than a list of them.
 * - built-in functions (activations) possibly as `{class_name: 'function',
 *   config: 'relu'}`; `silu` where TF.js says `swish`; seeds possibly as
 *   `SeedGenerator` objects.
 *
 * Some fixes concern Keras 2 files too and are applied to every topology:
 * Keras `L1` / `L2` regularizers become TF.js's `L1L2`, Keras 2 mixed
 * precision `Policy` objects become a plain dtype, and a Sequential model's
 * leading InputLayer is folded into its first layer (see `foldInputLayer`).
 * On a topology TF.js wrote itself the rewrite changes nothing.
 *
 * Mixed-precision policies (`mixed_float16`, `mixed_bfloat16`) become
 * `float32`: their variables are float32 and TF.js computes in float32, so
 * predictions may differ from Keras's half-precision ones in the last bits.
 * Quantized policies are refused: TF.js cannot run int8/float8 kernels.
 */
export function normalizeKerasTopology(topology: unknown): unknown {
  return normalize(topology, undefined);
}

const WRAPPER_KEYS = new Set(['module', 'registered_name', 'build_config', 'compile_config']);
const ACTIVATION_KEYS = new Set(['activation', 'recurrent_activation']);
const ACTIVATION_NAMES = new Map([['silu', 'swish']]);

function normalize(value: unknown, key: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => normalize(item, key));
  if (!isRecord(value)) {
    if (typeof value === 'string' && key !== undefined && ACTIVATION_KEYS.has(key)) {
      return ACTIVATION_NAMES.get(value) ?? value;
    }
    return value;
  }
  const className = value['class_name'];
  if (typeof className === 'string') {
    if (className === 'DTypePolicyMap' || /DTypePolicy$/.test(className)) {
      return dtypeOfPolicy(className, value['config']);
    }
    if (className === 'Policy' && key === 'dtype') return dtypeOfPolicy(className, value['config']);
    if (className === 'function' && typeof value['config'] === 'string') {
      return normalize(value['config'], key);
    }
    if (className === 'SeedGenerator') return seedOf(value['config']);
  }
  // Null prototype: a key named `__proto__` in model.json stays a key.
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) {
    if (typeof className === 'string' && WRAPPER_KEYS.has(k)) continue;
    if (k === 'inbound_nodes') {
      out[k] = inboundNodes(v, typeof value['name'] === 'string' ? value['name'] : '?');
    } else if (k === 'input_layers' || k === 'output_layers') {
      out[k] = tensorRefs(v, k);
    } else {
      out[k] = normalize(v, k);
    }
  }
  if (className === 'InputLayer' && isRecord(out['config'])) {
    out['config'] = inputLayerConfig(out['config']);
  }
  if (className === 'Sequential' && isRecord(out['config'])) {
    out['config'] = foldInputLayer(out['config']);
  }
  if ((className === 'L1' || className === 'L2') && key?.endsWith('regularizer') === true) {
    const config = isRecord(out['config']) ? out['config'] : {};
    return { class_name: 'L1L2', config: { l1: config['l1'] ?? 0, l2: config['l2'] ?? 0 } };
  }
  return out;
}

function dtypeOfPolicy(className: string, config: unknown): string {
  const name = isRecord(config) ? config['name'] : undefined;
  if (className.includes('Quantized') || className === 'DTypePolicyMap') {
    throw new Error(
      `the model uses a quantized dtype policy (${className}${typeof name === 'string' ? ` "${name}"` : ''}), ` +
        'which TF.js cannot run; save the model before quantizing it',
    );
  }
  if (typeof name !== 'string') throw new Error(`a ${className} without a name`);
  return name.startsWith('mixed_') ? 'float32' : name;
}

function seedOf(config: unknown): unknown {
  const seed = isRecord(config) ? config['seed'] : undefined;
  return typeof seed === 'number' ? seed : null;
}

function inputLayerConfig(config: Record<string, unknown>): Record<string, unknown> {
  if (!('batch_shape' in config)) return config;
  const { batch_shape: batchShape, ...rest } = config;
  return 'batch_input_shape' in rest ? rest : { ...rest, batch_input_shape: batchShape };
}

/**
 * Keras lists a Sequential model's InputLayer first; TF.js's own Sequential
 * models keep it implicit (the first layer carries `batch_input_shape`). Folding
 * it in gives `model.layers` the same layers whichever tool wrote the file. An
 * input of another dtype than float32 stays, as it feeds e.g. an Embedding.
 */
function foldInputLayer(config: Record<string, unknown>): Record<string, unknown> {
  const layers = config['layers'];
  if (!Array.isArray(layers) || layers.length < 2) return config;
  const [input, first, ...rest] = layers as unknown[];
  if (!isRecord(input) || input['class_name'] !== 'InputLayer' || !isRecord(input['config']))
    return config;
  if (!isRecord(first) || !isRecord(first['config'])) return config;
  const shape = input['config']['batch_input_shape'];
  const dtype = input['config']['dtype'];
  if (!Array.isArray(shape) || (dtype !== undefined && dtype !== 'float32')) return config;
  const firstConfig = { batch_input_shape: shape, ...first['config'] };
  return { ...config, layers: [{ ...first, config: firstConfig }, ...rest] };
}

/** `[{args, kwargs}]` (Keras 3) → `[[[layer, node, tensor, kwargs], ...]]` (Keras 2); Keras 2 passes through. */
function inboundNodes(nodes: unknown, layer: string): unknown {
  if (!Array.isArray(nodes)) throw new Error(`layer "${layer}": inbound_nodes is not a list`);
  return nodes.map((node) => {
    if (Array.isArray(node)) return normalize(node, 'inbound_nodes');
    if (!isRecord(node))
      throw new Error(`layer "${layer}": an inbound node is neither a list nor {args, kwargs}`);
    const kwargs = normalize(node['kwargs'] ?? {}, 'kwargs');
    if (containsTensor(kwargs)) {
      throw new Error(
        `layer "${layer}" is called with a tensor as a keyword argument, which TF.js cannot load`,
      );
    }
    const tensors: unknown[] = [];
    collectTensors(node['args'] ?? [], tensors, layer);
    return tensors.map((history) => [...(history as unknown[]), kwargs]);
  });
}

function collectTensors(args: unknown, into: unknown[], layer: string): void {
  if (Array.isArray(args)) {
    for (const arg of args) collectTensors(arg, into, layer);
    return;
  }
  if (isRecord(args) && args['class_name'] === '__keras_tensor__') {
    const history = isRecord(args['config']) ? args['config']['keras_history'] : undefined;
    if (!isTensorRef(history))
      throw new Error(`layer "${layer}": a Keras tensor without keras_history`);
    into.push(history.slice(0, 3));
    return;
  }
  throw new Error(
    `layer "${layer}" is called with a non-tensor argument (${JSON.stringify(args)}), which TF.js cannot load`,
  );
}

/** A model's inputs or outputs as a list of `[layer, node, tensor]`, whatever structure Keras saved. */
function tensorRefs(value: unknown, key: string): unknown[] {
  if (isTensorRef(value)) return [value];
  if (Array.isArray(value)) return value.flatMap((item) => tensorRefs(item, key));
  // Keras flattens a dict of inputs in sorted key order.
  if (isRecord(value))
    return Object.keys(value)
      .sort()
      .flatMap((k) => tensorRefs(value[k], key));
  throw new Error(`${key} holds ${JSON.stringify(value)}, not [layer, node, tensor] references`);
}

function containsTensor(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsTensor);
  if (!isRecord(value)) return false;
  return value['class_name'] === '__keras_tensor__' || Object.values(value).some(containsTensor);
}

function isTensorRef(value: unknown): value is [string, number, number, ...unknown[]] {
  return (
    Array.isArray(value) &&
    value.length >= 3 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'number' &&
    typeof value[2] === 'number'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
