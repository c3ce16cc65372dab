import type { MetricName } from './name.js';
import {
  type ClassCounts,
  type ClassScores,
  type LabelSet,
  classCounter,
  classScore,
  presentClasses,
} from './counts.js';
import type { PreparedMetric } from './prepare.js';
import type { Predictions } from './types.js';

/** The metrics computed from confusion counts alone. */
const COUNT_METRICS = [
  'accuracy',
  'error_rate',
  'precision',
  'recall',
  'f1',
  'precision_macro',
  'recall_macro',
  'f1_macro',
  'f1_weighted',
] as const satisfies readonly MetricName[];

export type CountMetricName = (typeof COUNT_METRICS)[number];

type Score = keyof ClassScores;

/**
 * Prepares a metric read from confusion counts (sklearn 1.2.1 semantics,
 * zero_division = 0). `cls` scores one class alone for precision, recall
 * and f1 (sklearn `labels=[cls], average='macro'`). No examples (zero total
 * weight) gives NaN, where sklearn raises on empty input.
 */
export function prepareCountMetric(
  name: CountMetricName,
  preds: Predictions,
  cls: number | undefined,
): PreparedMetric {
  const count = classCounter(preds);
  const read = countReader(name, preds, cls);
  return (weights) => {
    const counts = count(weights);
    return counts.total === 0 ? NaN : read(counts);
  };
}

/** Whether a metric is read from confusion counts alone. */
export function isCountMetric(name: MetricName): name is CountMetricName {
  return (COUNT_METRICS as readonly MetricName[]).includes(name);
}

/** Reads a count metric from confusion counts (of positive total weight). */
export function countReader(
  name: CountMetricName,
  preds: Predictions,
  cls: number | undefined,
): (counts: ClassCounts) => number {
  const labels = new Int32Array(preds.k);
  switch (name) {
    case 'accuracy':
      return accuracy;
    case 'error_rate':
      return (counts) => 1 - accuracy(counts);
    case 'precision':
    case 'recall':
    case 'f1':
      if (cls !== undefined) return (counts) => classScore(counts, cls, name);
      // sklearn average='binary', pos_label=1: the positive class alone.
      if (preds.task === 'binary') return (counts) => classScore(counts, 1, name);
      return (counts) => macro(counts, name, 'true', labels);
    case 'precision_macro':
      return (counts) => macro(counts, 'precision', 'true-or-predicted', labels);
    case 'recall_macro':
      return (counts) => macro(counts, 'recall', 'true-or-predicted', labels);
    case 'f1_macro':
      return (counts) => macro(counts, 'f1', 'true-or-predicted', labels);
    case 'f1_weighted':
      return (counts) => supportWeighted(counts, 'f1', labels);
  }
}

function accuracy(counts: ClassCounts): number {
  let correct = 0;
  for (let c = 0; c < counts.k; c++) correct += counts.tp[c];
  return correct / counts.total;
}

/** The unweighted mean of a per-class score over the present classes. */
function macro(counts: ClassCounts, score: Score, set: LabelSet, labels: Int32Array): number {
  const m = presentClasses(counts, set, labels);
  if (m === 0) return NaN;
  let sum = 0;
  for (let j = 0; j < m; j++) sum += classScore(counts, labels[j], score);
  return sum / m;
}

/** The mean of a per-class score weighted by each class's support (sklearn 'weighted'). */
function supportWeighted(counts: ClassCounts, score: Score, labels: Int32Array): number {
  const m = presentClasses(counts, 'true-or-predicted', labels);
  let sum = 0;
  let support = 0;
  for (let j = 0; j < m; j++) {
    const c = labels[j];
    sum += classScore(counts, c, score) * counts.trueSum[c];
    support += counts.trueSum[c];
  }
  // Positive total weight means some class has support, so support > 0 here.
  return sum / support;
}
