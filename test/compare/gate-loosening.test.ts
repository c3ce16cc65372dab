import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { storedPredictions } from '../../src/compare/decode.js';
import type { Comparison } from '../../src/compare/types.js';
import type { MetricName, ModelUnitTest } from '../../src/config/types.js';
import { METRICS } from '../../src/metrics/registry.js';
import { decodeSlice } from '../../src/results/slice.js';
import type { Results } from '../../src/results/types.js';
import { runUnitTest } from '../../src/suite/unit-tests.js';
import { renderReport } from '../../src/report/index.js';
import { contextOf } from '../report/comparisons.js';
import { breastCancerResults } from '../helpers/results.js';

/**
 * Issue 15.37: a pull request cannot loosen its own gate. Every gate setting
 * and every way this change's `ablation.yml` can weaken one of main's checks
 * is a row. Each row's model is one main's config blocks; the row's config
 * edit, alone, must not unblock it, and the comparison must say what the
 * change did (the report renders it).
 *
 * The documents are the real breast-cancer results (made by the CLI) with
 * the head's model outputs edited, and each config's unit tests run on them
 * by the run's own `runUnitTest`, as `ablation-ci run` records them.
 */

/** What a results document records of a suite config. */
interface SuiteConfig {
  metrics: MetricName[];
  gate: Results['run']['gate'];
  tests: { test: ModelUnitTest; rows: Int32Array }[];
}

const fixture = breastCancerResults();
const N = fixture.baseline.n;
const stored = Buffer.from(fixture.predictions.baseline, 'base64');
const outputs = new Float32Array(
  stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.length),
);
const labels = storedPredictions(fixture).yTrue;

/** The fixture's tests as configs, on the rows their stored slices hold. */
const fixtureTests = fixture.tests.map((t) => ({
  test: {
    name: t.name,
    where: t.where,
    metric: t.metric,
    threshold: t.threshold,
    minExamples: 1,
    ...(t.class === undefined ? {} : { class: t.class }),
  },
  rows: decodeSlice(t.slice!, N),
}));
const testNamed = (name: string) =>
  structuredClone(fixtureTests.find((t) => t.test.name === name)!);

/** The results document a run of `config` on a model with these outputs writes. */
function run(config: SuiteConfig, modelOutputs: Float32Array): Results {
  const doc = structuredClone(fixture);
  doc.predictions.baseline = Buffer.from(modelOutputs.buffer).toString('base64');
  doc.metrics = config.metrics.map((name) => ({
    name,
    higherIsBetter: METRICS[name].higherIsBetter,
  }));
  doc.run.gate = structuredClone(config.gate);
  const predictions = storedPredictions(doc);
  doc.tests = config.tests.map(({ test, rows }) =>
    runUnitTest(test, rows, predictions, {
      seed: doc.run.seed,
      resamples: doc.run.resamples,
      confidence: doc.run.confidence,
      ...(test.class === undefined ? {} : { cls: doc.classes!.indexOf(test.class) }),
    }),
  );
  return doc;
}

/** Main's model with the first `k` rows it gets right of `label` (any when undefined) made wrong. */
function flipped(k: number, label?: number): Float32Array {
  const copy = Float32Array.from(outputs);
  let left = k;
  for (let i = 0; i < N && left > 0; i++) {
    const right = (outputs[i] > 0.5 ? 1 : 0) === labels[i];
    if (right && (label === undefined || labels[i] === label)) {
      copy[i] = 1 - outputs[i];
      left--;
    }
  }
  return copy;
}

const gate = (failOn: Results['run']['gate']['failOn'], metric: MetricName = 'accuracy') => ({
  failOn,
  regression: { metric, tolerance: 0.01, alpha: 0.05 },
});
const ALL_METRICS: MetricName[] = ['accuracy', 'f1', 'roc_auc', 'log_loss'];

/** Overall only: the gate settings' rows. */
const overallOnly: SuiteConfig = {
  metrics: ALL_METRICS,
  gate: gate(['test-failure', 'regression']),
  tests: [],
};
/** Benign recall gated for regression; the overall gate metric (malignant recall) is untouched by benign rows. */
const benignRegression: SuiteConfig = {
  metrics: ['recall', 'accuracy'],
  gate: gate(['regression'], 'recall'),
  tests: [testNamed('benign-recall')],
};
/** Benign recall under its threshold, blocking as a test failure only. */
const benignFailure: SuiteConfig = { ...benignRegression, gate: gate(['test-failure'], 'recall') };

