import { Ajv, type Options, type SchemaObject, type ValidateFunction } from 'ajv';
import { METRIC_NAMES } from './metric-info.js';
import { precompiled } from './precompiled.js';
import { FEATURE_MODE_NAMES, GATE_CONDITIONS, LAYER_MODES, LAYER_NOISES, TASKS } from './types.js';

/**
 * The JSON Schema (draft-07) of `ablation.yml` and of a scaling JSON file.
 * Every mapping has `additionalProperties: false`, so an unknown key is an
 * error. The `expected` keyword is ours, an annotation: the words a message
 * uses when a value fails its schema (see schema-errors.ts).
 */

// Names become folders and file names of the results branch: ".", ".." and
// ".git" cannot be, and a name must stay well under a file system's 255 bytes.
const NAME_PATTERN = '^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$';
const NAME_MAX_LENGTH = 100;
const NAME_WORDS = `at most ${NAME_MAX_LENGTH} letters, digits, ".", "_" or "-" (not ".", ".." or ".git")`;

const nonEmptyString = { type: 'string', minLength: 1 };
const path = { type: 'string', minLength: 1, expected: 'a path relative to the config file' };
const names = { type: 'array', uniqueItems: true, items: nonEmptyString };
const metric = { type: 'string', enum: METRIC_NAMES };
const scalar = { type: ['string', 'number', 'boolean'] };

const allOrNames = (what: string): SchemaObject => ({
  anyOf: [{ type: 'string', enum: ['all'] }, names],
  expected: `all or a list of ${what}`,
});

const numberOrMap = (value: SchemaObject, words: string): SchemaObject => ({
  anyOf: [value, { type: 'object', additionalProperties: value }],
  expected: `${words} or a mapping of feature names to ${words.replace(/^an? /, '')}s`,
});

/** `{center, scale}`: model input = (raw − center) / scale. */
export const scalingSchema: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  properties: {
    center: numberOrMap({ type: 'number' }, 'a number'),
    scale: numberOrMap(
      { type: 'number', exclusiveMinimum: 0, expected: 'a positive number' },
      'a positive number',
    ),
  },
  expected: 'a mapping with center and scale',
};

const condition: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    eq: scalar,
    ne: scalar,
    in: { type: 'array', minItems: 1, items: scalar },
    lt: { type: 'number' },
    lte: { type: 'number' },
    gt: { type: 'number' },
    gte: { type: 'number' },
    between: {
      type: 'array',
      minItems: 2,
      maxItems: 2,
      items: { type: 'number' },
      expected: 'a list of two numbers [low, high]',
    },
  },
  expected: 'a condition such as {gte: 65} (eq, ne, in, lt, lte, gt, gte, between)',
};

const modelUnitTest: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'metric', 'threshold'],
  properties: {
    name: nonEmptyString,
    where: { type: 'object', additionalProperties: condition },
    metric,
    threshold: {
      anyOf: [
        {
          type: 'string',
          pattern: '^\\s*(>=|>|<=|<)\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$',
        },
        { type: 'number' },
      ],
      expected: 'a threshold such as ">= 0.8" (>=, >, <=, <) or a number',
    },
    'min-examples': { type: 'integer', minimum: 1 },
    class: { type: ['string', 'number'], expected: 'a class label (a string or a number)' },
  },
};

const group: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  properties: {
    layers: { ...names, minItems: 1 },
    features: { ...names, minItems: 1 },
  },
  expected: 'exactly one of {layers: [...]} or {features: [...]}',
};

// A duration such as "90s", "2m", "500ms", or a number of seconds.
const duration: SchemaObject = {
  anyOf: [
    { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$' },
    { type: 'number', exclusiveMinimum: 0 },
  ],
  expected: 'a duration such as "60s", "2m" or "500ms", or a number of seconds',
};

/** `train:` — how to retrain the model for retrain ablations (a module or a command). */
const train: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    module: path,
    command: nonEmptyString,
    inputs: { ...names, minItems: 1 },
    // Names of variables passed on to the training code, beyond the allow-list (docs/reliability.md).
    env: {
      type: 'array',
      uniqueItems: true,
      items: {
        type: 'string',
        pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
        expected: 'an environment variable name (letters, digits, _)',
      },
    },
    seeds: { type: 'integer', minimum: 1, maximum: 100 },
    'time-limit': duration,
    cache: path,
  },
};

/** `ablations.retrain.NAME`: switches passed to `train`, and features dropped from the data. */
const retrainVariant: SchemaObject = {
  type: 'object',
  minProperties: 1,
  propertyNames: { type: 'string', minLength: 1 },
  properties: { 'drop-features': { ...names, minItems: 1 } },
  additionalProperties: { type: ['string', 'number', 'boolean'] },
  expected: 'a mapping of switches to values, e.g. {dropout: false, drop-features: [a, b]}',
};

