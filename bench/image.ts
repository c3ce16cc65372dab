/**
 * The image suite alone, measured as `bench/run.ts` measures it: `ablation-ci
 * run` as a whole process (median of RUNS, default 3) against its forward
 * passes alone (`forwardSeconds`), and the ratio of the two — on TF.js wasm,
 * and the same model as ONNX (the TF.js weights, bench/speed/image-onnx.ts) on
 * onnxruntime-node and the bundled onnxruntime-web, with `validate`'s time
 * (issue 18's target: `validate` < 10 s, `run` within 2× its forward passes).
 * The processes are interleaved run by run, so load hits every row alike; the
 * load average is printed with them. Prints one line per row; writes nothing.
 * For checking a change to the image path in a minute instead of the whole
 * benchmark.
 *
 * Run from the repository root: npm run build && npx tsx bench/image.ts
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useBackend } from '../src/backend/resolve.js';
import { forwardSeconds, imageSuite } from './speed/image.js';
import { imageOnnxSuite, onnxForwardSeconds } from './speed/image-onnx.js';
import { median, runProcess, type ProcessRun } from './speed/process.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 3);
const ONNX_RUNTIMES = ['onnxruntime-node', 'onnxruntime-web'] as const;

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist/cli.js'))) {
    throw new Error('dist/cli.js is missing: run `npm run build` first');
  }
  await useBackend('wasm', { searchFrom: [ROOT] });
  const image = await imageSuite(ROOT);
  const onnxConfig = imageOnnxSuite(ROOT, image);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ablation-ci-image-'));
  const cli = (args: string[]): ProcessRun =>
    runProcess(process.execPath, ['dist/cli.js', ...args], ROOT, 120);
  const run = (config: string, backend: string): ProcessRun =>
    cli(['run', '--config', config, '--backend', backend, '--out', path.join(tmp, 'r.json')]);
  const rows = {
    tfjs: [] as ProcessRun[],
    ...Object.fromEntries(
      ONNX_RUNTIMES.flatMap((r) => [
        [`${r} validate`, [] as ProcessRun[]],
        [`${r} run`, [] as ProcessRun[]],
      ]),
    ),
  } as Record<string, ProcessRun[]>;
  const loads: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    loads.push(os.loadavg()[0]);
    rows.tfjs.push(run(image.config, 'wasm'));
    for (const runtime of ONNX_RUNTIMES) {
      rows[`${runtime} validate`].push(
        cli(['validate', '--config', onnxConfig, '--backend', runtime]),
      );
      rows[`${runtime} run`].push(run(onnxConfig, runtime));
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  const seconds = (runs: ProcessRun[]) => median(runs.map((r) => r.seconds));
  const shown = (runs: ProcessRun[]) =>
    `${seconds(runs).toFixed(2)} s (${runs.map((r) => r.seconds.toFixed(2)).join(', ')})`;
  const peak = (runs: ProcessRun[]) => median(runs.map((r) => r.rssMiB)).toFixed(0);
  const forward = forwardSeconds(image);
  const lines = [
    `image suite (${image.rows} rows × ${image.features} features, ${image.variants} variants; ` +
      `load average ${loads.map((l) => l.toFixed(1)).join(', ')} on ${os.availableParallelism()} cores)`,
    `  TF.js wasm: run ${shown(rows.tfjs)}, peak ${peak(rows.tfjs)} MiB; ` +
      `forward passes ${forward.toFixed(2)} s; ratio ${(seconds(rows.tfjs) / forward).toFixed(2)}`,
  ];
  for (const runtime of ONNX_RUNTIMES) {
    const passes = await onnxForwardSeconds(ROOT, image, runtime);
    const runs = rows[`${runtime} run`];
    const cpu = median(runs.map((r) => r.cpuSeconds));
    lines.push(
      `  ONNX on ${runtime}: validate ${shown(rows[`${runtime} validate`])}; ` +
        `run ${shown(runs)}, peak ${peak(runs)} MiB; forward passes ${passes.seconds.toFixed(2)} s; ` +
        `ratio ${(seconds(runs) / passes.seconds).toFixed(2)}; in CPU time run ${cpu.toFixed(2)} s, ` +
        `forward passes ${passes.cpuSeconds.toFixed(2)} s, ratio ${(cpu / passes.cpuSeconds).toFixed(2)} ` +
        `(predictions vs TF.js: max |Δ| ${passes.maxDiff.toExponential(1)})`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
