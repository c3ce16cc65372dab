import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Ajv, type Options } from 'ajv';
import { DEFAULTS } from './defaults.js';
import { DURATION_PATTERN, DURATION_WORDS } from './duration.js';
import { METRIC_NAMES } from './metric-info.js';
import { nameRule } from './names.js';
import { FEATURE_MODE_NAMES, GATE_CONDITIONS, LAYER_NOISES, LAYER_MODES, TASKS } from './types.js';

/**
 * The one declaration of `ablation.yml` (DESIGN §1), written with TypeBox:
 * each value below is the JSON Schema (draft-07) ajv checks a config with,
 * its TypeScript type is the raw config (raw.ts, `Static`), and its
 * `description` and `default` are the configuration reference
 * (docs/configuration.md, written by reference.ts). Every mapping has
 * `additionalProperties: false`, so an unknown key is an error. The
 * `expected` keyword is ours, an annotation: the words a message uses when
 * a value fails its schema (see schema-errors.ts).
 *
 * Adding a key is one edit here: its schema, `description` and, when fixed,
 * `default` (from defaults.ts); then apply it in build.ts and run
 * `npm run config:reference`.
 */

const text = (options: object = {}) => Type.String({ minLength: 1, ...options });
const path = (description: string) =>
  Type.String({ minLength: 1, expected: 'a path relative to the config file', description });
