/**
 * The image suite alone, measured as `bench/run.ts` measures it: `ablation-ci
 * run` as a whole process (median of RUNS, default 3) against its forward
 * passes alone (`forwardSeconds`), and the ratio of the two — on TF.js wasm,
 * and the same model as ONNX (the TF.js weights, bench/speed/image-onnx.ts) on
 * onnxruntime-node and the bundled onnxruntime-web, with `validate`'s time
 * (issue 18's target: `validate` < 10 s, `run` within 2× its forward passes).
 * At two sizes, 48 images (the bench's image suite) and 480 (the same model,
 * 480 random images labelled by it: a realistic eval set), so that a run's
 * fixed costs and its costs per image separate: from the two sizes, per
 * image (t480 − t48) / 432 and fixed t48 − 48 × that. SIZES=48 (or 480)
 * measures one size.
 * The processes are interleaved run by run, so load hits every row alike; the
 * load average is printed with them. Prints lines per size; writes nothing.
 * For checking a change to the image path in minutes instead of the whole
 * benchmark.
 *
 * Run from the repository root: npm run build && npx tsx bench/image.ts
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useBackend } from '../src/backend/resolve.js';
import { forwardSeconds, IMAGE_ROWS_LARGE, imageSuite, type ImageSuite } from './speed/image.js';
import { imageOnnxSuite, onnxForwardSeconds } from './speed/image-onnx.js';
import { median, runProcess, type ProcessRun } from './speed/process.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 3);
const SIZES = (process.env.SIZES ?? `48,${IMAGE_ROWS_LARGE}`).split(',').map(Number);
const ONNX_RUNTIMES = ['onnxruntime-node', 'onnxruntime-web'] as const;

/** One size's medians: whole-process wall and CPU seconds of each row, and its passes alone. */
interface SizeResult {
  rows: number;
  wall: Record<string, number>;
  cpu: Record<string, number>;
  passes: Record<string, { seconds: number; cpuSeconds?: number }>;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist/cli.js'))) {
    throw new Error('dist/cli.js is missing: run `npm run build` first');
  }
  await useBackend('wasm', { searchFrom: [ROOT] });
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    const image = await imageSuite(ROOT, 'light', size);
    const { result, text } = await measure(image);
    image.model.dispose();
    results.push(result);
    process.stdout.write(`${text.join('\n')}\n`);
  }
  const [small, large] = results;
  if (large !== undefined) {
    const split = separate(small, large);
    process.stdout.write(`${split.join('\n')}\n`);
  }
}

/** Every row of one size, interleaved RUNS times; the lines that say them. */
async function measure(image: ImageSuite): Promise<{ result: SizeResult; text: string[] }> {
  const onnxConfig = imageOnnxSuite(ROOT, image);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ablation-ci-image-'));
  const cli = (args: string[]): ProcessRun =>
    runProcess(process.execPath, ['dist/cli.js', ...args], ROOT, 600);
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
  const cpuOf = (runs: ProcessRun[]) => median(runs.map((r) => r.cpuSeconds));
  const shown = (runs: ProcessRun[]) =>
    `${seconds(runs).toFixed(2)} s (${runs.map((r) => r.seconds.toFixed(2)).join(', ')})`;
  const peak = (runs: ProcessRun[]) => median(runs.map((r) => r.rssMiB)).toFixed(0);
  const forward = forwardSeconds(image);
  const result: SizeResult = {
    rows: image.rows,
    wall: { tfjs: seconds(rows.tfjs) },
    cpu: { tfjs: cpuOf(rows.tfjs) },
    passes: { tfjs: { seconds: forward } },
  };
  const text = [
    `image suite (${image.rows} rows × ${image.features} features, ${image.variants} variants; ` +
      `load average ${loads.map((l) => l.toFixed(1)).join(', ')} on ${os.availableParallelism()} cores)`,
    `  TF.js wasm: run ${shown(rows.tfjs)}, peak ${peak(rows.tfjs)} MiB; ` +
      `forward passes ${forward.toFixed(2)} s; ratio ${(seconds(rows.tfjs) / forward).toFixed(2)}`,
  ];
  for (const runtime of ONNX_RUNTIMES) {
    const passes = await onnxForwardSeconds(ROOT, image, runtime);
    const runs = rows[`${runtime} run`];
    const cpu = cpuOf(runs);
    result.wall[runtime] = seconds(runs);
    result.cpu[runtime] = cpu;
    result.passes[runtime] = passes;
    text.push(
      `  ONNX on ${runtime}: validate ${shown(rows[`${runtime} validate`])}; ` +
        `run ${shown(runs)}, peak ${peak(runs)} MiB; forward passes ${passes.seconds.toFixed(2)} s; ` +
        `ratio ${(seconds(runs) / passes.seconds).toFixed(2)}; in CPU time run ${cpu.toFixed(2)} s, ` +
        `forward passes ${passes.cpuSeconds.toFixed(2)} s, ratio ${(cpu / passes.cpuSeconds).toFixed(2)} ` +
        `(predictions vs TF.js: max |Δ| ${passes.maxDiff.toExponential(1)})`,
    );
  }
  return { result, text };
}

/** Fixed and per-image seconds of each row, from two sizes (a straight line through both). */
function separate(small: SizeResult, large: SizeResult): string[] {
  const images = large.rows - small.rows;
  const line = (a: number, b: number) => {
    const perImage = (b - a) / images;
    return { perImage, fixed: a - small.rows * perImage };
  };
  const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
  const lines = [`fixed and per-image costs (from ${small.rows} and ${large.rows} images):`];
  for (const key of Object.keys(small.wall)) {
    const run = line(small.wall[key], large.wall[key]);
    const passes = line(small.passes[key].seconds, large.passes[key].seconds);
    const cpuSmall = small.passes[key].cpuSeconds;
    const cpuLarge = large.passes[key].cpuSeconds;
    const cpuRun = line(small.cpu[key], large.cpu[key]);
    lines.push(
      `  ${key === 'tfjs' ? 'TF.js wasm' : `ONNX on ${key}`}: run fixed ${run.fixed.toFixed(2)} s + ` +
        `${ms(run.perImage)} per image; passes fixed ${passes.fixed.toFixed(2)} s + ${ms(passes.perImage)} per image; ` +
        `run beyond its passes ${ms(run.perImage - passes.perImage)} per image` +
        (cpuSmall === undefined || cpuLarge === undefined
          ? ''
          : `; in CPU time run ${cpuRun.fixed.toFixed(2)} s + ${ms(cpuRun.perImage)} per image, ` +
            `passes ${ms(line(cpuSmall, cpuLarge).perImage)} per image`),
    );
  }
  return lines;
}

await main();
