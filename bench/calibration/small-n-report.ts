import { markdownTable, percent } from '../markdown.js';
import type { Rate } from './documents.js';
import type { SeedFlips } from './seed-flips.js';
import type { AtThreshold, ContributionNull } from './small-n.js';

/** Everything issue 9's calibration measured at small n. */
export interface SmallN {
  trials: number;
  proportions: AtThreshold[];
  bootstrapFree: AtThreshold[];
  contributions: ContributionNull[];
  seedFlips: SeedFlips;
  /** Unit tests in the family of the multiplicity row. */
  family: number;
}

const TARGET = 0.025;

/** A rate and its interval (or an exact probability) as a table cell. */
export function cell(r: Rate | number): string {
  if (typeof r === 'number') return `${percent(r)} (exact)`;
  return `${r.blocked}/${r.trials} = ${percent(r.rate)} [${percent(r.ci[0])}, ${percent(r.ci[1])}]`;
}

function within(r: Rate | number, target: number): string {
  return (typeof r === 'number' ? r : r.rate) <= target ? 'yes' : 'no';
}

/** The small-n sections of bench/results/stats.md. */
export function smallNReport(s: SmallN): string {
  const unitRows = [...s.proportions, ...s.bootstrapFree].map((row) => [
    row.metric,
    String(row.n),
    row.threshold.toFixed(2),
    cell(row.fail),
    cell(row.pass),
    within(row.fail, TARGET) === 'yes' && within(row.pass, TARGET) === 'yes' ? 'yes' : 'no',
  ]);
  const worst = Math.max(...s.proportions.map((r) => r.fail as number));
  const familyExpected = s.family * worst;
  const anyFalse = 1 - (1 - worst) ** s.family;
  const f = s.seedFlips;
  return [
    '## Model unit tests at the threshold (issue 9, items 1–2; target: false fail ≤ 2.5%, false pass ≤ 2.5%)',
    '',
    'The true metric is exactly the threshold (`>=`), so `fail` and `pass` are both wrong answers;',
    '`inconclusive` is the honest one. Every row goes through `runUnitTest` (`src/suite/unit-tests.ts`),',
    'the function the CLI runs. Accuracy is enumerated exactly (every count of right examples,',
    'weighted by its binomial probability: method `clopper-pearson`); F1 and ROC AUC are simulated,',
    `${s.trials.toLocaleString('en-US')} slices per row, rates with their 95% Clopper–Pearson interval. F1: rows are`,
    'TP, FN, FP, TN with probabilities (0.5 − e, e, e, 0.5 − e), e = (1 − t)/2, so the population F1 is t',
    '(method `clopper-pearson-f1`). ROC AUC: binormal scores, positives N(d, 1) and negatives N(0, 1) with',
    'd = √2 Φ⁻¹(t), labels fair coins, so the population AUC is t (method `clopper-pearson-auc`).',
    '',
    markdownTable(
      [
        { header: 'metric' },
        { header: 'n', align: 'right' },
        { header: 'threshold', align: 'right' },
        { header: 'false fail', align: 'right' },
        { header: 'false pass', align: 'right' },
        { header: 'both ≤ 2.5%', align: 'right' },
      ],
      unitRows,
    ),
    '',
    'The Wilson verdicts these replace failed falsely up to 14.0% of the time at these thresholds, and',
    'the percentile bootstrap passed AUC falsely 28.7% of the time at n = 20 (issue 9). The AUC bound',
    'is conservative (it treats the estimate as a proportion of min(positives, negatives) trials), so at',
    'the threshold it is almost always inconclusive; a slice must clear the threshold by a margin to pass.',
    '',
    `**Many tests (item 9).** Each test's verdict stands alone (a unit test is a spec of its slice);`,
    `a test exactly at its threshold fails falsely at most ${percent(worst)} of the time on this grid,`,
    `so a family of ${s.family} such tests expects at most ${familyExpected.toFixed(2)} false fails (chance of`,
    `any: ${percent(anyFalse)}), fewer for tests that clear their thresholds. Tests are not Holm-corrected;`,
    'the regression gate is (Holm over its checks).',
    '',
    '## Contribution p-values under the null (issue 9, items 3, 4, 7; target: p ≤ .05 in ≤ 5%)',
    '',
    'Through `contributionTest` (`src/stats/significance.ts`), the function `runSuite` uses. "c changed":',
    '199 examples of which c are right in one version and wrong in the other, which one a fair coin.',
    '"Noise column": 199 examples whose label depends on one feature; the model also reads a pure-noise',
    'feature with as much weight, and the ablation permutes it (1 or 5 repeats): every per-example loss',
    'changes, heavy-tailed, and the true contribution is 0.',
    '',
    markdownTable(
      [
        { header: 'null' },
        { header: 'metric' },
        { header: 'p ≤ .05', align: 'right' },
        { header: '≤ 5%', align: 'right' },
      ],
      s.contributions.map((c) => [c.what, c.metric, cell(c.rate), within(c.rate, 0.05)]),
    ),
    '',
    'With up to 5 changed predictions no p can reach .05 (the exact sign test: 4 losses and no gain',
    'give p = 0.125); the bootstrap p-values these replace reached 0.024–0.044 there (12.5% false',
    'positives at 4 changed) and 7.6% on log loss (issue 9).',
    '',
    '## Regression gate: decisions that do not hang on the seed (issue 9, item 5)',
    '',
    `Null (a) with the unit tests (${f.trials} trials; the same model on two bootstrap resamples, every`,
    `check an unpaired bootstrap, tolerance 0), each decided under ${f.seeds} gate seeds. Bootstrap`,
    'checks start at `run.resamples` and double while their Holm-adjusted p is within 3 Monte Carlo',
    'standard errors of α (at most 64,000).',
    '',
    markdownTable(
      [
        { header: 'trials', align: 'right' },
        { header: 'seeds', align: 'right' },
        { header: 'decision differs between seeds', align: 'right' },
        { header: 'blocked (first seed)', align: 'right' },
        { header: 'largest MC error of a p', align: 'right' },
        { header: 'most resamples', align: 'right' },
      ],
      [
        [
          String(f.trials),
          String(f.seeds),
          cell(f.flips),
          cell(f.blocked),
          f.largestError.toFixed(4),
          f.mostResamples.toLocaleString('en-US'),
        ],
      ],
    ),
  ].join('\n');
}