const BENIGN = 0;
/** Rows where the model stays right: a slice that hides the regression. */
const untouched = (model: Float32Array) =>
  Int32Array.from(
    Array.from({ length: N }, (_, i) => i).filter(
      (i) => model[i] === outputs[i] && labels[i] === BENIGN,
    ),
  );

interface Row {
  name: string;
  main: SuiteConfig;
  model: Float32Array;
  /** The pull request's edit of main's config. */
  edit: (config: SuiteConfig, model: Float32Array) => void;
  /** What the comparison says the change did. */
  says: (comparison: Comparison) => unknown;
  expected: unknown;
}

const settingChanges = (c: Comparison) => c.gate!.changes;
const governedTests = (c: Comparison) =>
  c.gate!.governed.map((t) => ({
    name: t.name,
    how: t.how,
    edits: t.edits,
    status: t.result.status,
  }));

const rows: Row[] = [
  {
    name: 'alpha lowered to 1e-6 (a smaller alpha blocks less)',
    main: overallOnly,
    model: flipped(6),
    edit: (c) => (c.gate.regression.alpha = 1e-6),
    says: settingChanges,
    expected: [{ setting: 'alpha', base: '0.05', head: '0.000001', applied: '0.05' }],
  },
  {
    name: 'tolerance raised to 0.1',
    main: overallOnly,
    model: flipped(15),
    edit: (c) => (c.gate.regression.tolerance = 0.1),
    says: settingChanges,
    expected: [{ setting: 'tolerance', base: '0.01', head: '0.1', applied: '0.01' }],
  },
  {
    name: 'fail-on emptied',
    main: overallOnly,
    model: flipped(15),
    edit: (c) => (c.gate.failOn = []),
    says: settingChanges,
    expected: [
      {
        setting: 'fail-on',
        base: '[test-failure, regression]',
        head: '[]',
        applied: '[test-failure, regression]',
      },
    ],
  },
  {
    name: 'fail-on swapped for inconclusive',
    main: overallOnly,
    model: flipped(15),
    edit: (c) => (c.gate.failOn = ['inconclusive']),
    says: settingChanges,
    expected: [
      {
        setting: 'fail-on',
        base: '[test-failure, regression]',
        head: '[inconclusive]',
        applied: '[test-failure, regression, inconclusive]',
      },
    ],
  },
  {
    name: 'main’s gate metric dropped from metrics, an unchanged AUC gated instead',
    main: overallOnly,
    // Halving every output keeps their order (AUC exactly the same) and predicts benign throughout.
    model: outputs.map((p) => p / 2),
    edit: (c) => {
      c.metrics = ['roc_auc'];
      c.gate.regression.metric = 'roc_auc';
    },
    says: settingChanges,
    expected: [
      { setting: 'metric', base: 'accuracy', head: 'roc_auc', applied: 'accuracy and roc_auc' },
    ],
  },
  {
    name: 'a gated test deleted',
    main: benignRegression,
    model: flipped(10, BENIGN),
    edit: (c) => (c.tests = []),
    says: governedTests,
    expected: [{ name: 'benign-recall', how: 'removed', edits: [], status: 'inconclusive' }],
  },
  {
    name: 'a gated test renamed',
    main: benignRegression,
    model: flipped(10, BENIGN),
    edit: (c) => (c.tests[0].test.name = 'benign-recall-v2'),
    says: governedTests,
    expected: [{ name: 'benign-recall', how: 'removed', edits: [], status: 'inconclusive' }],
  },
  {
    name: 'min-examples raised so the test is skipped',
    main: benignRegression,
    model: flipped(10, BENIGN),
    edit: (c) => (c.tests[0].test.minExamples = 1000),
    says: governedTests,
    expected: [{ name: 'benign-recall', how: 'skipped', edits: [], status: 'inconclusive' }],
  },
  {
    name: 'where: narrowed to match nothing, so the test is skipped',
    main: benignRegression,
    model: flipped(10, BENIGN),
    edit: (c) => {
      c.tests[0].test.where = { mean_radius: { lt: 0 } };
      c.tests[0].rows = new Int32Array(0);
    },
    says: governedTests,
    expected: [{ name: 'benign-recall', how: 'skipped', edits: ['slice'], status: 'inconclusive' }],
  },
  {
    name: 'where: moved to rows the change did not touch',
    main: benignRegression,
    model: flipped(10, BENIGN),
    edit: (c, model) => {
      c.tests[0].test.where = { diagnosis: { eq: 'benign' } };
      c.tests[0].rows = untouched(model);
    },
    says: governedTests,
    expected: [
      { name: 'benign-recall', how: 'redefined', edits: ['slice'], status: 'inconclusive' },
    ],
  },
  {
    name: 'the test’s metric changed',
    main: benignRegression,
    model: flipped(10, BENIGN),
    edit: (c) => (c.tests[0].test.metric = 'precision'),
    says: governedTests,
    expected: [
      { name: 'benign-recall', how: 'redefined', edits: ['metric'], status: 'inconclusive' },
    ],
  },
  {
    name: 'the test’s class changed',
    main: benignRegression,
    model: flipped(10, BENIGN),
    edit: (c) => (c.tests[0].test.class = 'malignant'),
    says: governedTests,
    expected: [
      { name: 'benign-recall', how: 'redefined', edits: ['class'], status: 'inconclusive' },
    ],
  },
  {
    name: 'the test’s threshold lowered',
    main: benignFailure,
    model: flipped(30, BENIGN),
    edit: (c) => (c.tests[0].test.threshold = { op: '>=', value: 0.5 }),
    says: governedTests,
    expected: [{ name: 'benign-recall', how: 'redefined', edits: ['threshold'], status: 'fail' }],
  },
  {
    name: 'a failing test deleted',
    main: benignFailure,
    model: flipped(30, BENIGN),
    edit: (c) => (c.tests = []),
    says: governedTests,
    expected: [{ name: 'benign-recall', how: 'removed', edits: [], status: 'fail' }],
  },
];

