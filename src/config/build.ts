import { InputError } from '../errors.js';
import { parseDuration } from './duration.js';
import { keyPath, type KeySegment } from '../key-path.js';
import { higherIsBetter, metricRange, PER_CLASS_METRICS } from './metric-info.js';
import type { RawCondition, RawConfig, RawTest } from './raw.js';
import { alternatives, show } from './schema-errors.js';
import { buildRetrain, type TrainPaths } from './train.js';
import { DEFAULTS } from './defaults.js';
import {
  type Condition,
  type Config,
  type Group,
  type ModelUnitTest,
  type SensitivityConfig,
  type Scaling,
  type Threshold,
  type Where,
} from './types.js';

/** Where the config came from and what its paths resolved to (paths.ts). */
export interface BuildContext {
  file: string;
  lines: ReadonlyMap<string, number>;
  root: string;
  model?: string;
  eval: string;
  /** Absolute path of data.train, when given. */
  train?: string;
  /** Resolved paths of the train section, when given. */
  trainPaths?: TrainPaths;
  scaling?: Scaling;
  scalingFile?: string;
}

/**
 * The typed Config of a document that passed the schema: defaults applied,
 * and the rules a schema cannot say checked (unique test names, thresholds
 * within the metric's range, the gate metric among the metrics, …).
 */
export function buildConfig(raw: RawConfig, context: BuildContext): Config {
  const fail = (detail: string, ...segments: KeySegment[]): never => {
    const where = keyPath(...segments);
    throw new InputError(detail, { file: context.file, where, line: context.lines.get(where) });
  };
  const metrics = raw.metrics ?? [...DEFAULTS.metrics];
  const classes = raw.data.classes?.map(String);
  classes?.forEach((name, i) => {
    const first = classes.indexOf(name);
    if (first < i)
      fail(`duplicate ${show(name)}, already at data.classes[${first}]`, 'data', 'classes', i);
  });
  raw.data.features?.forEach((name, i) => {
    if (name === raw.data.label) fail(`${show(name)} is the label column`, 'data', 'features', i);
  });
  const tests = (raw.tests ?? []).map((test, i) => buildTest(test, i, fail));
  tests.forEach((test, i) => {
    const first = tests.findIndex((other) => other.name === test.name);
    if (first < i)
      fail(
        `duplicate test name ${show(test.name)}, already at tests[${first}].name`,
        'tests',
        i,
        'name',
      );
  });
  const gateMetric = raw.gate?.regression?.metric ?? metrics[0];
  if (!metrics.includes(gateMetric)) {
    fail(
      `${show(gateMetric)} is not one of metrics (${metrics.join(', ')})`,
      'gate',
      'regression',
      'metric',
    );
  }
  const ablations = raw.ablations ?? {};
  const retrain = buildRetrain(raw, context.trainPaths, context.lines, context.file);
  const data: Config['data'] = { eval: context.eval, label: raw.data.label };
  if (context.train !== undefined) data.train = context.train;
  if (raw.data.features !== undefined) data.features = raw.data.features;
  if (raw.data.task !== undefined) data.task = raw.data.task;
  if (classes !== undefined) data.classes = classes;
  if (context.scaling !== undefined) data.scaling = context.scaling;
  if (context.scalingFile !== undefined) data.scalingFile = context.scalingFile;
  return {
    file: context.file,
    root: context.root,
    suite: raw.suite,
    ...(context.model === undefined ? {} : { model: context.model }),
    ...(raw.output === undefined
      ? {}
      : { output: typeof raw.output === 'string' ? { name: raw.output } : raw.output }),
    ...(retrain.train === undefined ? {} : { train: retrain.train }),
    data,
    metrics,
    seed: raw.seed ?? DEFAULTS.seed,
    repeats: raw.repeats ?? DEFAULTS.repeats,
    resamples: raw.resamples ?? DEFAULTS.resamples,
    ...(raw.workers === undefined ? {} : { workers: raw.workers }),
    ...(raw['time-limit'] === undefined
      ? {}
      : {
          timeLimit: parseDuration(raw['time-limit'], {
            file: context.file,
            where: 'time-limit',
            line: context.lines.get('time-limit'),
          }),
        }),
    ablations: {
      layers: ablations.layers ?? DEFAULTS.layers,
      layerModes: ablations['layer-modes'] ?? [...DEFAULTS.layerModes],
      features: ablations.features ?? DEFAULTS.features,
      featureModes: ablations['feature-modes'] ?? [...DEFAULTS.featureModes],
      groups: buildGroups(ablations.groups ?? {}, context.lines),
      ...(retrain.variants.length === 0 ? {} : { retrain: retrain.variants }),
      ...(ablations.sensitivity === undefined
        ? {}
        : {
            sensitivity: buildSensitivity(ablations.sensitivity, raw.repeats ?? DEFAULTS.repeats),
          }),
    },
    tests,
    gate: {
      failOn: raw.gate?.['fail-on'] ?? [...DEFAULTS.failOn],
      regression: {
        metric: gateMetric,
        tolerance: raw.gate?.regression?.tolerance ?? DEFAULTS.tolerance,
        alpha: raw.gate?.regression?.alpha ?? DEFAULTS.alpha,
      },
    },
    lines: context.lines,
  };
}

