import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import type { MetricName } from '../../src/config/types.js';
import { verdictLines } from '../../src/cli/compare.js';
import { renderReport, runFacts, zeroToleranceNote } from '../../src/report/index.js';
import type { Results } from '../../src/results/types.js';
import { breastCancerResults, correctRows, withFlippedRows } from '../helpers/results.js';
import { contextOf } from './comparisons.js';

/** Every stored logit scaled by `factor`: the outputs all move a hair, as when weights move a little. */
function sharpened(results: Results, factor: number): Results {
  const copy = structuredClone(results);
  const bytes = Buffer.from(copy.predictions.baseline, 'base64');
  const p = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  for (let i = 0; i < p.length; i++) {
    const logit = Math.log(p[i] / (1 - p[i]));
    p[i] = 1 / (1 + Math.exp(-logit * factor));
  }
  copy.predictions.baseline = Buffer.from(p.buffer).toString('base64');
  return copy;
}

/** Main's run with only the overall check gated, on `metric` at `tolerance`. */
function main(metric: MetricName, tolerance: number): Results {
  const base = breastCancerResults();
  base.tests = [];
  base.run.gate.regression = { metric, tolerance, alpha: 0.05 };
  return base;
}

const NOTE =
  'Tolerance 0 on a continuous metric (log_loss): the gate\'s test of "worse than main by more than 0" ' +
  "blocks any consistent shift, however small — the smallest drop it blocked here is 0.000012 (0.0079% of main's log_loss); " +
  'outputs that all move a little the same way (a retrain, weights moved by 1e-5) are enough. ' +
  'If drops this small are noise for this model, set gate.regression.tolerance to the smallest drop that matters.';

describe('a zero tolerance on a continuous metric says why it blocks (issue 15, item 38)', () => {
  it.each<[string, MetricName, number, (base: Results) => Results, boolean, boolean]>([
    // name, gate metric, tolerance, the head, regressed, note
    [
      'log loss, tolerance 0, logits × (1 + 1e-4)',
      'log_loss',
      0,
      (b) => sharpened(b, 1 + 1e-4),
      true,
      true,
    ],
    [
      'the same shift at tolerance 0.001',
      'log_loss',
      0.001,
      (b) => sharpened(b, 1 + 1e-4),
      false,
      false,
    ],
    [
      'log loss, tolerance 0, nothing moved',
      'log_loss',
      0,
      (b) => structuredClone(b),
      false,
      false,
    ],
    [
      // A proportion: each loss is a whole example flipping, not noise (exact McNemar test).
      'accuracy, tolerance 0, 15 correct predictions flipped',
      'accuracy',
      0,
      (b) => withFlippedRows(b, correctRows(b).slice(0, 15)),
      true,
      false,
    ],
  ])('%s', (_, metric, tolerance, makeHead, regressed, noted) => {
    const base = main(metric, tolerance);
    const head = makeHead(base);
    const comparison = compare(base, head);
    const gate = comparison.gate!;
    expect(gate.checks.map((c) => [c.name, c.metric, c.regressed])).toEqual([
      ['overall', metric, regressed],
    ]);
    const note = zeroToleranceNote(gate);
    const markdown = renderReport(comparison, { ...contextOf(head), ...runFacts(head, base) });
    const terminal = verdictLines(comparison).split('\n');
    if (!noted) {
      expect(note).toBeUndefined();
      expect(markdown).not.toContain('Tolerance 0');
      expect(terminal.filter((line) => line.startsWith('  note:'))).toEqual([]);
      return;
    }
    expect(note).toBe(NOTE);
    expect(terminal.filter((line) => line.startsWith('  note:'))).toEqual([`  note: ${note}`]);
    expect(markdown.split('\n').filter((line) => line.startsWith('> ℹ️'))).toEqual([
      '> ℹ️ ' +
        NOTE.replace('(log_loss)', '(`log_loss`)')
          .replace("main's log_loss", "main's `log_loss`")
          .replace('set gate.regression.tolerance', 'set `gate.regression.tolerance`'),
    ]);
  });
});
