import { describe, expect, it } from 'vitest';
import { regressionGate } from '../../src/compare/gate.js';
import { holm } from '../../src/stats/multiple.js';
import { mcnemarRegression } from '../../src/stats/paired.js';
import { breastCancerResults, correctRows, withFlippedRows } from '../helpers/results.js';

describe('regressionGate', () => {
  const base = breastCancerResults();

  it('does not block a run compared with itself', () => {
    const gate = regressionGate(base, structuredClone(base));
    expect(gate.paired).toBe(true);
    expect(gate.checks.map((c) => [c.name, c.method, c.drop, c.regressed])).toEqual([
      ['overall', 'mcnemar-exact', 0, false],
      ['malignant-recall', 'mcnemar-exact', 0, false],
      ['benign-recall', 'mcnemar-exact', 0, false],
      ['malignant-precision', 'paired-bootstrap', 0, false],
      ['large-tumour-accuracy', 'mcnemar-exact', 0, false],
      ['borderline-concavity-accuracy', 'mcnemar-exact', 0, false],
    ]);
    expect(gate.regressions).toEqual([]);
  });

  it('blocks a model that lost 15 correct predictions, with the exact paired test and Holm', () => {
    const rows = correctRows(base).slice(0, 15);
    const head = withFlippedRows(base, rows);
    const gate = regressionGate(base, head);
    const overall = gate.checks[0];
    expect(overall.drop).toBeCloseTo(15 / 199, 12);
    expect(overall.p).toBe(mcnemarRegression({ losses: 15, wins: 0, n: 199 }, 0.01));
    expect(gate.checks.map((c) => c.adjustedP)).toEqual(
      Array.from(holm(Float64Array.from(gate.checks.map((c) => c.p)))),
    );
    expect(overall.regressed).toBe(true);
    expect(gate.regressions).toContain('overall');
  });

  it('does not block a drop within the tolerance', () => {
    const head = withFlippedRows(base, correctRows(base).slice(0, 1));
    head.run.gate.regression.tolerance = 0.01;
    const gate = regressionGate(base, head);
    expect(gate.checks[0].drop).toBeCloseTo(1 / 199, 12);
    expect(gate.regressions).toEqual([]);
  });

  it('falls back to an unpaired bootstrap when the eval data changed, and says so', () => {
    const head = withFlippedRows(base, correctRows(base).slice(0, 30));
    head.source.dataHash = `sha256:${'0'.repeat(64)}`;
    const gate = regressionGate(base, head);
    expect(gate.paired).toBe(false);
    expect(new Set(gate.checks.map((c) => c.method))).toEqual(new Set(['unpaired-bootstrap']));
    expect(gate.regressions).toContain('overall');
    // Deterministic: the same seed draws the same resamples.
    expect(regressionGate(base, head)).toEqual(gate);
  });
});
