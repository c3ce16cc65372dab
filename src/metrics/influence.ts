import type { MetricName } from './name.js';
import { classCounter } from './counts.js';
import { sumMetric } from './sums.js';
import type { Predictions } from './types.js';

/**
 * Per-example terms of a metric, one array per version of the same examples
 * (a baseline and its ablated repeats), whose sums move as the metric does:
 * `terms[v][i]`. They are what the contribution test reassigns (see
 * stats/significance.ts), and must depend on the versions only through
 * quantities pooled over all of them, so that reassigning versions within an
 * example leaves the rule that makes the terms unchanged.
 *
 * - sum metrics (accuracy, error rate, log loss, squared and absolute
 *   errors; r2 and rmse through squared errors): the metric's own terms;
 * - precision, recall, F1 and their averages: the delta-method linearisation
 *   of each class's ratio at the counts pooled over the versions (recall of a
 *   class is TP / T, exactly linear; precision TP / P and F1 2TP / (T + P) to
 *   first order), averaged as the metric averages classes;
 * - ROC AUC: placement values (DeLong, DeLong & Clarke-Pearson 1988) against
 *   the other side's scores pooled over the versions.
 */
export function influenceTerms(name: MetricName, versions: Predictions[]): Float64Array[] {
  const sums = sumMetric(name === 'rmse' || name === 'r2' ? 'mse' : name, versions[0].yTrue);
  if (sums !== undefined) return versions.map((p) => sums.terms(p));
  if (name === 'roc_auc') return placements(versions);
  return countTerms(name, versions);
}

function countTerms(name: MetricName, versions: Predictions[]): Float64Array[] {
  const base = versions[0];
  const { n, k } = base;
  const V = versions.length;
  const truth = classCounter(base)().trueSum.slice();
  const predicted = new Float64Array(k);
  const hits = new Float64Array(k);
  for (const p of versions) {
    const counts = classCounter(p)();
    for (let c = 0; c < k; c++) {
      predicted[c] += counts.predSum[c] / V;
      hits[c] += counts.tp[c] / V;
    }
  }
  const weights = classWeights(name, base.task, truth, predicted);
  const score: 'precision' | 'recall' | 'f1' = name.startsWith('precision')
    ? 'precision'
    : name.startsWith('recall')
      ? 'recall'
      : 'f1';
  return versions.map((p) => {
    const terms = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const t = base.yTrue[i];
      const c = p.predicted[i];
      // Only the predicted class's and the true class's ratios move with example i.
      for (const cls of c === t ? [c] : [c, t]) {
        const w = weights[cls];
        if (w === 0) continue;
        const hit = c === t ? 1 : 0;
        const asPredicted = c === cls ? 1 : 0;
        const asTrue = t === cls ? 1 : 0;
        terms[i] +=
          w *
          classTerm(score, hit, asPredicted, asTrue, {
            truth: truth[cls],
            predicted: predicted[cls],
            hits: hits[cls],
          });
      }
    }
    return terms;
  });
}

/** One example's term in one class's ratio, linearised at the pooled counts. */
function classTerm(
  score: 'precision' | 'recall' | 'f1',
  hit: number,
  asPredicted: number,
  asTrue: number,
  pooled: { truth: number; predicted: number; hits: number },
): number {
  const { truth, predicted, hits } = pooled;
  switch (score) {
    case 'recall':
      return truth > 0 ? hit / truth : 0;
    case 'precision':
      return predicted > 0 ? (asPredicted * (asTrue - hits / predicted)) / predicted : 0;
    case 'f1': {
      const denominator = truth + predicted;
      if (denominator === 0) return 0;
      return (2 * hit - ((2 * hits) / denominator) * (asPredicted + asTrue)) / denominator;
    }
  }
}

/** How each class's ratio enters the metric, on the pooled counts. */
function classWeights(
  name: MetricName,
  task: Predictions['task'],
  truth: Float64Array,
  predicted: Float64Array,
): Float64Array {
  const k = truth.length;
  const weights = new Float64Array(k);
  const average = (present: (c: number) => boolean): Float64Array => {
    let m = 0;
    for (let c = 0; c < k; c++) if (present(c)) m++;
    for (let c = 0; c < k; c++) weights[c] = present(c) && m > 0 ? 1 / m : 0;
    return weights;
  };
  if (name === 'f1_weighted') {
    const total = truth.reduce((a, b) => a + b, 0);
    for (let c = 0; c < k; c++) weights[c] = total > 0 ? truth[c] / total : 0;
    return weights;
  }
  if (name.endsWith('_macro')) return average((c) => truth[c] > 0 || predicted[c] > 0);
  if (task === 'binary') {
    weights[1] = 1;
    return weights;
  }
  return average((c) => truth[c] > 0);
}

/**
 * ROC AUC linearised in placement values: per class of the one-vs-rest
 * average, an example's term is the share of the other side's scores it is
 * ranked right against (ties half), divided by its side's size, so the terms
 * sum to about twice the AUC.
 */
function placements(versions: Predictions[]): Float64Array[] {
  const base = versions[0];
  const { n, k } = base;
  const V = versions.length;
  const columns = k === 2 ? [1] : Array.from({ length: k }, (_, c) => c);
  const terms = versions.map(() => new Float64Array(n));
  for (const c of columns) {
    const positive = (i: number): boolean => base.yTrue[i] === c;
    const pooled = (side: boolean): Float64Array => {
      const scores: number[] = [];
      for (const p of versions)
        for (let i = 0; i < n; i++) if (positive(i) === side) scores.push(p.scores[i * k + c]);
      return Float64Array.from(scores).sort();
    };
    const pos = pooled(true);
    const neg = pooled(false);
    const nPos = pos.length / V;
    const nNeg = neg.length / V;
    if (nPos === 0 || nNeg === 0) continue;
    versions.forEach((p, v) => {
      for (let i = 0; i < n; i++) {
        const s = p.scores[i * k + c];
        const share = positive(i)
          ? (below(neg, s) + 0.5 * (atOrBelow(neg, s) - below(neg, s))) / neg.length / nPos
          : (pos.length - atOrBelow(pos, s) + 0.5 * (atOrBelow(pos, s) - below(pos, s))) /
            pos.length /
            nNeg;
        terms[v][i] += share / columns.length;
      }
    });
  }
  return terms;
}

/** How many sorted values are below x. */
function below(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many sorted values are at or below x. */
function atOrBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
