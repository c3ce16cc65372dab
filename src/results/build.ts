import { adjustForMultipleComparisons } from '../stats/multiple.js';
import type { ComponentResult, GroupDefinition, Results, SensitivityResults } from './types.js';
import { resultsProblem } from './validate.js';

/**
 * What the scoring of a baseline gives, whoever made its predictions (the
 * TF.js model, or a command suite's retrained baseline): the data facts,
 * the baseline's estimates, the model unit tests and the predictions.
 */
export type BaselinePart = Pick<
  Results,
  'task' | 'classes' | 'data' | 'metrics' | 'baseline' | 'tests' | 'predictions'
>;

/** The retrain ablations' part: one component per variant, and the `retrain` facts. */
export interface RetrainPart {
  components: ComponentResult[];
  retrain: NonNullable<Results['retrain']>;
}

/** Every part of a results document, as the stages of a run (or a merge of shards) produce them. */
export interface ResultsParts {
  suite: string;
  source: Results['source'];
  run: Results['run'];
  timing: Results['timing'];
  baseline: BaselinePart;
  /** The groups the evaluation-time components ablate, in plan order (none: absent). */
  groups?: GroupDefinition[];
  /** The evaluation-time components, in plan order. */
  components: ComponentResult[];
  retrain?: RetrainPart;
  /** Sensitivity curves (`ablations.sensitivity`; shard 1's in a sharded run). */
  sensitivity?: SensitivityResults;
}

/**
 * Assembles the results document from its parts, the one place it is put
 * together: the keys in the document's order, the evaluation-time
 * components then the retrain variants, each family's Benjamini–Hochberg q
 * set over that family (per metric), and the whole checked against the
 * results schema. An invalid document is a bug, not an input error.
 * The parts' component metrics are adjusted in place.
 */
export function buildResults(parts: ResultsParts): Results {
  const metrics = parts.baseline.metrics.map((m) => m.name);
  adjustForMultipleComparisons(
    parts.components.map((c) => c.metrics),
    metrics,
  );
  if (parts.retrain !== undefined)
    adjustForMultipleComparisons(
      parts.retrain.components.map((c) => c.metrics),
      metrics,
    );
  const { baseline } = parts;
  const results: Results = {
    schemaVersion: 1,
    suite: parts.suite,
    source: {
      commit: parts.source.commit,
      ref: parts.source.ref,
      configHash: parts.source.configHash,
      modelHash: parts.source.modelHash,
      dataHash: parts.source.dataHash,
    },
    run: runInOrder(parts.run),
    timing: parts.timing,
    task: baseline.task,
    classes: baseline.classes,
    data: baseline.data,
    metrics: baseline.metrics,
    baseline: baseline.baseline,
    // A group is defined once, not its members listed per mode (image groups have thousands).
    ...(parts.groups === undefined || parts.groups.length === 0 ? {} : { groups: parts.groups }),
    components: [...parts.components, ...(parts.retrain?.components ?? [])],
    tests: baseline.tests,
    ...(parts.sensitivity === undefined ? {} : { sensitivity: parts.sensitivity }),
    predictions: baseline.predictions,
    ...(parts.retrain === undefined ? {} : { retrain: parts.retrain.retrain }),
  };
  const problem = resultsProblem(results);
  if (problem !== undefined) {
    throw new Error(`the results document built is invalid (${problem}): a bug, please report it`);
  }
  return results;
}

function runInOrder(run: Results['run']): Results['run'] {
  return {
    seed: run.seed,
    repeats: run.repeats,
    resamples: run.resamples,
    confidence: run.confidence,
    backend: run.backend,
    ...(run.runtime === undefined ? {} : { runtime: run.runtime }),
    ...(run.predictionsFrom === undefined ? {} : { predictionsFrom: run.predictionsFrom }),
    shard: run.shard,
    ...(run.budget === undefined ? {} : { budget: run.budget }),
    gate: run.gate,
  };
}
