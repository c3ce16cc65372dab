import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { decodeSeries, encodeSeries, suiteData } from '../../src/dashboard/history.js';
import { renderDashboard } from '../../src/dashboard/page.js';
import { summarize, type Point } from '../../src/dashboard/summary.js';
import { syntheticHistory } from '../../bench/dashboard.js';
import { breastCancerResults } from '../helpers/results.js';
import { historyRun } from './branch.js';

const TOP4 = [
  'layer:hidden_2:reinit',
  'group:hidden:mean',
  'layer:hidden_1:mean',
  'layer:hidden_1:zero',
];

const point = (value: number | null, ci: [number, number] | null = null): Point => ({ value, ci });

describe('encodeSeries', () => {
  const cases: {
    name: string;
    points: Point[];
    digits: number;
    q: number;
    v: (number | null)[];
  }[] = [
    {
      name: 'five digits of an accuracy, changes from the previous value, a gap kept',
      points: [point(0.96482, [0.93467, 0.98492]), point(null), point(0.95, [0.92, 0.97])],
      digits: 5,
      q: 0.00001,
      v: [96482, null, -1482],
    },
    {
      name: 'four digits of contributions either side of zero',
      points: [point(-0.0123, [-0.05, 0.02]), point(0.3, [0.25, 0.35])],
      digits: 4,
      q: 0.0001,
      v: [-123, 3123],
    },
    { name: 'all missing', points: [point(null)], digits: 4, q: 1, v: [null] },
  ];
  it.each(cases)('$name', ({ points, digits, q, v }) => {
    const series = encodeSeries(points, digits);
    expect(series.q).toBe(q);
    expect(series.v).toEqual(v);
    expect(decodeSeries(series)).toEqual(points);
  });
});

describe('summarize and suiteData', () => {
  it('lists runs oldest first, test status per run, components by their newest contribution', () => {
    const runs = [2, 0, 1].map((k) => {
      const results = historyRun(k + 2);
      return summarize(results, results.source.commit!, results.timing.startedAt);
    });
    const data = suiteData('breast-cancer', runs);
    expect(data.runs.date).toEqual([
      '2026-11-03T02:00:00.000Z',
      '2026-11-04T02:00:00.000Z',
      '2026-11-05T02:00:00.000Z',
    ]);
    // The first test fails from run 3 of the history on; the last is inconclusive throughout.
    expect(data.tests.map((t) => t.status)).toEqual(['pff', 'ppp', 'ppp', 'ppp', 'iii']);
    // By |contribution| in the newest run (ties by id): layer:hidden_2 reinit 0.9427, then four tied at 0.8302.
    expect(data.components.slice(0, 4).map((c) => c.id)).toEqual(TOP4);
    expect(data.components.map((c) => c.id).sort()).toEqual(
      historyRun(4)
        .components.map((c) => c.id)
        .sort(),
    );
    expect(data.candidates).toEqual([]);
    expect(data.runs.durationMs).toEqual([22000, 23000, 24000]);
  });

  it('names retrain variants whose whole interval lies within the gate tolerance as candidates', () => {
    const results = breastCancerResults();
    const variant = (id: string, ci: [number, number]) => ({
      id,
      kind: 'retrain' as const,
      mode: 'retrain' as const,
      repeats: 0,
      metrics: {
        accuracy: {
          value: 0.96,
          valueCi: [0.9, 0.99] as [number, number],
          contribution: (ci[0] + ci[1]) / 2,
          ci,
          p: 0.5,
          q: 0.5,
        },
      },
    });
    results.components.push(
      variant('retrain:aux-head', [-0.008, 0.009]),
      variant('retrain:dropout', [-0.004, 0.02]),
    );
    const summary = summarize(results, 'a'.repeat(40), results.timing.startedAt);
    expect(summary.candidates).toEqual(['retrain:aux-head']);
    expect(suiteData('breast-cancer', [summary]).candidates).toEqual([
      { id: 'retrain:aux-head', runs: 1 },
    ]);
  });
});

describe('acceptances in the summaries', () => {
  it("keeps each accepted check's who, where and why (not its head, drop or value), at its run's place", () => {
    const runs = [3, 2].map((k) => historyRun(k));
    runs[0].acceptances = [
      {
        check: 'malignant-recall',
        by: 'maint-1',
        reason: 'new slice',
        pullRequest: 12,
        headSha: 'b'.repeat(40),
        via: 'comment',
        value: 0.8,
      },
      {
        check: 'overall',
        by: 'lead',
        reason: '',
        pullRequest: 12,
        headSha: 'b'.repeat(40),
        via: 'label',
        drop: 0.004,
      },
    ];
    const summaries = runs.map((r) => summarize(r, r.source.commit!, r.timing.startedAt));
    expect(summaries.map((s) => s.acceptances)).toEqual([
      [
        { check: 'malignant-recall', by: 'maint-1', reason: 'new slice', pullRequest: 12 },
        { check: 'overall', by: 'lead', reason: '', pullRequest: 12 },
      ],
      [],
    ]);
    // Oldest first: run 3 of the history is the second run of the suite's data.
    expect(suiteData('breast-cancer', summaries).acceptances).toEqual([
      { run: 1, check: 'malignant-recall', by: 'maint-1', reason: 'new slice', pullRequest: 12 },
      { run: 1, check: 'overall', by: 'lead', reason: '', pullRequest: 12 },
    ]);
  });
});

describe('renderDashboard', () => {
  it('keeps a hostile name inside the data: one data element, one script, the same bytes for the same data', () => {
    const results = historyRun(0);
    results.tests[0].name = '</script><script>alert(1)</script><!--';
    const data = {
      commitUrl: null,
      suites: [
        suiteData('breast-cancer', [
          summarize(results, results.source.commit!, results.timing.startedAt),
        ]),
      ],
    };
    const html = renderDashboard(data);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const json = html.slice(html.indexOf('id="data">') + 10, html.indexOf('</script>'));
    expect(JSON.parse(json)).toEqual(data);
    expect(renderDashboard(structuredClone(data))).toBe(html);
    expect(html).toContain("default-src 'none'");
  });

  it('holds 500 runs × 200 components in under 2 MB', () => {
    const html = renderDashboard({
      commitUrl: null,
      suites: [suiteData('bench', syntheticHistory())],
    });
    expect(Buffer.byteLength(html)).toBeLessThan(2_000_000);
  });
});

describe('the dashboard-url input', () => {
  const inputs = (url: string) => readInputs((name) => (name === 'dashboard-url' ? url : ''));
  it.each(['https://octo.github.io/models/', 'http://intranet.example/ablation/index.html'])(
    'takes %s',
    (url) => {
      expect(inputs(url).dashboardUrl).toBe(url);
    },
  );
  it.each(['javascript:alert(1)', 'https://a.example/x) [y](z', 'octo.github.io', 'https://a b'])(
    'refuses %s, naming the input',
    (url) => {
      expect(() => inputs(url)).toThrow(/input dashboard-url/);
    },
  );
  it('is absent when not given', () => {
    expect(inputs('')).not.toHaveProperty('dashboardUrl');
  });
});
