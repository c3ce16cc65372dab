import type { GateCondition } from '../config/types.js';
import { componentTarget } from '../results/groups.js';
import type { Contribution, Results, TestResult } from '../results/types.js';
import { regressionGate } from './gate.js';
import { compareMetrics, withCounts } from './metrics.js';
import type { GovernedTest } from './governance.js';
import { gateSettings } from './settings.js';
import { compareSensitivity } from '../sensitivity/compare.js';
import type {
  Comparison,
  ComponentComparison,
  DataChecks,
  TestChange,
  TestComparison,
  Verdict,
} from './types.js';

/**
 * Compares this change's results (`head`) with main's (`base`, undefined when
 * no baseline is stored): tests classified, contributions side by side with
 * sign flips and rank changes, the regression gate, data checks, and the
 * verdict. With a baseline the gate settings are main's or the stricter of
 * the two (`gateSettings`: a change cannot loosen its own gate); without one
 * the head's apply and the regression gate cannot fire: there is nothing to
 * regress from.
 */
export function compare(base: Results | undefined, head: Results): Comparison {
  const metric = head.metrics[0].name;
  const settings = gateSettings(base, head);
  const gate = base === undefined ? undefined : regressionGate(base, head, settings);
  const tests = compareTests(base?.tests ?? [], head.tests, base !== undefined);
  const sensitivity = compareSensitivity(base, head, settings.settings);
  return {
    suite: head.suite,
    metric,
    head: { commit: head.source.commit, startedAt: head.timing.startedAt },
    ...(base === undefined
      ? {}
      : { base: { commit: base.source.commit, startedAt: base.timing.startedAt } }),
    tests: withCounts(tests, head),
    components: compareComponents(base, head, metric),
    ...(gate === undefined ? {} : { gate }),
    metrics: compareMetrics(base, head, (name) => compareComponents(base, head, name)),
    confidence: head.run.confidence,
    data: dataChecks(base, head),
    verdict: verdict(
      head,
      gate?.regressions ?? [],
      settings.settings.failOn,
      gate?.governed,
      sensitivity?.grew,
    ),
    ...(sensitivity === undefined ? {} : { sensitivity }),
  };
}

const CHANGE_ORDER: TestChange[] = [
  'new-failure',
  'fixed',
  'still-failing',
  'changed',
  'new',
  'removed',
  'still-passing',
  'unchanged',
];

function compareTests(
  baseTests: TestResult[],
  headTests: TestResult[],
  hasBase: boolean,
): TestComparison[] {
  const rows: TestComparison[] = [];
  for (const test of headTests) {
    const before = baseTests.find((t) => t.name === test.name);
    const change: TestChange = !hasBase
      ? test.status === 'fail'
        ? 'new-failure'
        : 'unchanged'
      : before === undefined
        ? 'new'
        : classify(before.status, test.status);
    const delta =
      typeof before?.value === 'number' && typeof test.value === 'number'
        ? test.value - before.value
        : undefined;
    rows.push({
      name: test.name,
      metric: test.metric,
      ...(test.class === undefined ? {} : { class: test.class }),
      threshold: test.threshold,
      ...(before === undefined ? {} : { base: summary(before) }),
      head: { ...summary(test), ...(test.reason === undefined ? {} : { reason: test.reason }) },
      change,
      ...(delta === undefined ? {} : { delta }),
    });
  }
  for (const before of baseTests) {
    if (headTests.some((t) => t.name === before.name)) continue;
    rows.push({
      name: before.name,
      metric: before.metric,
      threshold: before.threshold,
      base: summary(before),
      change: 'removed',
    });
  }
  // Failures first, then fixes; within a class, the order of the config.
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        CHANGE_ORDER.indexOf(a.row.change) - CHANGE_ORDER.indexOf(b.row.change) ||
        a.index - b.index,
    )
    .map(({ row }) => row);
}

function classify(before: TestResult['status'], after: TestResult['status']): TestChange {
  if (after === 'fail') return before === 'fail' ? 'still-failing' : 'new-failure';
  if (before === 'fail') return after === 'pass' ? 'fixed' : 'changed';
  if (after === before) return after === 'pass' ? 'still-passing' : 'unchanged';
  return 'changed';
}

function summary(test: TestResult): NonNullable<TestComparison['base']> {
  return {
    status: test.status,
    value: test.value ?? null,
    ...(test.ci === undefined ? {} : { ci: test.ci }),
    n: test.n,
  };
}