const names = (options: object = {}) => Type.Array(text(), { uniqueItems: true, ...options });
/** One of `values`, as a JSON Schema `enum` (messages list the values and suggest the closest). */
const oneOf = <T extends readonly string[]>(values: T, options: object = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
/** A JSON Schema with a type list (`['string', 'number']`). */
const anyType = <T>(types: string[], options: object = {}) =>
  Type.Unsafe<T>({ type: types, ...options });
/** A mapping of any keys to `value`: `additionalProperties`, keys checked by `keys` when given. */
const mapOf = <T extends TSchema>(value: T, options: object = {}) =>
  Type.Unsafe<Record<string, Static<T>>>({
    type: 'object',
    additionalProperties: value,
    ...options,
  });
const closed = { additionalProperties: false } as const;

const metric = (options: object = {}) => oneOf(METRIC_NAMES, options);
const scalar = anyType<string | number | boolean>(['string', 'number', 'boolean']);

const allOrNames = (what: string, description: string, fallback: string) =>
  Type.Union([oneOf(['all'] as const), names()], {
    expected: `all or a list of ${what}`,
    description,
    default: fallback,
  });

const numberOrMap = <T extends TSchema>(value: T, words: string, description: string) =>
  Type.Union([value, mapOf(value)], {
    expected: `${words} or a mapping of feature names to ${words.replace(/^an? /, '')}s`,
    description: `${description}; a number for every feature, or per feature`,
  });

/** One duration grammar for every duration key (duration.ts parses it). */
const duration = (options: object) =>
  Type.Union([Type.String({ pattern: DURATION_PATTERN }), Type.Number({ exclusiveMinimum: 0 })], {
    expected: DURATION_WORDS,
    ...options,
  });

/** `{center, scale}`: model input = (raw − center) / scale. */
export const scalingSchema = Type.Object(
  {
    center: Type.Optional(
      numberOrMap(Type.Number(), 'a number', 'subtracted from the raw value (default 0)'),
    ),
    scale: Type.Optional(
      numberOrMap(
        Type.Number({ exclusiveMinimum: 0, expected: 'a positive number' }),
        'a positive number',
        'the raw value minus center is divided by it (default 1)',
      ),
    ),
  },
  { ...closed, expected: 'a mapping with center and scale' },
);

export const conditionSchema = Type.Object(
  {
    eq: Type.Optional({ ...scalar, description: 'equal to (numbers on a numeric column)' }),
    ne: Type.Optional({ ...scalar, description: 'not equal to' }),
    in: Type.Optional(Type.Array(scalar, { minItems: 1, description: 'one of the values' })),
    lt: Type.Optional(Type.Number({ description: 'less than' })),
    lte: Type.Optional(Type.Number({ description: 'at most' })),
    gt: Type.Optional(Type.Number({ description: 'greater than' })),
    gte: Type.Optional(Type.Number({ description: 'at least' })),
    between: Type.Optional(
      Type.Array(Type.Number(), {
        minItems: 2,
        maxItems: 2,
        expected: 'a list of two numbers [low, high]',
        description: 'from low to high, both included',
      }),
    ),
  },
  {
    ...closed,
    minProperties: 1,
    expected: 'a condition such as {gte: 65} (eq, ne, in, lt, lte, gt, gte, between)',
  },
);

export const modelUnitTestSchema = Type.Object(
  {
    name: Type.Unsafe<string>({
      ...nameRule('test', 'label'),
      description: 'unique among the tests; names the test in the report',
    }),
    where: Type.Optional(
      mapOf(conditionSchema, {
        description:
          'rows of the slice: column → condition (eq, ne, in, lt, lte, gt, gte, between), ANDed',
      }),
    ),
    metric: metric({ description: 'the metric the test scores' }),
    threshold: Type.Union(
      [
        Type.String({
          pattern: '^\\s*(>=|>|<=|<)\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$',
        }),
        Type.Number(),
      ],
      {
        expected: 'a threshold such as ">= 0.8" (>=, >, <=, <) or a number',
        description: 'a bare number means >= (<= for losses)',
      },
    ),
    'min-examples': Type.Optional(
      Type.Integer({
        minimum: 1,
        default: DEFAULTS.minExamples,
        description: 'fewer matching rows: the test is skipped',
      }),
    ),
    class: Type.Optional(
      anyType<string | number>(['string', 'number'], {
        expected: 'a class label (a string or a number)',
        description: 'precision, recall or f1 of this class alone',
      }),
    ),
  },
  { ...closed },
);

const groupSchema = Type.Object(
  {
    layers: Type.Optional(
      names({ minItems: 1, description: 'the layers of the group (names, globs or ranges)' }),
    ),
    features: Type.Optional(
      names({ minItems: 1, description: 'the features of the group (names, globs or ranges)' }),
    ),
  },
  {
    ...closed,
    minProperties: 1,
    maxProperties: 1,
    expected: 'exactly one of {layers: [...]} or {features: [...]}',
  },
);

/** `train:` — how to retrain the model for retrain ablations (a module or a command). */
const trainSchema = Type.Object(
  {
    module: Type.Optional(path('a .ts, .mts, .js or .mjs file exporting train()')),
    command: Type.Optional(
      text({ description: "a command line, run by the shell in the config's folder" }),
    ),
    writes: Type.Optional(
      oneOf(['predictions', 'model'] as const, {
        default: DEFAULTS.trainWrites,
        description:
          'what a command writes per run: its predictions, or an ONNX model ablation-ci runs',
      }),
    ),
    inputs: Type.Optional(
      names({
        minItems: 1,
        description: "globs of the files a command's training depends on (the cache key)",
      }),
    ),
    env: Type.Optional(
      Type.Array(
        Type.String({
          pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
          expected: 'an environment variable name (letters, digits, _)',
        }),
        {
          uniqueItems: true,
          description: 'variables passed to the training code beyond the allow-list',
        },
      ),
    ),
    seeds: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 100,
        default: DEFAULTS.seeds,
        description: 'K: how many seeds every variant and the baseline is trained with',
      }),
    ),
    'time-limit': Type.Optional(
      duration({ default: DEFAULTS.trainTimeLimit, description: 'the limit of one training run' }),
    ),
    cache: Type.Optional(
      Type.String({
        minLength: 1,
        expected: 'a path relative to the config file',
        default: DEFAULTS.trainCache,
        description: 'the cache folder of training runs',
      }),
    ),
  },
  {
    ...closed,
    minProperties: 1,
    description: 'how to retrain the model: exactly one of module or command',
  },
);

/** `ablations.retrain.NAME`: switches passed to `train`, and features dropped from the data. */
const retrainVariantSchema = Type.Unsafe<Record<string, string | number | boolean | string[]>>({
  type: 'object',
  minProperties: 1,
  propertyNames: { type: 'string', minLength: 1 },
  properties: {
    'drop-features': {
      ...names({ minItems: 1 }),
      description: 'features dropped from the training and eval data',
    },
  },
  additionalProperties: { type: ['string', 'number', 'boolean'] },
  expected: 'a mapping of switches to values, e.g. {dropout: false, drop-features: [a, b]}',
  description: 'switches passed to train (name: value), and drop-features',
});

