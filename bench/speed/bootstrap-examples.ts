/**
 * The bootstrap of a run on the examples' real predictions, metric by
 * metric: the straightforward way (every metric rescored from scratch on
 * every resample, as test/suite/reference.ts does) against the engine's
 * kernels, with the JavaScript and the WebAssembly row kernels. CPU time of
 * this process (user + system), so a busy machine distorts it less than
 * wall time; the ratios are what to compare.
 *
 * Run from the repository root: npx tsx bench/speed/bootstrap-examples.ts
 */
import type { MetricName } from '../../src/config/types.js';
import { prepareMetric } from '../../src/metrics/index.js';
import { BlockScorer } from '../../src/stats/resample-scoring/scorer.js';
import { Baseline } from '../../src/stats/resample-scoring/variant.js';
import { Resamples } from '../../src/stats/resamples.js';
import { useWasm } from '../../test/helpers/backend.js';
import { examplePredictions, type ExamplePredictions } from '../../test/suite/examples.js';
import { markdownTable } from '../markdown.js';

const RESAMPLES = 1000;
const EXAMPLES = [
  { name: 'breast-cancer', metrics: ['accuracy', 'f1', 'roc_auc', 'log_loss'], repeats: 5 },
  { name: 'digits', metrics: ['accuracy', 'f1_macro', 'log_loss'], repeats: 5 },
] as const;

function cpuSeconds(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

/** Every variant's metric on every resample, rescored from scratch. */
function straightforward(name: MetricName, data: ExamplePredictions): void {
  const resamples = new Resamples(data.seed, data.baseline.n, RESAMPLES);
  const metrics = [data.baseline, ...data.components.flatMap((c) => c.ablated)].map((p) =>
    prepareMetric(name, p),
  );
  for (let b = 0; b < RESAMPLES; b++) {
    const weights = resamples.get(b);
    for (const metric of metrics) metric(weights);
  }
}

/** The same numbers from the kernels: record every variant's changes, score block by block. */
function kernels(name: MetricName, data: ExamplePredictions, simd: boolean): void {
  const resamples = new Resamples(data.seed, data.baseline.n, RESAMPLES);
  const baseline = new Baseline([name], data.baseline);
  const variants = data.components.flatMap((c) => c.ablated.map((p) => baseline.record(p)));
  const scorer = new BlockScorer(baseline, { simd });
  const out = new Float64Array(RESAMPLES);
  for (const block of resamples.blocks()) {
    scorer.begin(block);
    scorer.scoreBaseline(name, out);
    for (const variant of variants) scorer.scoreVariant(name, variant, out);
  }
}

async function main(): Promise<void> {
  await useWasm();
  const rows: string[][] = [];
  for (const example of EXAMPLES) {
    const data = await examplePredictions(example.name, { every: 1, repeats: example.repeats });
    const variants = data.components.reduce((sum, c) => sum + c.ablated.length, 0);
    for (const name of example.metrics) {
      // Best of three, after one run to compile.
      const best = (work: () => void): number => {
        work();
        return Math.min(cpuSeconds(work), cpuSeconds(work), cpuSeconds(work));
      };
      const reference = best(() => straightforward(name, data));
      const js = best(() => kernels(name, data, false));
      const simd = best(() => kernels(name, data, true));
      rows.push([
        example.name,
        `${data.baseline.n} × ${variants} × ${RESAMPLES}`,
        name,
        seconds(reference),
        seconds(js),
        seconds(simd),
        `${(reference / simd).toFixed(0)}×`,
      ]);
    }
  }
  const header = [
    'example',
    'rows × variants × resamples',
    'metric',
    'straightforward',
    'kernels (JS)',
    'kernels (wasm)',
    'speed-up',
  ];
  console.log(
    markdownTable(
      header.map((h, i) => ({ header: h, align: i > 2 ? 'right' : 'left' })),
      rows,
    ),
  );
}

function seconds(value: number): string {
  return value >= 1 ? `${value.toFixed(2)} s` : `${(1000 * value).toFixed(0)} ms`;
}

await main();
