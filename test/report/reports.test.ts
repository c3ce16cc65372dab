import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/compare/types.js';
import { renderReport } from '../../src/report/index.js';
import { normalQuantile } from '../../src/stats/normal.js';
import { expectGolden } from './golden.js';
import { htmlTables, renderGfm, textOf } from './rendered.js';
import { fixture, scenario, singleRun, type Scenario } from './scenarios.js';
import { historyCommits, withTrends } from './trends.js';

/**
 * The reports of real runs (test/fixtures/results/reports, made by make.ts
 * there from examples/breast-cancer with edited weights), committed as
 * golden markdown and read as GitHub renders them. UPDATE_GOLDEN=1 rewrites
 * the files; read the diff as a reviewer would.
 */
interface Case {
  name: string;
  golden: string;
  make: () => { comparison: Comparison; context: Parameters<typeof renderReport>[1] };
  /** The verdict's mark: the first characters of the first paragraph. */
  mark: string;
  /** What the first paragraph (verdict and closest call) must say, as rendered text. */
  verdict: (RegExp | string)[];
  /** What the rest must say or not say. */
  body?: (html: string, comparison: Comparison) => void;
}

const fromHead = (name: Scenario) => () => scenario(name);

const CASES: Case[] = [
  {
    name: 'a drop past the tolerance that is not significant',
    golden: 'drop-not-significant.md',
    make: fromHead('drop-not-significant'),
    mark: '⚠️ Passed, but a drop could not be told from noise',
    verdict: [
      'accuracy 0.9648 → 0.9447: -2.0 pts [',
      /Closest call: test malignant-recall \(recall\) 0\.9595 → 0\.9189 \(-4\.1 pts\), p 0\.\d{4} after Holm over 6 checks: not a regression at α 0\.05\./,
      /could not tell at n = 74; it needs about [\d,]+ examples/,
    ],
  },
  {
    name: 'a significant regression',
    golden: 'significant-regression.md',
    make: withTrends('regression'),
    mark: '❌ Failed: 3 failing tests',
    verdict: [
      '4 regressions (accuracy on all eval data,',
      'accuracy 0.9648 → 0.8442: -12.1 pts [',
      /Clearest regression: accuracy on all eval data 0\.9648 → 0\.8442 \(-12\.1 pts\), p < 0\.0001 after Holm over 6 checks: a regression at α 0\.05\./,
    ],
    body: (html, comparison) => {
      expect(textOf(html)).toMatch(/❌ fail \(new failure; was ✅ pass\)/);
      // Trends: the primary metric, then each failing test and regressed check (overall is the primary here).
      const charts = [...html.matchAll(/<code class="language-mermaid">([^]*?)<\/code>/g)].map(
        (m) => m[1].replace(/&quot;/g, '"').replace(/&gt;/g, '>'),
      );
      const checks = new Set([
        ...comparison.verdict.failedTests,
        ...comparison.verdict.regressions,
      ]);
      checks.delete('overall');
      expect(charts).toHaveLength(1 + checks.size);
      const head = fixture('regression');
      const accuracy = head.baseline.metrics.accuracy as { value: number };
      expect(charts[0]).toContain('x-axis ["' + historyCommits().join('", "') + '", "PR"]');
      expect(charts[0]).toMatch(
        new RegExp(`\\n {2}bar \\[[^\\]]*, ${Number(accuracy.value.toPrecision(4))}\\]\\n`),
      );
      expect(html).toContain('<a href="https://octo.github.io/models/">the dashboard</a>');
    },
  },
  {
    name: 'a sign flip',
    golden: 'sign-flip.md',
    make: fromHead('sign-flip'),
    mark: '⚠️ Passed',
    verdict: ['accuracy 0.9648 → 0.9347: -3.0 pts ['],
    body: (html) => {
      const [, changes] = htmlTables(html);
      const flip = changes.find(
        (row) => row[0] === 'worst_concave_points (feature, mean) on log_loss',
      );
      expect(flip?.[6]).toBe('⚠️ sign flip; newly significant');
      expect(flip?.[5]).toMatch(/^main [·┊├─●┤]{21}\nPR {3}[·┊├─●┤]{21}$/);
    },
  },
  {
    name: 'a model whose components tie',
    golden: 'ties.md',
    make: fromHead('ties'),
    mark: '⚠️ Passed',
    verdict: ['accuracy 0.9648 → 0.9598: -0.5 pts ['],
    body: (html) => {
      const ranks = htmlTables(html)
        .filter((table) => table[0][0] === 'Rank')
        .flatMap((table) => table.slice(1).map((row) => row[0]));
      const tied = ranks.filter((rank) => rank.startsWith('='));
      expect(tied.length).toBeGreaterThan(20);
      // A tied rank never moves: its arrow would mean nothing.
      expect(tied.filter((rank) => /[↑↓]/.test(rank))).toEqual([]);
      expect(ranks.some((rank) => /^\d+ [↑↓]\d+$/.test(rank))).toBe(true);
    },
  },
  {
    name: 'a change only one of four metrics sees',
    golden: 'multi-metric.md',
    make: fromHead('log-loss-only'),
    mark: '✅ Passed',
    verdict: ['accuracy 0.9648 → 0.9648: 0.0 pts [0.0, 0.0]'],
    body: (html) => {
      const [metrics] = htmlTables(html);
      expect(metrics.map((row) => [row[0], row[3].split(' [')[0]])).toEqual([
        ['Metric', 'Change'],
        ['accuracy', '0.0 pts'],
        ['f1', '0.0 pts'],
        ['roc_auc', '0.0 pts'],
        ['log_loss (lower is better)', '-0.0336'],
      ]);
      for (const metric of ['f1', 'roc_auc', 'log_loss']) {
        expect(html).toContain(
          `<details><summary><b>Component contributions (${metric})</b></summary>`,
        );
      }
    },
  },
  {
    name: 'one run, no baseline',
    golden: 'single-run.md',
    make: singleRun,
    mark: '✅ Passed',
    verdict: [
      'accuracy 0.9648 [0.9289, 0.9857] on 199 examples · no baseline',
      'No baseline to compare with, so the regression gate does not apply. Tests: 4 pass, 1 inconclusive. Components: 78 evaluated, 2 not applicable.',
    ],
    body: (html) => {
      expect(html).not.toContain('What changed');
      expect(html).not.toContain('Regression gate');
      const [metrics, tests] = htmlTables(html);
      expect(metrics.map((row) => row[0])).toEqual([
        'Metric',
        'accuracy',
        'f1',
        'roc_auc',
        'log_loss (lower is better)',
      ]);
      expect(tests[5]).toEqual([
        'borderline-concavity-accuracy',
        'accuracy',
        '≥ 0.9000',
        '0.8864 [0.7544, 0.9621]',
        '44',
        '❔ inconclusive (39 of 44: at that rate about 2,003 examples would fail)',
      ]);
    },
  },
];