type Fail = (detail: string, ...segments: KeySegment[]) => never;

function buildTest(raw: RawTest, i: number, fail: Fail): ModelUnitTest {
  const threshold = parseThreshold(raw, i, fail);
  // fromEntries defines own keys: a column named `__proto__` stays a key (an assignment
  // `where[column] = …` would set the prototype instead and drop the condition).
  const where: Where = Object.fromEntries(
    Object.entries(raw.where ?? {}).map(([column, condition]) => [
      column,
      buildCondition(condition, (detail) => fail(detail, 'tests', i, 'where', column, 'between')),
    ]),
  );
  const test: ModelUnitTest = {
    name: raw.name,
    where,
    metric: raw.metric,
    threshold,
    minExamples: raw['min-examples'] ?? DEFAULTS.minExamples,
  };
  if (raw.class !== undefined) {
    if (!PER_CLASS_METRICS.includes(raw.metric)) {
      fail(
        `class applies only to ${alternatives(PER_CLASS_METRICS)}, not ${raw.metric}`,
        'tests',
        i,
        'class',
      );
    }
    test.class = String(raw.class);
  }
  return test;
}

const THRESHOLD = /^\s*(>=|>|<=|<)\s*(\S+)\s*$/;

/**
 * `">= 0.8"` as written, or a bare number: at least that for a metric where
 * higher is better, at most that for one where lower is.
 */
function parseThreshold(raw: RawTest, i: number, fail: Fail): Threshold {
  let threshold: Threshold;
  if (typeof raw.threshold === 'number') {
    threshold = { op: higherIsBetter(raw.metric) ? '>=' : '<=', value: raw.threshold };
  } else {
    // The schema's pattern already admits only an operator and a number.
    const [, op, value] = THRESHOLD.exec(raw.threshold) as unknown as [
      string,
      Threshold['op'],
      string,
    ];
    threshold = { op, value: Number(value) };
  }
  const { min, max } = metricRange(raw.metric);
  if (threshold.value < min || threshold.value > max) {
    const range =
      min === -Infinity ? `<= ${max}` : max === Infinity ? `>= ${min}` : `from ${min} to ${max}`;
    fail(
      `expected a value ${range} for ${raw.metric}, got ${threshold.value}`,
      'tests',
      i,
      'threshold',
    );
  }
  return threshold;
}

function buildCondition(raw: RawCondition, fail: (detail: string) => never): Condition {
  const condition: Condition = { ...raw } as Condition;
  if (raw.between !== undefined) {
    const [low, high] = raw.between;
    if (low > high) fail(`expected [low, high] with low <= high, got [${low}, ${high}]`);
    condition.between = [low, high];
  }
  return condition;
}

function buildGroups(
  raw: Record<string, { layers?: string[]; features?: string[] }>,
  lines: ReadonlyMap<string, number>,
): Group[] {
  // Document order (the order of `lines`): a JS object puts integer-like keys ("7") first.
  const order = [...lines.keys()];
  const position = (name: string): number => order.indexOf(keyPath('ablations', 'groups', name));
  return Object.keys(raw)
    .sort((a, b) => position(a) - position(b))
    .map((name) => ({ name, ...raw[name] }));
}

/** `ablations.sensitivity` with its defaults; the grid ascending. */
function buildSensitivity(
  raw: NonNullable<NonNullable<RawConfig['ablations']>['sensitivity']>,
  repeats: number,
): SensitivityConfig {
  return {
    layers: raw.layers ?? [],
    features: raw.features ?? [],
    groups: raw.groups ?? [],
    layerNoise: raw['layer-noise'] ?? [...DEFAULTS.sensitivityLayerNoise],
    scale: raw.scale ?? DEFAULTS.sensitivityScale,
    draws: raw.draws ?? DEFAULTS.sensitivityDraws,
    grid: [...(raw.grid ?? DEFAULTS.sensitivityGrid)].sort((a, b) => a - b),
    repeats: raw.repeats ?? repeats,
  };
}
