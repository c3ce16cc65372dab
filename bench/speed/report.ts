import { markdownTable } from '../markdown.js';
import type { BootstrapTiming, Scale } from './bootstrap.js';
import type { EndToEnd } from './end-to-end.js';
import type { ForwardTiming } from './forward.js';
import type { NumpyTiming } from './numpy.js';

/** The engine's bootstrap: fixed costs and one timing per share of changed predictions. */
export interface BootstrapTimings {
  scale: Scale;
  /** Drawing every resample once. */
  drawSeconds: number;
  /** `scoreBaseline`. */
  baselineSeconds: number;
  scenarios: BootstrapTiming[];
}

/** Everything the speed benchmark measured. */
export interface Speed {
  machine: string;
  bootstrap: BootstrapTimings;
  forward: ForwardTiming;
  numpy: NumpyTiming[];
  endToEnd: EndToEnd[];
}

/** The speed benchmark as markdown (bench/results/speed.md). */
export function speedReport(s: Speed): string {
  const { bootstrap: b, forward: f } = s;
  const C = b.scale.components;
  const scale = `${count(b.scale.resamples)} resamples × ${count(b.scale.examples)} examples × ${count(C)} components`;
  const timed = s.numpy.filter(
    (n): n is Extract<NumpyTiming, { seconds: number }> => 'seconds' in n,
  );
  const skipped = s.numpy.find(
    (n): n is Extract<NumpyTiming, { skipped: string }> => 'skipped' in n,
  );
  const threads = (n: { threads: string }): string =>
    n.threads === '1' ? '1 thread' : 'default threads';
  const workload = markdownTable(
    [
      { header: 'workload' },
      { header: 'timed', align: 'right' },
      { header: 'fixed', align: 'right' },
      { header: 'per component', align: 'right' },
      { header: `total, ${C} components`, align: 'right' },
    ],
    [
      ...b.scenarios.map((t) => [
        `ablation-ci bootstrap, components change ${percent(t.changed)}`,
        `${t.measured} of ${C}`,
        seconds(b.baselineSeconds + t.fixedSeconds),
        seconds(t.perComponentSeconds),
        seconds(t.totalSeconds),
      ]),
      [
        'forward passes, wasm (`Evaluator`)',
        `${f.measured} of ${C}`,
        seconds(f.baselineSeconds),
        seconds(f.perComponentSeconds),
        seconds(f.totalSeconds),
      ],
      ...timed.map((n) => [
        `NumPy ${n.numpy} bootstrap, ${threads(n)}`,
        `${C} of ${C}`,
        '—',
        '—',
        seconds(n.seconds),
      ]),
    ],
  );
  const ratios = markdownTable(
    [
      { header: 'components change' },
      { header: 'bootstrap / evaluation (wasm)', align: 'right' },
      ...timed.map((n) => ({
        header: `ablation-ci / NumPy (${threads(n)})`,
        align: 'right' as const,
      })),
    ],
    b.scenarios.map((t) => [
      percent(t.changed),
      ratio(t.totalSeconds / f.totalSeconds),
      ...timed.map((n) => ratio(t.totalSeconds / n.seconds)),
    ]),
  );
  const runs = s.endToEnd[0]?.runs ?? 0;
  const examples = [...new Set(s.endToEnd.map((e) => e.config))];
  const endToEnd = markdownTable(
    [
      { header: 'example' },
      { header: 'rows', align: 'right' },
      { header: 'components', align: 'right' },
      { header: 'resamples', align: 'right' },
      { header: `wasm, best of ${runs}`, align: 'right' },
      { header: `cpu, best of ${runs}`, align: 'right' },
      { header: 'wasm / cpu', align: 'right' },
      { header: 'peak RSS wasm', align: 'right' },
      { header: 'peak RSS cpu', align: 'right' },
    ],
    examples.map((config) => {
      const wasm = s.endToEnd.find((e) => e.config === config && e.backend === 'wasm')!;
      const cpu = s.endToEnd.find((e) => e.config === config && e.backend === 'cpu')!;
      return [
        `\`${config}\``,
        count(wasm.examples),
        count(wasm.components),
        count(wasm.resamples),
        seconds(wasm.bestSeconds),
        seconds(cpu.bestSeconds),
        ratio(wasm.bestSeconds / cpu.bestSeconds),
        `${Math.round(wasm.peakRssMiB)} MiB`,
        `${Math.round(cpu.peakRssMiB)} MiB`,
      ];
    }),
  );
  return [
    '# Speed',
    '',
    'Made by `npm run bench` (`bench/run.ts`) on ' + s.machine + '.',
    'Times are wall-clock and vary from run to run; the ratios are what to compare.',
    '',
    `## The bootstrap at the DESIGN's scale (${scale})`,
    '',
    workload,
    '',
    ratios,
    '',
    `- **ablation-ci bootstrap**: what \`runSuite\` does for one metric — \`scoreBaseline\`, then`,
    '  `scoreContributions` over one chunk of components sharing the same `Resamples` — on',
    '  synthetic binary predictions (the baseline right on 90% of the examples). Each component',
    '  flips the predicted class of a random share of the examples: the engine scores accuracy',
    "  from the baseline's confusion counts plus the examples a component changes, so that share",
    '  sets the cost (1%: a feature that barely matters; 50%: as many as unrelated predictions).',
    `  "Fixed" is \`scoreBaseline\` (${seconds(b.baselineSeconds)}) plus \`scoreContributions\` with no component,`,
    `  which draws each resample once (${seconds(b.drawSeconds)} of it at this size, over the 4,000,000-cell`,
    '  cache) and counts the baseline\'s confusion on it; "per component" is what each component',
    '  adds, timed on the components shown and extrapolated linearly to the rest.',
    `- **Forward passes**: the engine's \`Evaluator\` on the wasm backend with the breast-cancer`,
    `  MLP (30 → 16 → 16 → 1) on ${count(f.examples)} synthetic rows; ${f.measured} feature ablations in \`mean\``,
    '  mode, each one full forward pass (stacked as the engine stacks them), extrapolated',
    `  to ${f.components}. The bootstrap / evaluation ratio says how much of a run the statistics take`,
    '  next to the model for a model this small; a larger model moves it towards 0.',
    '- **NumPy**: `bench/speed/bootstrap_numpy.py` under `/usr/bin/python3`, timed inside the',
    '  subprocess (data generation excluded): per chunk of 50 resamples one `np.bincount` of',
    '  uniform draws gives the counts, and one matrix product counts @ correct (0/1, n × 201)',
    '  scores the baseline and every component; then percentile intervals and p-values. The',
    '  engine is single-threaded; "1 thread" caps BLAS to match.' +
      (skipped === undefined ? '' : ` Skipped: ${skipped.skipped}.`),
    '',
    '## Examples end to end',
    '',
    endToEnd,
    '',
    `\`node dist/cli.js run --config <example> --backend <wasm|cpu>\`, ${runs} runs each, from process`,
    `start to exit (TF.js start-up, loading, evaluation, statistics, writing results). Peak RSS is`,
    `the largest over the runs, from \`${s.endToEnd[0]?.rssSource ?? '—'}\`.`,
  ].join('\n');
}

function seconds(value: number): string {
  return value >= 10
    ? `${value.toFixed(0)} s`
    : value >= 1
      ? `${value.toFixed(1)} s`
      : `${(1000 * value).toFixed(0)} ms`;
}

function ratio(value: number): string {
  const digits = value >= 10 ? 0 : value >= 1 ? 1 : 2;
  return `${value.toFixed(digits)}×`;
}

function percent(value: number): string {
  return `${Math.round(100 * value)}%`;
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
