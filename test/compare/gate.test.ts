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

describe('bootstrap gate checks', () => {
  const base = breastCancerResults();

  it('grow their resamples while the decision is within Monte Carlo error of alpha, and report it', () => {
    const head = withFlippedRows(base, correctRows(base).slice(0, 30));
    head.source.dataHash = `sha256:${'1'.repeat(64)}`;
    head.run.resamples = 200;
    const gate = regressionGate(base, head);
    for (const c of gate.checks) {
      expect(c.resamples, c.name).toBeGreaterThanOrEqual(200);
      expect(c.monteCarloError, c.name).toBeCloseTo(
        Math.sqrt((c.p * (1 - c.p)) / c.resamples!),
        12,
      );
      // Clear of alpha by 3 errors (scaled as Holm scales it), or at the cap.
      const clear = Math.abs(c.adjustedP - gate.alpha) >= 3 * c.monteCarloError!;
      expect(clear || c.resamples === 64_000, c.name).toBe(true);
    }
    expect(gate.checks.some((c) => c.resamples! > 200)).toBe(true);
    // The first resamples of a grown check are those a smaller run draws.
    const again = regressionGate(base, { ...head, run: { ...head.run, resamples: 400 } });
    expect(again.checks.map((c) => c.p)).toEqual(gate.checks.map((c) => c.p));
  });
});