describe('golden reports of real runs, as GitHub renders them', () => {
  it.each(CASES)('$name', ({ golden, make, mark, verdict, body }) => {
    const { comparison, context } = make();
    const markdown = renderReport(comparison, context);
    expectGolden(golden, markdown);
    const html = renderGfm(markdown);

    // The verdict is the first paragraph under the title, two lines, before anything collapsed.
    const [title, first] = html.split('\n<p>');
    expect(title).toBe('<h2>ablation-ci · breast-cancer</h2>');
    expect(html.indexOf('<p>')).toBeLessThan(html.indexOf('<details>') >>> 0);
    const paragraph = textOf(first.slice(0, first.indexOf('</p>')));
    expect(paragraph.split('\n')).toHaveLength(2);
    expect(paragraph.startsWith(mark)).toBe(true);
    for (const part of verdict) {
      if (typeof part === 'string') expect(paragraph).toContain(part);
      else expect(paragraph).toMatch(part);
    }

    // Every table parsed as one, every row as wide as its header; nothing left as raw markdown.
    for (const table of htmlTables(html)) {
      for (const row of table) expect(row.length).toBe(table[0].length);
    }
    expect(html).not.toMatch(/<p>\|/);
    expect(html).not.toMatch(/\\\n/);
    // A markdown escape inside an HTML block (a <summary>) would show its backslash.
    expect(textOf(html)).not.toMatch(/\\[_*|\\]/);
    expect(html.split('<details>').length).toBe(html.split('</details>').length);
    body?.(html, comparison);
  });

  it('says how many examples the closest undecided drop needs, as the normal approximation gives it', () => {
    const { comparison, context } = scenario('drop-not-significant');
    const gate = comparison.gate!;
    const check = gate.checks.find((c) => c.name === 'malignant-recall')!;
    const rank = [...gate.checks].sort((a, b) => a.p - b.p).indexOf(check);
    const level = gate.alpha / (gate.checks.length - rank);
    // Independently: the smallest N at which z = Φ⁻¹(1 − p)·√(N / 74) reaches Φ⁻¹(1 − level).
    const z = normalQuantile(1 - check.p);
    let n = 74;
    while (z * Math.sqrt(n / 74) < normalQuantile(1 - level)) n++;
    const markdown = renderReport(comparison, context);
    expect(markdown.split('\n')[3]).toContain(`it needs about ${n} examples`);
  });
});