const ablationsSchema = Type.Object(
  {
    layers: Type.Optional(
      allOrNames('layer names or globs', 'the layers ablated: names, globs or ranges', 'all'),
    ),
    'layer-modes': Type.Optional(
      Type.Array(oneOf(LAYER_MODES), {
        uniqueItems: true,
        default: DEFAULTS.layerModes,
        description: 'how each layer is ablated',
      }),
    ),
    features: Type.Optional(
      allOrNames('feature names', 'the features ablated: names, globs or ranges', 'all'),
    ),
    'feature-modes': Type.Optional(
      Type.Array(
        Type.Union(
          [
            oneOf(FEATURE_MODE_NAMES),
            Type.Object(
              { value: Type.Number({ description: 'the raw value put in place of the feature' }) },
              closed,
            ),
          ],
          {
            expected: `one of ${FEATURE_MODE_NAMES.join(' | ')} | {value: number}`,
          },
        ),
        {
          uniqueItems: true,
          default: DEFAULTS.featureModes,
          description: 'how each feature is ablated: a mode, or {value: x} to put x in its place',
        },
      ),
    ),
    groups: Type.Optional(
      mapOf(groupSchema, {
        propertyNames: nameRule('group', 'file'),
        description: 'components made of several layers, or of several features',
      }),
    ),
    retrain: Type.Optional(
      mapOf(retrainVariantSchema, {
        propertyNames: nameRule('variant', 'file'),
        description: 'retrain ablations: the model retrained without a component (needs train)',
      }),
    ),
    sensitivity: Type.Optional(
      Type.Object(
        {
          layers: Type.Optional(
            Type.Array(text(), {
              default: [],
              description: 'the layers whose curves are measured: names, globs or ranges',
            }),
          ),
          features: Type.Optional(
            allOrNames('feature names', 'the features whose curves are measured', '[]'),
          ),
          groups: Type.Optional(
            names({
              default: [],
              description: 'names of ablations.groups whose curves are measured',
            }),
          ),
          'layer-noise': Type.Optional(
            Type.Array(oneOf(LAYER_NOISES), {
              uniqueItems: true,
              minItems: 1,
              default: DEFAULTS.sensitivityLayerNoise,
              description: "a layer's noise: on its trained weights, on its output, or both",
            }),
          ),
          scale: Type.Optional(
            Type.Union([oneOf(['std'] as const), Type.Number({ exclusiveMinimum: 0 })], {
              expected: 'std or a positive number',
              default: DEFAULTS.sensitivityScale,
              description:
                "σ per unit of s: each column's standard deviation, or one raw-unit scale",
            }),
          ),
          draws: Type.Optional(
            oneOf(['gaussian', 'permutation'] as const, {
              default: DEFAULTS.sensitivityDraws,
              description:
                "a feature's noise: its own values permuted (s = 1 is the permute ablation), or standard normal",
            }),
          ),
          grid: Type.Optional(
            Type.Array(
              Type.Number({ minimum: 0, maximum: 1, expected: 'a noise level s in [0, 1]' }),
              {
                minItems: 1,
                uniqueItems: true,
                default: DEFAULTS.sensitivityGrid,
                description: 'the noise levels s (sorted ascending)',
              },
            ),
          ),
          repeats: Type.Optional(
            Type.Integer({
              minimum: 1,
              maximum: 1000,
              description: "draws per grid point; default the config's repeats",
            }),
          ),
        },
        {
          ...closed,
          description:
            'sensitivity curves: how the metric degrades as noise grows (docs/sensitivity.md)',
        },
      ),
    ),
  },
  { ...closed, description: 'the components ablated at evaluation time, and retrained' },
);

const gateSchema = Type.Object(
  {
    'fail-on': Type.Optional(
      Type.Array(oneOf(GATE_CONDITIONS), {
        uniqueItems: true,
        default: DEFAULTS.failOn,
        description: 'what fails the check',
      }),
    ),
    regression: Type.Optional(
      Type.Object(
        {
          metric: Type.Optional(
            metric({ description: 'the metric compared with main; default the first of metrics' }),
          ),
          tolerance: Type.Optional(
            Type.Number({
              minimum: 0,
              default: DEFAULTS.tolerance,
              description: 'how much worse than main is not a regression',
            }),
          ),
          alpha: Type.Optional(
            Type.Number({
              exclusiveMinimum: 0,
              maximum: 0.5,
              expected: 'a number in (0, 0.5]',
              default: DEFAULTS.alpha,
              description: 'the significance level of the one-sided test, Holm-adjusted',
            }),
          ),
        },
        { ...closed, description: 'the regression check: a one-sided paired test against main' },
      ),
    ),
  },
  { ...closed, description: 'when the check fails' },
);