describe('a pull request cannot loosen its own gate: every setting, every way (issue 15.37)', () => {
  it.each(rows)('$name', ({ main, model, edit, says, expected }) => {
    const base = run(main, outputs);
    const honest = compare(base, run(main, model));
    expect(honest.verdict.passed).toBe(false);

    const config = structuredClone(main);
    edit(config, model);
    const loosened = compare(base, run(config, model));
    expect(loosened.verdict.passed).toBe(false);
    expect(loosened.verdict.regressions).toEqual(honest.verdict.regressions);
    expect(loosened.verdict.failedTests).toEqual(honest.verdict.failedTests);
    expect(says(loosened)).toEqual(expected);
  });

  it('the alpha row sits between the two alphas, and the AUC row leaves AUC as it was', () => {
    const base = run(overallOnly, outputs);
    const alpha = compare(base, run(overallOnly, rows[0].model)).gate!.checks[0];
    expect(alpha.adjustedP).toBeGreaterThan(1e-6);
    expect(alpha.adjustedP).toBeLessThanOrEqual(0.05);
    const config = structuredClone(overallOnly);
    rows[4].edit(config, rows[4].model);
    const auc = compare(base, run(config, rows[4].model)).gate!.checks;
    expect(auc.map((c) => [c.name, c.metric, c.regressed])).toEqual([
      ['overall', 'accuracy', true],
      ['overall (roc_auc)', 'roc_auc', false],
    ]);
    expect(auc[1].head).toBe(auc[1].base);
  });

  it('a test kept as main defines it is not listed, and its own check is the one gated', () => {
    const base = run(benignRegression, outputs);
    const comparison = compare(base, run(benignRegression, flipped(10, BENIGN)));
    expect(comparison.gate!.governed).toEqual([]);
    expect(comparison.gate!.checks.map((c) => c.name)).toEqual(['overall', 'benign-recall']);
  });
});

