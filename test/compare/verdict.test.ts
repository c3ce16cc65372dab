import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import type { GateCondition } from '../../src/config/types.js';
import type { Results } from '../../src/results/types.js';
import { breastCancerResults, correctRows, withFlippedRows } from '../helpers/results.js';

/**
 * Issue 17.6: each `fail-on` condition blocks on its own kind of trouble and
 * on no other — `inconclusive` above all, which blocked nothing when deleted.
 * Rows: a head with only an inconclusive test, only a failing test, only a
 * regression, or none, under each condition alone, all three, or none.
 */

const base = breastCancerResults();
/** The fixture's borderline-concavity-accuracy is inconclusive on main; made to pass here. */
const passing = (results: Results): Results => {
  const copy = structuredClone(results);
  copy.tests.find((t) => t.name === 'borderline-concavity-accuracy')!.status = 'pass';
  return copy;
};
const main = passing(base);
const trouble: Record<string, Results> = {
  none: main,
  inconclusive: (() => {
    const r = passing(base);
    r.tests.find((t) => t.name === 'borderline-concavity-accuracy')!.status = 'inconclusive';
    return r;
  })(),
  'test-failure': (() => {
    const r = passing(base);
    r.tests.find((t) => t.name === 'malignant-precision')!.status = 'fail';
    return r;
  })(),
  regression: withFlippedRows(main, correctRows(main).slice(0, 15)),
};

const policies: GateCondition[][] = [
  [],
  ['inconclusive'],
  ['test-failure'],
  ['regression'],
  ['test-failure', 'regression', 'inconclusive'],
];

const rows = Object.keys(trouble).flatMap((kind) =>
  policies.map((failOn) => ({
    kind,
    failOn,
    blocks: kind !== 'none' && failOn.includes(kind as GateCondition),
  })),
);

describe('fail-on: each condition blocks its own kind of trouble, and only that', () => {
  it.each(rows)('$kind under fail-on $failOn: blocks = $blocks', ({ kind, failOn, blocks }) => {
    const before = structuredClone(main);
    const after = structuredClone(trouble[kind]);
    // Both configs say the same: the gate applies exactly this fail-on.
    before.run.gate.failOn = failOn;
    after.run.gate.failOn = failOn;
    const { verdict } = compare(before, after);
    expect(verdict.passed).toBe(!blocks);
    expect({
      inconclusive: verdict.inconclusiveTests,
      'test-failure': verdict.failedTests,
      regression: verdict.regressions.length > 0 ? ['any'] : [],
    }).toEqual({
      inconclusive: kind === 'inconclusive' ? ['borderline-concavity-accuracy'] : [],
      'test-failure': kind === 'test-failure' ? ['malignant-precision'] : [],
      regression: kind === 'regression' ? ['any'] : [],
    });
  });
});
