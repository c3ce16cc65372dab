import { markdownTable } from '../markdown.js';
import type { ContinuousAtThreshold } from './continuous-tests.js';
import type { RetrainCoverage } from './retrain-coverage.js';
import { cell } from './small-n-report.js';

/** The heading that starts the continuous-unit-test section (the last of bench/results/stats.md). */
export const CONTINUOUS_HEADING =
  '## Unit tests on metrics without an exact method, at the threshold (issue 15, items 34, 38)';

/** The retrain-coverage and continuous-unit-test sections of bench/results/stats.md (issue 15). */
export function issue15Report(retrain: RetrainCoverage[], tests: ContinuousAtThreshold[]): string {
  return `${retrainReport(retrain)}\n${continuousReport(tests)}`;
}

function retrainReport(retrain: RetrainCoverage[]): string {
  const split = (s: number): string => (s === Infinity ? '∞ (seeds agree)' : String(s));
  return [
    '## Retrain intervals: coverage (issue 15, items 32, 36; target ≥ 95% for every K and split)',
    '',
    'Through `retrainContribution` (`src/stats/retrain-contribution.ts`), what `run` calls for a retrain ablation.',
    'Each trial draws a fresh eval sample of 200 rows: row i has a difficulty u_i ~ U(0, 1), redrawn for',
    'the variant on 15% of the rows; seed s of the baseline gets a row right when u_i < 0.5 + β_s, of the',
    'variant when its u_i < 0.47 + γ_s, with seed effects β, γ ~ N(0, τ²). The true contribution is',
    "exactly 0.03; τ sets the split, the eval sample's variance of the K-seed mean over its seed variance",
    '(2τ²/K). 200 bootstrap resamples per trial. Rates with their 95% Clopper–Pearson interval;',
    '"disagree": trials where "p ≤ 0.05" and "the interval excludes 0" differ.',
    '',
    markdownTable(
      [
        { header: 'K', align: 'right' },
        { header: 'example ÷ seed variance', align: 'right' },
        { header: 'coverage', align: 'right' },
        { header: 'median width', align: 'right' },
        { header: 'disagree', align: 'right' },
      ],
      retrain.map((r) => [
        String(r.k),
        split(r.split),
        cell(r.coverage),
        r.width.toFixed(3),
        String(r.disagree),
      ]),
    ),
    '',
    'The Welch–Satterthwaite t interval these replace covered 89–90% at K = 2 and 92–93% at K = 3',
    'when the example variance was 5–50% of the seed variance, and gave ±1.8e18 when the seeds agreed',
    "(issue 15). At the right end (the seeds agree) the interval is the eval sample's normal interval",
    "alone, whose coverage is the example bootstrap's.",
    '',
  ].join('\n');
}

/** The continuous-unit-test section: through `runUnitTest`, before and after (issue 15, item 34). */
export function continuousReport(tests: ContinuousAtThreshold[]): string {
  return [
    CONTINUOUS_HEADING,
    '',
    'Through `runUnitTest`, 1,000 bootstrap resamples per test. The population metric is exactly the',
    'threshold, so `fail` and `pass` are both wrong answers (target: both ≤ 2.5%). Regression: targets',
    'N(0, 1), unit-variance errors scaled to the threshold — normal, Student t₅ and t₃ (heavy tails),',
    'contaminated (N(0, 1), 1 row in 10 from N(0, 5²)) and centred lognormal (skewed). Class averages',
    '(macro F1, precision and recall, weighted F1, precision without `class`): 3 equally likely classes,',
    "each right with probability 0.8, else one of the other two (every class's score 0.8). 3-class ROC",
    'AUC (one-vs-rest, macro) and log loss: softmax of N(1.2·[c = y], 1) scores, and for log loss also',
    'of 3 × those (overconfident); their thresholds are the values on 200,000 rows. The class averages',
    'and 3-class AUC use the per-class exact bounds at level 2.5%/classes (conservative). Log loss uses',
    "MAE's `bootstrap-t` on each example's loss, inconclusive below 20 rows.",
    'MSE, RMSE, MAE and R² use `bootstrap-t` (`src/stats/regression-interval.ts`): a studentized',
    'bootstrap of log(mean loss) or log(1 − R²) at a tenth of the tail on each side (a 99.5% interval',
    'deciding a 95% test), inconclusive below 100 rows for MSE and RMSE. "family" marks the errors it is',
    'calibrated over (normal and t₅; t₃ too for MAE); the other rows are shown, not promised: no interval',
    'for a mean is valid over every distribution. "before": the percentile bootstrap these regression',
    'tests used until now, on the same slices and resamples. (With a minimum of 50 rows, MSE with t₅',
    'errors passed falsely 20/600 = 3.3% [2.0%, 5.1%] at n = 50: hence 100.)',
    '',
    markdownTable(
      [
        { header: 'metric' },
        { header: 'rows' },
        { header: 'family' },
        { header: 'n', align: 'right' },
        { header: 'threshold', align: 'right' },
        { header: 'method' },
        { header: 'false fail', align: 'right' },
        { header: 'false pass', align: 'right' },
        { header: 'both ≤ 2.5%', align: 'right' },
        { header: 'before: false fail', align: 'right' },
        { header: 'before: false pass', align: 'right' },
      ],
      tests.map((t) => [
        t.metric,
        t.population,
        t.family ? 'yes' : 'no',
        String(t.n),
        t.threshold.toFixed(4),
        t.method,
        cell(t.fail),
        cell(t.pass),
        t.fail.rate <= 0.025 && t.pass.rate <= 0.025 ? 'yes' : 'no',
        t.before === undefined ? '' : cell(t.before.fail),
        t.before === undefined ? '' : cell(t.before.pass),
      ]),
    ),
  ].join('\n');
}
