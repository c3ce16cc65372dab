import type {
  GateCondition,
  MetricName,
  Scalar,
  Task,
  ThresholdOp,
  Where,
} from '../config/types.js';
import type { BackendName } from '../backend/resolve.js';
import type { Contribution, Estimate, Interval, TestMethod } from '../stats/estimates.js';

export type {
  Contribution,
  Estimate,
  Interval,
  TestMethod,
  Undefined,
} from '../stats/estimates.js';

/** One training run of a retrain ablation (times are not deterministic, like `timing`). */
export interface RetrainRun {
  seed: number;
  status: 'ok' | 'timed-out';
  /** Wall time of the run, ms (to the limit for a timed-out run). */
  ms: number;
  /** Time inside train(), ms; null when it timed out. */
  trainMs: number | null;
  /** Whether the result came from the cache. */
  cached: boolean;
  /** The metrics of the trained model on the eval data; null when timed out or undefined. */
  metrics: Record<string, number | null>;
}

export interface ComponentResult {
  id: string;
  kind: 'layer' | 'feature' | 'group' | 'retrain';
  /** The layer's, feature's, group's or retrain variant's name (absent in documents written before it existed). */
  name?: string;
  /**
   * The layers or features it ablates. Absent on a group component whose
   * definition is in `Results.groups` under its `name`; documents written
   * before groups were stored once list every member here.
   */
  target?: string[];
  mode: 'zero' | 'reinit' | 'mean' | 'remove' | 'permute' | 'value' | 'retrain';
  value?: number;
  /** How many times it was evaluated (0 when not applicable). */
  repeats: number;
  notApplicable?: string;
  metrics?: Record<string, Contribution>;
  /** Retrain ablations: what was switched off, and every training run. */
  retrain?: { switches: Record<string, Scalar>; dropFeatures: string[]; runs: RetrainRun[] };
}

/**
 * A group as the document stores it, once however many modes ablate it:
 * what the config wrote, how many names that matched, and a hash of them.
 */
export interface GroupDefinition {
  name: string;
  on: 'layers' | 'features';
  /** The layers or features as the config wrote them: names, globs, index ranges. */
  patterns: string[];
  /** How many layers or features the patterns matched. */
  count: number;
  /** `sha256:` of the matched names, in order, as a JSON array of strings. */
  members: string;
}

export type TestStatus = 'pass' | 'fail' | 'inconclusive' | 'skipped';

export interface TestResult {
  name: string;
  metric: MetricName;
  class?: string;
  threshold: { op: ThresholdOp; value: number };
  where: Where;
  n: number;
  value?: number | null;
  ci?: Interval;
  method?: TestMethod;
  status: TestStatus;
  reason?: string;
  /** The slice's rows as a base64 bitset (bit i of byte i >> 3, least significant first). */
  slice?: string;
}

/** What a time limit (`time-limit`) changed; present only when one was set. */
export interface RunBudget {
  /** The limit, in seconds. */
  limit: number;
  /** Seconds the plan as configured was estimated to take, from a timed sample. */
  estimate: number;
  /** Repeats reduced to fit, or null. */
  repeats: { from: number; to: number } | null;
  /** Rows subsampled to fit (stratified by label, seeded), or null. */
  rows: { from: number; to: number } | null;
  /** Components the deadline left unevaluated (reported as not applicable, with the reason). */
  notEvaluated: number;
  /** Sensitivity curves the deadline left out of `sensitivity.curves` (absent when none). */
  curvesNotEvaluated?: number;
}

/** The results document, schemaVersion 1 (DESIGN §2, schema/results.schema.json). */
export interface Results {
  schemaVersion: 1;
  suite: string;
  source: {
    commit: string | null;
    ref: string | null;
    configHash: string;
    modelHash: string;
    dataHash: string;
  };
  run: {
    seed: number;
    repeats: number;
    resamples: number;
    confidence: number;
    backend: BackendName;
    /** The ONNX Runtime package and version that evaluated an ONNX model (absent for TF.js models). */
    runtime?: { name: string; version: string };
    /** A command suite without `model`: its predictions come from `train.command`, not a TF.js backend. */
    predictionsFrom?: 'train.command';
    shard: { index: number; count: number } | null;
    budget?: RunBudget;
    gate: {
      failOn: GateCondition[];
      regression: { metric: MetricName; tolerance: number; alpha: number };
    };
  };
  timing: { startedAt: string; durationMs: number };
  task: Task;
  classes: string[] | null;
  data: { labelCounts: Record<string, number> | null; duplicateRows: number };
  metrics: { name: MetricName; higherIsBetter: boolean }[];
  baseline: { n: number; metrics: Record<string, Estimate> };
  /** Each group a component ablates, in plan order (absent when none, and in documents written before). */
  groups?: GroupDefinition[];
  components: ComponentResult[];
  tests: TestResult[];
  /** Retrain ablations: the seeds, the limit, the method and the retrained baseline. */
  retrain?: {
    seeds: number[];
    timeLimitMs: number;
    method: 'seed-t+example-bootstrap';
    /** Every variant of the config, in its order (a shard trains a range of them); absent before it existed. */
    variants?: string[];
    baseline: { runs: RetrainRun[]; metrics: Record<string, Estimate> };
  };
  /** Checks accepted as intended on the pull request this commit merged (stored runs of the baseline branch). */
  acceptances?: Acceptance[];
  /** Sensitivity curves (`ablations.sensitivity`); absent when none are configured, and in documents written before. */
  sensitivity?: SensitivityResults;
  predictions: {
    encoding: 'base64-le';
    shape: [number, number];
    baseline: string;
    labels: string;
  };
}

/** A check a maintainer with write permission accepted on a pull request (see src/accept/). */
export interface Acceptance {
  /** `overall`, `overall (METRIC)` or a model unit test's name. */
  check: string;
  /** The maintainer's login. */
  by: string;
  /** Why, as written in the command; empty for a label. */
  reason: string;
  pullRequest: number;
  /** The pull request's head when accepted. */
  headSha: string;
  via: 'comment' | 'label';
  /** The gate check's drop against main when accepted (positive = worse). */
  drop?: number;
  /** The test's value when accepted. */
  value?: number;
}

/** One grid point of a sensitivity curve, per metric: its value and paired bootstrap interval. */
export interface SensitivityPoint {
  s: number;
  metrics: Record<string, Estimate>;
}

/** A component's sensitivity curve and its summary. */
export interface SensitivityCurve {
  /** `layer:dense_1:weights`, `layer:dense_1:output`, `feature:age:input`, `group:head:input`. */
  id: string;
  kind: 'layer' | 'feature' | 'group';
  name: string;
  noise: 'weights' | 'output' | 'input';
  target: string[];
  points: SensitivityPoint[];
  /**
   * Per metric, the normalised area under the degradation curve (baseline
   * minus the noisy metric, signed so positive means worse, averaged over
   * the grid's steps by the trapezoid rule), with its interval.
   */
  area: Record<string, Estimate>;
  /** 1 = the largest area on the first metric (undefined areas last). */
  rank: number;
}

/** Sensitivity curves: the grid, the noise, and a curve per component. */
export interface SensitivityResults {
  grid: number[];
  repeats: number;
  scale: 'std' | number;
  draws: 'gaussian' | 'permutation';
  curves: SensitivityCurve[];
}