function compareComponents(
  base: Results | undefined,
  head: Results,
  metric: string,
): ComponentComparison[] {
  const baseById = new Map(base?.components.map((c) => [c.id, c]) ?? []);
  const rankBase = ranks(base, metric);
  const rankHead = ranks(head, metric);
  const rows: ComponentComparison[] = head.components.map((component) => {
    const before = baseById.get(component.id)?.metrics?.[metric];
    const after = component.metrics?.[metric];
    const change =
      defined(before) && defined(after) ? after.contribution - before.contribution : undefined;
    return {
      id: component.id,
      kind: component.kind,
      ...(component.name === undefined ? {} : { name: component.name }),
      ...componentTarget(head, component),
      mode: component.mode,
      ...(before === undefined ? {} : { base: before }),
      ...(after === undefined ? {} : { head: after }),
      ...(component.notApplicable === undefined ? {} : { notApplicable: component.notApplicable }),
      ...(change === undefined ? {} : { change }),
      signFlip: signFlip(before, after),
      ...(rankBase.has(component.id) ? { rankBase: rankBase.get(component.id) } : {}),
      ...(rankHead.has(component.id) ? { rankHead: rankHead.get(component.id) } : {}),
    };
  });
  // Largest contribution first; those without one last, in plan order.
  const size = (row: ComponentComparison): number =>
    defined(row.head) ? Math.abs(row.head.contribution) : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => size(b.row) - size(a.row) || a.index - b.index)
    .map(({ row }) => row);
}

function defined(
  contribution: Contribution | undefined,
): contribution is Extract<Contribution, { contribution: number }> {
  return contribution !== undefined && contribution.value !== null;
}

function signFlip(before: Contribution | undefined, after: Contribution | undefined): boolean {
  if (!defined(before) || !defined(after)) return false;
  if (Math.sign(before.contribution) * Math.sign(after.contribution) >= 0) return false;
  const excludesZero = (c: typeof before) => c.ci[0] > 0 || c.ci[1] < 0;
  return excludesZero(before) || excludesZero(after);
}

/** Rank of each applicable component by contribution, largest first (1-based). */
function ranks(results: Results | undefined, metric: string): Map<string, number> {
  const scored = (results?.components ?? [])
    .map((c) => ({ id: c.id, contribution: c.metrics?.[metric] }))
    .filter(
      (c): c is { id: string; contribution: Extract<Contribution, { contribution: number }> } =>
        defined(c.contribution),
    )
    .sort((a, b) => b.contribution.contribution - a.contribution.contribution);
  return new Map(scored.map((c, i) => [c.id, i + 1]));
}

function dataChecks(base: Results | undefined, head: Results): DataChecks {
  const facts = (r: Results) => ({
    n: r.baseline.n,
    labelCounts: r.data.labelCounts,
    duplicateRows: r.data.duplicateRows,
  });
  return {
    changed: base !== undefined && base.source.dataHash !== head.source.dataHash,
    ...(base === undefined ? {} : { base: facts(base) }),
    head: facts(head),
  };
}

/**
 * The gate under `failOn` (as `gateSettings` applies it), given the
 * regressions found (none without a baseline). Main's tests that this change
 * removes, skips or redefines (`governed`) count as main defines them: one
 * that fails or is inconclusive that way is listed (once) with this change's
 * own.
 */
export function verdict(
  head: Results,
  regressions: string[],
  failOn: GateCondition[] = head.run.gate.failOn,
  governed: GovernedTest[] = [],
  sensitivity: string[] = [],
): Verdict {
  const named = (status: TestResult['status']): string[] => [
    ...new Set([
      ...head.tests.filter((t) => t.status === status).map((t) => t.name),
      ...governed.filter((t) => t.result.status === status).map((t) => t.name),
    ]),
  ];
  const failedTests = named('fail');
  const inconclusiveTests = named('inconclusive');
  const passed =
    !(failOn.includes('test-failure') && failedTests.length > 0) &&
    !(failOn.includes('inconclusive') && inconclusiveTests.length > 0) &&
    !(failOn.includes('regression') && regressions.length > 0) &&
    !(failOn.includes('sensitivity') && sensitivity.length > 0);
  return {
    passed,
    failedTests,
    inconclusiveTests,
    regressions,
    ...(sensitivity.length === 0 ? {} : { sensitivity }),
  };
}