const dataSchema = Type.Object(
  {
    eval: path('the eval data: .csv, .jsonl/.ndjson or .json (an array of records)'),
    train: Type.Optional(path('the training data (retrain ablations)')),
    label: text({ description: 'the label column' }),
    features: Type.Optional(
      names({
        minItems: 1,
        description: 'names or patterns (px_*); default every other column, in file order',
      }),
    ),
    task: Type.Optional(oneOf(TASKS, { description: 'default: inferred from the labels' })),
    classes: Type.Optional(
      Type.Array(anyType<string | number>(['string', 'number']), {
        minItems: 2,
        uniqueItems: true,
        description: "label values in the order of the model's outputs",
      }),
    ),
    scaling: Type.Optional(
      Type.Union([path('a JSON file of {center, scale}'), scalingSchema], {
        expected: 'a mapping with center and scale, or the path of a JSON file holding one',
        description: 'model input = (raw − center) / scale, inline or the path of a JSON file',
      }),
    ),
  },
  { ...closed, description: 'the eval data and how to read it' },
);

/** The whole `ablation.yml`. */
export const configSchema = Type.Object(
  {
    suite: Type.Unsafe<string>({
      ...nameRule('suite', 'file'),
      description: 'names the results (a folder of the results branch)',
    }),
    // `model` is required unless `train` is given (checked in load.ts).
    model: Type.Optional(
      path(
        'the model: a TF.js LayersModel (model.json beside its weight shards) or an ONNX model (*.onnx); required unless train is given',
      ),
    ),
    output: Type.Optional(
      Type.Union(
        [
          text(),
          Type.Object(
            {
              name: text({ description: 'the output name' }),
              as: Type.Optional(
                oneOf(['probabilities', 'logits'] as const, {
                  description:
                    'what the output holds; logits get a softmax (a sigmoid for one column)',
                }),
              ),
            },
            closed,
          ),
        ],
        {
          expected: 'an output name, or a mapping with name and as (probabilities or logits)',
          description:
            "an ONNX model's output: its name when it has several, and whether it holds logits",
        },
      ),
    ),
    data: dataSchema,
    metrics: Type.Optional(
      Type.Array(metric(), {
        minItems: 1,
        uniqueItems: true,
        default: DEFAULTS.metrics,
        description: 'the first is the primary metric',
      }),
    ),
    seed: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: Number.MAX_SAFE_INTEGER,
        default: DEFAULTS.seed,
        description: 'seeds every random draw',
      }),
    ),
    repeats: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 1000,
        default: DEFAULTS.repeats,
        description: 'repeats of each stochastic ablation',
      }),
    ),
    resamples: Type.Optional(
      Type.Integer({
        minimum: 100,
        maximum: 100000,
        default: DEFAULTS.resamples,
        description: 'bootstrap resamples for every interval',
      }),
    ),
    workers: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 256,
        description: 'evaluation threads and training runs at once; default one per free core',
      }),
    ),
    'time-limit': Type.Optional(duration({ description: 'the run fits its plan to it' })),
    ablations: Type.Optional(ablationsSchema),
    train: Type.Optional(trainSchema),
    tests: Type.Optional(
      Type.Array(modelUnitTestSchema, {
        description: 'model unit tests: a metric with a threshold on a slice of the eval data',
      }),
    ),
    gate: Type.Optional(gateSchema),
  },
  { ...closed, expected: 'a mapping with suite, model and data' },
);

/** The ajv the validators are compiled with, here or at build time (`code`: standalone output). */
export function schemaAjv(code?: Options['code']): Ajv {
  // allErrors, so that schema-errors.ts can pick the most useful error, not the first found.
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    ...(code === undefined ? {} : { code }),
  });
  ajv.addKeyword({ keyword: 'expected', schemaType: 'string' });
  return ajv;
}
