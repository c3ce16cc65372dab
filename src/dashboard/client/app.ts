/// <reference lib="dom" />
import type { DashboardData, Series, SuiteData } from '../history.js';
import type { ChartKit, ChartSeries } from './types.js';

/**
 * The page: a suite picker, then per suite the primary metric, the model
 * unit tests (status timeline and one chart per test with its threshold),
 * the components' contributions (the largest five, or those picked in the
 * list), the retrain candidates to remove and the run facts. A check
 * accepted on the pull request a run merged is flagged at that run: `overall`
 * and `overall (METRIC)` on the primary metric's chart, a unit test's name on
 * that test's chart and in the status timeline.
 *
 * Browser code: the page embeds this function's text, so it must reference
 * nothing outside itself (no imports but types, no module constants).
 */
export function dashboardApp(data: DashboardData, kit: ChartKit): void {
  const { el, lineChart, timeline } = kit;
  const TOP = 5;
  const main = document.getElementById('app')!;
  const picker = document.getElementById('suite') as HTMLSelectElement;

  function decode(series: Series, name: string, color: number): ChartSeries {
    const decimals = Math.max(0, -Math.round(Math.log10(series.q)));
    const real = (units: number): number => Number((units * series.q).toFixed(decimals));
    const values: (number | null)[] = [];
    const lo: (number | null)[] = [];
    const hi: (number | null)[] = [];
    let value = 0;
    series.v.forEach((step, i) => {
      if (step === null) {
        values.push(null);
        lo.push(null);
        hi.push(null);
        return;
      }
      value += step;
      const below = series.lo[i];
      const above = series.hi[i];
      values.push(real(value));
      lo.push(below === null ? null : real(value - below));
      hi.push(above === null ? null : real(value + above));
    });
    return { name, values, lo, hi, decimals, color };
  }

  function section(title: string, id: string): HTMLElement {
    const node = el('section', { id, 'aria-labelledby': `${id}-title` }, main);
    el('h2', { id: `${id}-title` }, node, title);
    return node;
  }

  function seconds(ms: number): string {
    return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 60_000).toFixed(1)} min`;
  }

  function render(suite: SuiteData): void {
    main.replaceChildren();
    const { commit: commits, date: dates } = suite.runs;
    const n = commits.length;
    const open = (i: number): void => {
      if (data.commitUrl !== null)
        window.open(`${data.commitUrl}${commits[i]}`, '_blank', 'noopener');
    };
    const base = { commits, dates, open };
    // Names and reasons are the user's: they reach the page as text (textContent, attributes), never as markup.
    const accepted = suite.acceptances.map((a) => ({
      run: a.run,
      check: a.check,
      label: `${a.check} accepted by ${a.by} in #${a.pullRequest}${a.reason === '' ? '' : `: ${a.reason}`}`,
    }));
    const marksFor = (match: (check: string) => boolean) =>
      accepted.filter((a) => match(a.check)).map(({ run, label }) => ({ run, label }));
    el(
      'p',
      { class: 'lede' },
      main,
      n === 0
        ? 'No stored runs.'
        : `${n} stored ${n === 1 ? 'run' : 'runs'} of ${suite.suite}, ${dates[0].slice(0, 10)} to ${dates[n - 1].slice(0, 10)}` +
            ` (the results branch keeps the newest; older runs leave it).`,
    );
    if (n === 0) return;
    if (accepted.length > 0)
      el(
        'p',
        { class: 'legend' },
        main,
        '◆ marks a run that merged a pull request whose check was accepted as intended: hover or focus the chart for who accepted it, where and why.',
      );

    const primary = section(`Primary metric: ${suite.metric}`, 'primary');
    lineChart(el('div', { class: 'plot' }, primary), {
      ...base,
      title: `${suite.metric} of the baseline model over commits, with 95% intervals`,
      yLabel: suite.metric,
      series: [decode(suite.primary, suite.metric, 0)],
      marks: marksFor((check) => check === 'overall' || /^overall \(.+\)$/.test(check)),
    });

    const tests = section('Model unit tests', 'tests');
    if (suite.tests.length === 0) {
      el('p', {}, tests, 'This suite has no model unit tests.');
    } else {
      timeline(el('div', { class: 'plot' }, tests), {
        ...base,
        title: 'Unit-test status over commits',
        rows: suite.tests.map((t) => ({ name: t.name, status: t.status })),
        marks: suite.tests.flatMap((t, row) =>
          marksFor((check) => check === t.name).map((m) => ({ ...m, row })),
        ),
      });
      const grid = el('div', { class: 'grid-charts' }, tests);
      for (const t of suite.tests) {
        const box = el('figure', { class: 'plot small' }, grid);
        el('figcaption', {}, box, `${t.name}: ${t.metric} ${t.op} ${t.threshold}`);
        lineChart(box, {
          ...base,
          title: `${t.name}: ${t.metric} over commits, threshold ${t.op} ${t.threshold}`,
          yLabel: t.metric,
          series: [decode(t.series, t.name, 1)],
          threshold: { value: t.threshold, label: `${t.op} ${t.threshold}` },
          marks: marksFor((check) => check === t.name),
        });
      }
    }

    const parts = section(`Component contributions to ${suite.metric}`, 'components');
    el(
      'p',
      {},
      parts,
      `Positive: the component helps. The ${Math.min(TOP, suite.components.length)} largest in the newest run are shown; pick any in the list (Ctrl or Shift for several).`,
    );
    const row = el('div', { class: 'pick' }, parts);
    el('label', { for: 'component' }, row, 'Components');
    const list = el('select', { id: 'component', multiple: '', size: '8' }, row);
    suite.components.forEach((c, i) => {
      const option = el('option', { value: String(i) }, list, c.id);
      option.selected = i < TOP;
    });
    const chartBox = el('div', { class: 'plot', id: 'component-chart' }, parts);
    const drawComponents = (): void => {
      chartBox.replaceChildren();
      const picked = Array.from(list.selectedOptions).map((o) => Number(o.value));
      lineChart(chartBox, {
        ...base,
        title: `Contributions to ${suite.metric} over commits, with 95% intervals`,
        yLabel: `contribution (${suite.metric})`,
        series: picked.map((i, k) =>
          decode(suite.components[i].series, suite.components[i].id, 2 + (k % 6)),
        ),
        threshold: { value: 0, label: 'no effect' },
      });
    };
    list.addEventListener('change', drawComponents);
    drawComponents();

    const retrain = section('Retrain candidates to remove', 'candidates');
    if (suite.candidates.length === 0) {
      el(
        'p',
        {},
        retrain,
        "None in the newest run: no retrain variant's contribution interval lies within the gate's tolerance.",
      );
    } else {
      el(
        'p',
        {},
        retrain,
        `The whole ${suite.gate.metric} contribution interval lies within ±${suite.gate.tolerance} (the gate's tolerance) in the newest run:`,
      );
      const ul = el('ul', {}, retrain);
      for (const c of suite.candidates)
        el('li', {}, ul, `${c.id} (a candidate in ${c.runs} of ${n} runs)`);
    }

    const facts = section('Run facts', 'facts');
    const last = n - 1;
    const table = el('table', {}, facts);
    const rows: [string, string][] = [
      [
        'newest run',
        `${commits[last].slice(0, 7)}, ${dates[last].replace('T', ' ').slice(0, 16)} UTC`,
      ],
      ['backend', suite.runs.backend[last]],
      ['duration', seconds(suite.runs.durationMs[last])],
      ['time limit', suite.runs.budget[last] ?? 'none'],
      ['runs stored', String(n)],
    ];
    for (const [key, value] of rows) {
      const tr = el('tr', {}, table);
      el('th', { scope: 'row' }, tr, key);
      el('td', {}, tr, value);
    }
    lineChart(el('div', { class: 'plot' }, facts), {
      ...base,
      title: 'Run duration over commits',
      yLabel: 'duration (s)',
      series: [
        {
          name: 'duration (s)',
          values: suite.runs.durationMs.map((ms) => Math.round(ms / 100) / 10),
          lo: suite.runs.durationMs.map(() => null),
          hi: suite.runs.durationMs.map(() => null),
          decimals: 1,
          color: 8,
        },
      ],
      extra: (i) => [
        `backend ${suite.runs.backend[i]}`,
        `time limit: ${suite.runs.budget[i] ?? 'none'}`,
      ],
    });
  }

  data.suites.forEach((suite, i) => el('option', { value: String(i) }, picker, suite.suite));
  picker.addEventListener('change', () => render(data.suites[Number(picker.value)]));
  if (data.suites.length === 0) el('p', {}, main, 'The results branch holds no runs yet.');
  else render(data.suites[0]);
  document.body.dataset.ready = 'true';
  // The benchmark reads when the page became interactive (ms since navigation started).
  performance.mark('ablation-ci:ready');
}
