/**
 * Speed of ablation-ci, as ratios against named references: the bootstrap at
 * the DESIGN's scale against the forward passes it summarises and against a
 * NumPy implementation, and each example end to end on the wasm and cpu
 * backends.
 *
 * Run from the repository root after `npm run build`: npm run bench
 * (writes bench/results/speed.md)
 */
import os from 'node:os';
import path from 'node:path';
import { useBackend } from '../src/backend/resolve.js';
import { publish } from './markdown.js';
import { BootstrapBench } from './speed/bootstrap.js';
import { endToEnd, type EndToEnd } from './speed/end-to-end.js';
import { timeForward } from './speed/forward.js';
import { timeNumpy } from './speed/numpy.js';
import { speedReport } from './speed/report.js';

const ROOT = path.resolve(import.meta.dirname, '..');
/** DESIGN §8's scale: 2,000 resamples × 100,000 examples × 200 components. */
const SCALE = { resamples: 2000, examples: 100_000, components: 200 };
/**
 * Share of the predictions each synthetic component changes, and how many
 * components are timed (the rest is extrapolated linearly): all of them
 * where that is quick.
 */
const SCENARIOS = [
  { changed: 0.01, measured: 200 },
  { changed: 0.1, measured: 50 },
  { changed: 0.5, measured: 20 },
];
const FORWARD_MEASURED = 10;
const EXAMPLES = ['examples/breast-cancer/ablation.yml', 'examples/digits/ablation.yml'];
const RUNS = 3;

async function main(): Promise<void> {
  const log = (line: string): boolean => process.stderr.write(`${line}\n`);
  const bench = new BootstrapBench(SCALE);
  log('bootstrap: drawing the resamples, scoring the baseline…');
  const drawSeconds = bench.drawSeconds();
  const baselineSeconds = bench.baselineSeconds();
  const scenarios = SCENARIOS.map(({ changed, measured }) => {
    log(`bootstrap: ${measured} components changing ${100 * changed}% of the predictions…`);
    return bench.contributions(changed, measured);
  });
  log('forward passes (wasm)…');
  await useBackend('wasm', { searchFrom: [ROOT] });
  const forward = await timeForward(ROOT, SCALE.examples, SCALE.components, FORWARD_MEASURED);
  log('NumPy…');
  const numpy = [timeNumpy(SCALE, '1'), timeNumpy(SCALE, 'default')];
  const endToEndRuns: EndToEnd[] = [];
  for (const config of EXAMPLES) {
    for (const backend of ['wasm', 'cpu'] as const) {
      log(`${config} --backend ${backend} × ${RUNS}…`);
      endToEndRuns.push(endToEnd(ROOT, config, backend, RUNS));
    }
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const bootstrap = { scale: SCALE, drawSeconds, baselineSeconds, scenarios };
  publish('speed', speedReport({ machine, bootstrap, forward, numpy, endToEnd: endToEndRuns }));
}

await main();