describe('the report says what the pull request removed or weakened', () => {
  it('lists main’s removed, skipped and redefined tests with their result as main defines them', () => {
    const main: SuiteConfig = {
      ...benignFailure,
      tests: [
        testNamed('benign-recall'),
        testNamed('malignant-recall'),
        testNamed('large-tumour-accuracy'),
      ],
    };
    const model = flipped(30, BENIGN);
    const config = structuredClone(main);
    config.tests = config.tests.filter((t) => t.test.name !== 'benign-recall');
    config.tests[0].test.minExamples = 1000;
    config.tests[1].test.threshold = { op: '>=', value: 0.5 };
    const base = run(main, outputs);
    const head = run(config, model);
    const report = renderReport(compare(base, head), contextOf(head));
    // 30 of the 121 benign rows main gets right are flipped: 91/125; 57 of 60 large tumours stay right.
    const lines = report.split('\n');
    const start = lines.indexOf('> [!WARNING]', lines.indexOf('### Model unit tests'));
    expect(lines.slice(start, start + 8)).toEqual([
      '> [!WARNING]',
      "> **This PR removes or weakens main's model unit tests.** Main's tests govern by name: each is still run as main defines it on this PR's model, and counts in the verdict and the regression gate.",
      '',
      '| Main’s test | This PR | As main defines it | Value | Status |',
      '| - | - | - | - | - |',
      '| benign-recall | removed or renamed here | recall of benign ≥ 0.9 | 0.7280 [0.6412, 0.8037] | ❌ fail |',
      '| malignant-recall | skipped here (`min-examples` or `where` leaves too few rows) | recall ≥ 0.85 | 0.9595 [0.8861, 0.9916] | ✅ pass |',
      '| large-tumour-accuracy | redefined here: threshold | accuracy ≥ 0.9 | 0.9500 [0.8608, 0.9896] | ❔ inconclusive |',
    ]);
    expect(report).toContain('❌ **Failed**: 1 failing test (benign-recall)');
  });

  it('cannot score main’s slice on other eval data: the removed test is inconclusive, and blocks under fail-on inconclusive', () => {
    const main: SuiteConfig = { ...benignRegression, gate: gate(['inconclusive'], 'recall') };
    const base = run(main, outputs);
    const head = run({ ...main, tests: [] }, outputs);
    head.source.dataHash = `sha256:${'5'.repeat(64)}`;
    const comparison = compare(base, head);
    expect(
      comparison.gate!.governed.map((t) => [t.name, t.how, t.result.status, t.result.reason]),
    ).toEqual([
      [
        'benign-recall',
        'removed',
        'inconclusive',
        "the eval data changed, so main's slice of it cannot be scored here",
      ],
    ]);
    expect(comparison.gate!.checks.map((c) => c.name)).toEqual(['overall']);
    expect(comparison.verdict).toEqual({
      passed: false,
      failedTests: [],
      inconclusiveTests: ['benign-recall'],
      regressions: [],
    });
  });
});

describe('a time limit that subsampled the rows unpairs the runs (issue 15.37)', () => {
  /** The fixture as a run whose time limit kept its first `rows` rows (by `seed`). */
  function subsampled(rows: number, seed: number): Results {
    const doc = structuredClone(fixture);
    const labelBytes = Buffer.from(doc.predictions.labels, 'base64');
    doc.predictions.baseline = Buffer.from(outputs.buffer.slice(0, rows * 4)).toString('base64');
    doc.predictions.labels = labelBytes.subarray(0, rows * 8).toString('base64');
    doc.predictions.shape = [rows, 1];
    doc.baseline.n = rows;
    doc.tests = [];
    doc.run.seed = seed;
    doc.run.budget = {
      limit: 1,
      estimate: 2,
      repeats: null,
      rows: { from: N, to: rows },
      notEvaluated: 0,
    };
    return doc;
  }

  it.each([
    {
      name: 'main whole, this change subsampled',
      base: fixture,
      head: subsampled(150, 42),
      paired: false,
    },
    {
      name: 'both the same subsample',
      base: subsampled(150, 42),
      head: subsampled(150, 42),
      paired: true,
    },
    {
      name: 'a subsample of another seed',
      base: subsampled(150, 42),
      head: subsampled(150, 7),
      paired: false,
    },
  ])('$name: paired = $paired', ({ base, head, paired }) => {
    const gate = compare(base, head).gate!;
    expect(gate.paired).toBe(paired);
    expect(gate.checks.map((c) => c.method)).toEqual([
      paired ? 'mcnemar-exact' : 'unpaired-bootstrap',
    ]);
    expect(gate.governed.map((t) => [t.name, t.result.status, t.result.reason])).toEqual(
      base.tests
        .map((t) => [
          t.name,
          'inconclusive',
          "this run scored other rows than main's (a time limit subsampled them), so main's slice cannot be scored here",
        ])
        .filter(() => !paired),
    );
  });
});