/** The whole `ablation.yml`. */
export const configSchema: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  // `model` is required unless `train` is given (checked in load.ts).
  required: ['suite', 'data'],
  expected: 'a mapping with suite, model and data',
  properties: {
    suite: {
      type: 'string',
      pattern: NAME_PATTERN,
      maxLength: NAME_MAX_LENGTH,
      expected: `a suite name of ${NAME_WORDS}`,
    },
    model: path,
    data: {
      type: 'object',
      additionalProperties: false,
      required: ['eval', 'label'],
      properties: {
        eval: path,
        train: path,
        label: nonEmptyString,
        features: { ...names, minItems: 1 },
        task: { type: 'string', enum: TASKS },
        classes: {
          type: 'array',
          minItems: 2,
          uniqueItems: true,
          items: { type: ['string', 'number'] },
        },
        scaling: {
          anyOf: [path, scalingSchema],
          expected: 'a mapping with center and scale, or the path of a JSON file holding one',
        },
      },
    },
    metrics: { type: 'array', minItems: 1, uniqueItems: true, items: metric },
    seed: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    repeats: { type: 'integer', minimum: 1, maximum: 1000 },
    resamples: { type: 'integer', minimum: 100, maximum: 100000 },
    workers: { type: 'integer', minimum: 1, maximum: 256 },
    'time-limit': {
      anyOf: [
        { type: 'number', exclusiveMinimum: 0 },
        { type: 'string', pattern: '^\\s*(\\d+(\\.\\d+)?\\s*[hms]\\s*)+$' },
      ],
      expected: 'a duration such as 10m, 90s or 1h30m, or a number of seconds',
    },
    ablations: {
      type: 'object',
      additionalProperties: false,
      properties: {
        layers: allOrNames('layer names or globs'),
        'layer-modes': {
          type: 'array',
          uniqueItems: true,
          items: { type: 'string', enum: LAYER_MODES },
        },
        features: allOrNames('feature names'),
        'feature-modes': {
          type: 'array',
          uniqueItems: true,
          items: {
            anyOf: [
              { type: 'string', enum: FEATURE_MODE_NAMES },
              {
                type: 'object',
                additionalProperties: false,
                required: ['value'],
                properties: { value: { type: 'number' } },
              },
            ],
            expected: `one of ${FEATURE_MODE_NAMES.join(' | ')} | {value: number}`,
          },
        },
        groups: {
          type: 'object',
          propertyNames: {
            type: 'string',
            pattern: NAME_PATTERN,
            maxLength: NAME_MAX_LENGTH,
            expected: `a group name of ${NAME_WORDS}`,
          },
          additionalProperties: group,
        },
        retrain: {
          type: 'object',
          propertyNames: {
            type: 'string',
            pattern: NAME_PATTERN,
            maxLength: NAME_MAX_LENGTH,
            expected: `a variant name of ${NAME_WORDS}`,
          },
          additionalProperties: retrainVariant,
        },
        sensitivity: {
          type: 'object',
          additionalProperties: false,
          properties: {
            layers: { type: 'array', items: { type: 'string', minLength: 1 } },
            features: allOrNames('feature names'),
            groups: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
            'layer-noise': {
              type: 'array',
              uniqueItems: true,
              minItems: 1,
              items: { type: 'string', enum: LAYER_NOISES },
            },
            scale: {
              anyOf: [
                { type: 'string', enum: ['std'] },
                { type: 'number', exclusiveMinimum: 0 },
              ],
              expected: 'std or a positive number',
            },
            draws: { type: 'string', enum: ['gaussian', 'permutation'] },
            grid: {
              type: 'array',
              minItems: 1,
              uniqueItems: true,
              items: {
                type: 'number',
                minimum: 0,
                maximum: 1,
                expected: 'a noise level s in [0, 1]',
              },
            },
            repeats: { type: 'integer', minimum: 1, maximum: 1000 },
          },
        },
      },
    },
    train,
    tests: { type: 'array', items: modelUnitTest },
    gate: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'fail-on': {
          type: 'array',
          uniqueItems: true,
          items: { type: 'string', enum: GATE_CONDITIONS },
        },
        regression: {
          type: 'object',
          additionalProperties: false,
          properties: {
            metric,
            tolerance: { type: 'number', minimum: 0 },
            alpha: {
              type: 'number',
              exclusiveMinimum: 0,
              maximum: 0.5,
              expected: 'a number in (0, 0.5]',
            },
          },
        },
      },
    },
  },
};

let compiled: { config: ValidateFunction; scaling: ValidateFunction } | undefined;

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

/** The compiled validators: the bundle's, compiled at build time, else compiled once, on first use. */
export function validators(): { config: ValidateFunction; scaling: ValidateFunction } {
  if (compiled === undefined) {
    const ajv = precompiled === undefined ? schemaAjv() : undefined;
    compiled = precompiled ?? {
      config: ajv!.compile(configSchema),
      scaling: ajv!.compile(scalingSchema),
    };
  }
  return compiled;
}
