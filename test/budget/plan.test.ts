import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/config/duration.js';
import type { Dataset } from '../../src/data/types.js';
import { budgetNotice } from '../../src/results/budget-notice.js';
import { planBudget, type BudgetInput } from '../../src/budget/plan.js';
import { restrictRows, subsampleRows } from '../../src/budget/sample.js';
import type { PreparedSuite } from '../../src/suite/prepare.js';

/** 2 s spent, 3 s of fixed work, 10 components once and 10 repeated, 0.5 s a unit, 1,000 rows. */
const base: BudgetInput = {
  limit: 100,
  elapsed: 2,
  fixed: 3,
  work: [{ deterministic: 10, stochastic: 10, unit: 0.5 }],
  rows: 1000,
  repeats: 5,
  minRows: 50,
};

describe('planBudget', () => {
  it.each([
    // limit → the plan: estimate = 2 + 3 + (10 + 10 × 5) × 0.5 = 35 s; target 90% of the limit
    ['fits as configured', { limit: 100 }, { repeats: 5, rows: 1000, planned: 35, fits: true }],
    // target 27: 4 repeats cost 30, 3 repeats 25
    ['fewer repeats', { limit: 30 }, { repeats: 3, rows: 1000, planned: 25, fits: true }],
    // target 9: 2 repeats cost 20; 18 s per 1,000 rows → ⌊7 / 0.018⌋ = 388 rows
    [
      '2 repeats and fewer rows',
      { limit: 10 },
      { repeats: 2, rows: 388, planned: 8.984, fits: true },
    ],
    // target 2.25: ⌊0.25 / 0.018⌋ = 13 rows, below the floor of 50: 2 + 50 × 0.018 = 2.9
    [
      'not even the fewest rows',
      { limit: 2.5 },
      { repeats: 2, rows: 50, planned: 2.9, fits: false },
    ],
    // already past the target before evaluating
    ['nothing left', { limit: 2 }, { repeats: 2, rows: 50, planned: 2.9, fits: false }],
    // nothing repeated: repeats stay, rows go (18 + 0 … : 3 + 10 × 0.5 = 8 s per 1,000 rows)
    [
      'rows only when nothing is repeated',
      { limit: 10, work: [{ deterministic: 10, stochastic: 0, unit: 0.5 }] },
      { repeats: 5, rows: 875, planned: 9, fits: true },
    ],
    // one repeat configured: never raised, rows go
    [
      'one repeat stays one',
      { limit: 10, repeats: 1 },
      { repeats: 1, rows: 538, planned: 8.994, fits: true },
    ],
  ])('%s', (_, change, expected) => {
    const input = { ...base, ...change };
    const plan = planBudget(input);
    const estimate =
      2 +
      3 +
      input.work.reduce((s, w) => s + (w.deterministic + w.stochastic * input.repeats) * w.unit, 0);
    expect(plan.estimate).toBeCloseTo(estimate, 9);
    expect({ ...plan, planned: Number(plan.planned.toFixed(9)) }).toEqual({
      estimate: plan.estimate,
      ...expected,
    });
  });
});

describe('parseDuration', () => {
  it.each([
    ['10m', 600],
    ['90s', 90],
    ['1h30m', 5400],
    ['2.5m', 150],
    ['1h 2m 3s', 3723],
    ['45', 45],
    [0.5, 0.5],
  ])('%s is %f s', (text, seconds) => {
    expect(parseDuration(text, { where: 'time-limit' })).toBe(seconds);
  });

  it.each(['', '0s', '10 minutes', '-5', 'm', '1d', 0, -1])('refuses %j', (value) => {
    expect(() => parseDuration(value, { file: 'a.yml', where: 'time-limit', line: 7 })).toThrow(
      `a.yml:7: time-limit: expected a duration such as 10m, 90s or 1h30m, or a number of seconds, got ${JSON.stringify(value)}`,
    );
  });
});

/** A dataset of `counts[c]` rows of class c, in turn (0, 1, 2, 0, 1, …), one feature = the row index. */
function dataset(counts: number[]): Dataset {
  const y: number[] = [];
  for (let i = 0; y.length < counts.reduce((a, b) => a + b, 0); i++) {
    const c = i % counts.length;
    if (y.filter((v) => v === c).length < counts[c]) y.push(c);
  }
  const n = y.length;
  return {
    file: 'd.csv',
    hash: 'sha256:0',
    n,
    columns: new Map([
      ['f', { kind: 'number', values: Float64Array.from({ length: n }, (_, i) => i) }],
      ['label', { kind: 'string', values: y.map((c) => `c${c}`) }],
    ]),
    features: ['f'],
    x: Float64Array.from({ length: n }, (_, i) => i),
    label: 'label',
    task: 'multiclass',
    classes: counts.map((_, c) => `c${c}`),
    y: Float64Array.from(y),
  };
}

describe('subsampleRows', () => {
  const data = dataset([50, 30, 20]);
  const perClass = (rows: Int32Array): number[] =>
    [0, 1, 2].map((c) => Array.from(rows).filter((r) => data.y[r] === c).length);

  it('keeps each class its share, the largest remainders rounding up, in row order', () => {
    // 9 rows: exact shares 4.5, 2.7, 1.8 → 4, 2, 1 and two more to the largest remainders
    const rows = subsampleRows(data, 9, 42);
    expect(perClass(rows)).toEqual([4, 3, 2]);
    expect([...rows]).toEqual([...rows].sort((a, b) => a - b));
    expect(new Set(rows).size).toBe(9);
    expect(perClass(subsampleRows(data, 50, 42))).toEqual([25, 15, 10]);
  });

  it('is drawn from the seed', () => {
    expect([...subsampleRows(data, 20, 42)]).toEqual([...subsampleRows(data, 20, 42)]);
    expect([...subsampleRows(data, 20, 42)]).not.toEqual([...subsampleRows(data, 20, 43)]);
  });

  it('restrictRows keeps data, labels, columns and test slices of the rows kept, in step', () => {
    const suite = {
      dataset: data,
      tests: [{ rows: Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) }],
    } as unknown as PreparedSuite;
    const kept = Int32Array.from([1, 4, 7, 50, 99]);
    const restricted = restrictRows(suite, kept);
    expect(restricted.dataset.n).toBe(5);
    expect([...restricted.dataset.x]).toEqual([1, 4, 7, 50, 99]);
    expect([...restricted.dataset.y]).toEqual([...kept].map((r) => data.y[r]));
    expect(restricted.dataset.columns.get('label')!.values).toEqual(
      [...kept].map((r) => `c${data.y[r]}`),
    );
    // rows 1, 4, 7 of the slice are now rows 0, 1, 2
    expect([...restricted.tests[0].rows]).toEqual([0, 1, 2]);
  });
});

describe('budgetNotice', () => {
  it('says what was reduced and what the deadline left out', () => {
    expect(
      budgetNotice({
        limit: 600,
        estimate: 1260,
        repeats: { from: 5, to: 2 },
        rows: { from: 5000, to: 2100 },
        notEvaluated: 3,
      }),
    ).toBe(
      'time limit 10 min: the plan as configured needs an estimated 21 min; reduced repeats 5 → 2 and rows 5000 → 2100 (a stratified, seeded subsample); 3 components not evaluated before the deadline',
    );
    expect(
      budgetNotice({ limit: 90, estimate: 12.3, repeats: null, rows: null, notEvaluated: 0 }),
    ).toBe('time limit 90 s: the plan as configured needs an estimated 12 s; it fits');
  });
});
