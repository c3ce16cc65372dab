import type { Scalar, Where, Scaling, Task } from '../data/types.js';
import type { MetricName } from '../metrics/name.js';

// Types the lower layers own, re-exported for the layers above that read them with a Config.
export {
  TASKS,
  type Condition,
  type Scalar,
  type Scaling,
  type Task,
  type Where,
} from '../data/types.js';
export type { MetricName } from '../metrics/name.js';

/**
 * The typed suite config (DESIGN §1), as the loader returns it: validated,
 * defaults applied, every path absolute and inside the repository.
 */

export const LAYER_MODES = ['zero', 'reinit', 'mean', 'remove'] as const;
export type LayerMode = (typeof LAYER_MODES)[number];

/** The named feature ablations (a constant is the other kind). */
export const FEATURE_MODE_NAMES = ['permute', 'zero', 'mean'] as const;

/** A feature ablation: the name of a mode, or a constant to put in its place. */
export type FeatureMode = (typeof FEATURE_MODE_NAMES)[number] | { value: number };

export type ThresholdOp = '>=' | '>' | '<=' | '<';

export interface Threshold {
  op: ThresholdOp;
  value: number;
}

/** A model unit test: a metric with a threshold on a curated slice. */
export interface ModelUnitTest {
  name: string;
  where: Where;
  metric: MetricName;
  threshold: Threshold;
  minExamples: number;
  /** For per-class precision/recall/f1: score this class alone. */
  class?: string;
}

export interface Group {
  name: string;
  layers?: string[];
  features?: string[];
}

export const GATE_CONDITIONS = [
  'test-failure',
  'regression',
  'inconclusive',
  'sensitivity',
] as const;

/** Where a layer's sensitivity curve puts its noise: on its trained weights, or on its output. */
export const LAYER_NOISES = ['weights', 'output'] as const;
export type LayerNoise = (typeof LAYER_NOISES)[number];

/** `ablations.sensitivity`: the components whose sensitivity curves are measured, and how. */
export interface SensitivityConfig {
  layers: string[];
  features: 'all' | string[];
  /** Names of `ablations.groups`. */
  groups: string[];
  layerNoise: LayerNoise[];
  /** σ per unit of s: each column's standard deviation, or one raw-unit scale for every feature. */
  scale: 'std' | number;
  /**
   * Feature noise: a feature's own values, from the permutation of the rows
   * its `permute` ablation draws (`permutation`, the default: at s = 1 the
   * curve's end is that ablation), or standard normal ε (`gaussian`).
   */
  draws: 'gaussian' | 'permutation';
  /** The noise levels s, ascending, each in [0, 1]. */
  grid: number[];
  repeats: number;
}
export type GateCondition = (typeof GATE_CONDITIONS)[number];

export interface Gate {
  failOn: GateCondition[];
  regression: { metric: MetricName; tolerance: number; alpha: number };
}

/**
 * How retrain ablations train the model (`train:`): a JS/TS module exporting
 * `train()`, or a command line run once per (variant, seed).
 */
export interface TrainConfig {
  /** Absolute path of the training module (`train.module`). */
  module?: string;
  /** The command line (`train.command`), run by the shell in the config's folder. */
  command?: string;
  /**
   * What the command writes per (variant, seed) (`train.writes`): its eval predictions, or an
   * ONNX model that ablation-ci runs on the eval data (`model`). Absent: predictions.
   */
  writes?: 'predictions' | 'model';
  /** Globs, relative to the config's folder, of the files a command's training depends on. */
  inputs: string[];
  /** Environment variables passed to the training code beyond the allow-list (`train.env`). */
  env?: string[];
  /** K: how many seeds every variant (and the baseline) is trained with. */
  seeds: number;
  /** Hard limit on one training run, in milliseconds. */
  timeLimitMs: number;
  /** Absolute path of the cache folder. */
  cache: string;
  /** Absolute path of the config's folder: where `inputs` are matched from and the command runs. */
  folder: string;
}

/** A retrain ablation (`ablations.retrain.NAME`): switches for `train`, features dropped. */
export interface RetrainVariant {
  name: string;
  switches: Record<string, Scalar>;
  dropFeatures: string[];
}

export interface Config {
  /** The config file as the user named it (for messages). */
  file: string;
  /** Absolute path of the repository root all paths must stay inside. */
  root: string;
  suite: string;
  /** Absolute path of model.json; absent only when `train` is given (the retrained baseline is used). */
  model?: string;
  /** An ONNX model's output (`output:`): its name, and whether it holds logits or probabilities. */
  output?: { name: string; as?: 'probabilities' | 'logits' };
  data: {
    /** Absolute path of the eval data file. */
    eval: string;
    /** Absolute path of the training data file (retrain ablations). */
    train?: string;
    label: string;
    /** Undefined: every column but the label, in file order. */
    features?: string[];
    task?: Task;
    classes?: string[];
    scaling?: Scaling;
    /** Absolute path of the JSON file `scaling` was read from, when it was given as a path. */
    scalingFile?: string;
  };
  metrics: MetricName[];
  seed: number;
  repeats: number;
  /** Bootstrap resamples for every interval. */
  resamples: number;
  /** Worker threads that evaluate the suite; undefined: one per available core. */
  workers?: number;
  /** `time-limit` in seconds: the run fits its plan to it (budget/plan.ts). */
  timeLimit?: number;
  ablations: {
    layers: 'all' | string[];
    layerModes: LayerMode[];
    features: 'all' | string[];
    featureModes: FeatureMode[];
    groups: Group[];
    /** Retrain ablations, in document order (absent or empty: none). */
    retrain?: RetrainVariant[];
    /** Sensitivity curves (absent: none). */
    sensitivity?: SensitivityConfig;
  };
  train?: TrainConfig;
  tests: ModelUnitTest[];
  gate: Gate;
  /**
   * Key path as written in the file (`tests[0].min-examples`) → its 1-based
   * line, for every key and list item present; see `locate` for messages.
   */
  lines: ReadonlyMap<string, number>;
}
