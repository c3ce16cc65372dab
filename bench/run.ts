/**
 * Speed of ablation-ci against the references a user would otherwise reach
 * for, measured in one run, interleaved, medians of 3: the wide tabular
 * suite and the digits conv net (ablation-ci's bundled CLI, the
 * straightforward TF.js loop at predict's default batch and at batch = n,
 * scikit-learn's permutation_importance), a scaling table, and an image-scale
 * suite. Prints the tables and writes bench/results/speed.md; then image
 * scale and memory (bench/scale.ts) to bench/results/scale.md.
 *
 * Run from the repository root: npm run build && npm run bench
 * (`npm run bench -- scale`: the image scale and memory rows alone).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { useBackend } from '../src/backend/resolve.js';
import { loadModel } from '../src/model/load.js';
import type { Results } from '../src/results/types.js';
import { publish } from './markdown.js';
import {
  ONNX_RUNTIMES,
  onnxRunArgs,
  publishOnnx,
  wideOnnxSuite,
  type OnnxRuntimeName,
} from './onnx.js';
import { measureScale, scaleReport } from './scale.js';
import { sensitivitySpeed } from './speed/sensitivity.js';
import {
  forwardFlops,
  matmulRate,
  wideLoopFlops,
  wideMinimalFlops,
  wideRankOneFlops,
} from './speed/flops.js';
import { forwardSeconds, IMAGE_ROWS_LARGE, imageSuite, type ImageSuite } from './speed/image.js';
import { imageOnnxSuite, onnxForwardSeconds } from './speed/image-onnx.js';
import { onnxThreads } from './speed/onnx-threads.js';
import type { LoopResult, LoopSpec } from './speed/loop.js';
import { runProcess, type ProcessRun } from './speed/process.js';
import { sklearnReference, speedReport, type Measured, type SpeedInput } from './speed/report.js';
import { cacheDir, digitsSuite, wideSuite, type BenchSuite } from './speed/suites.js';

const ROOT = path.resolve(import.meta.dirname, '..');
/** `BENCH_QUICK=1`: one run of each and a short scaling table, to check the benchmark works. */
const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = QUICK ? 1 : 3;
/** `npm run bench -- scale`: only the image scale and memory rows. */
const ONLY_SCALE = process.argv.slice(2).includes('scale');
const PYTHON = '/usr/bin/python3';
/** Variants the default-batch loop times (the rest is extrapolated: it is the slow one). */
const DEFAULT_BATCH_TIMED = { wide: 15, digits: 34 };
const SCALING = [
  [1_000, 100],
  [10_000, 100],
  [100_000, 100],
  [5_000, 25],
  [5_000, 400],
] as const;
/** No single process may take longer than this (the image suite before its lookups were fixed took hours). */
const CAP_SECONDS = 120;

const log = (line: string): boolean => process.stderr.write(`${line}\n`);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'ablation-ci-bench-'));

async function main(): Promise<void> {
  // `npm run bench -- dashboard`: the dashboard page alone (bench/dashboard.ts).
  if (process.argv.slice(2).includes('dashboard')) {
    await (await import('./dashboard.js')).dashboardBench();
    return;
  }
  if (!existsSync(path.join(ROOT, 'dist/cli.js'))) {
    throw new Error('dist/cli.js is missing: run `npm run build` first');
  }
  await useBackend('wasm', { searchFrom: [ROOT] });
  if (ONLY_SCALE) {
    await scale();
    return;
  }
  log('generating the suites (cached in bench/.cache)…');
  const wide = await wideSuite(ROOT, 5_000, 100);
  const digits = digitsSuite(ROOT);
  const sklearn = sklearnVersion();
  const cores = os.availableParallelism();

  // The wide suite's ONNX twin (the same weights), run in the same rounds on each ONNX runtime.
  const onnxConfig = path.relative(ROOT, wideOnnxSuite(path.join(cacheDir(ROOT), wide.name)));
  const tools = (): Measured['wide'] => ({
    ablation: [],
    onnx: { 'onnxruntime-node': [], 'onnxruntime-web': [] },
    loopN: [],
    loop32: [],
    sklearn: [],
    sklearn1: [],
  });
  const measured: Measured = { wide: tools(), digits: tools() };
  const last: Record<string, { results?: Results; loopN?: LoopResult; sklearn?: number[] }> = {
    wide: {},
    digits: {},
  };
  const onnxResults = {} as Record<OnnxRuntimeName, Results>;
  for (let run = 1; run <= RUNS; run++) {
    for (const [key, suite] of [
      ['wide', wide],
      ['digits', digits],
    ] as const) {
      const slot = measured[key];
      log(`run ${run}/${RUNS}: ${suite.name}: ablation-ci…`);
      const out = path.join(tmp, `${key}.json`);
      slot.ablation.push(cli(['run', '--config', suite.config, '--backend', 'wasm', '--out', out]));
      last[key].results = JSON.parse(readFileSync(out, 'utf8')) as Results;
      for (const runtime of key === 'wide' ? ONNX_RUNTIMES : []) {
        log(`run ${run}/${RUNS}: ${suite.name}: ablation-ci, ONNX model on ${runtime}…`);
        const onnxOut = path.join(tmp, `wide-${runtime}.json`);
        slot.onnx[runtime].push(cli(onnxRunArgs(onnxConfig, runtime, onnxOut)));
        onnxResults[runtime] = JSON.parse(readFileSync(onnxOut, 'utf8')) as Results;
      }
      log(`run ${run}/${RUNS}: ${suite.name}: TF.js loop, batch = n…`);
      const loopN = loop(suite, suite.rows);
      slot.loopN.push(loopN.run);
      last[key].loopN = loopN.result;
      log(`run ${run}/${RUNS}: ${suite.name}: TF.js loop, default batch…`);
      slot.loop32.push(loop(suite, undefined, DEFAULT_BATCH_TIMED[key]).run);
      if (key === 'wide' && sklearn !== undefined) {
        // Both settings: n_jobs=cores spawns worker processes, which can cost more than it
        // saves; the reference is the faster of the two (bench/speed/report.ts).
        for (const jobs of [cores, 1]) {
          log(`run ${run}/${RUNS}: ${suite.name}: scikit-learn, n_jobs=${jobs}…`);
          const python = sklearnRun(suiteFiles(suite), jobs);
          (jobs === 1 ? slot.sklearn1 : slot.sklearn).push(python);
          last[key].sklearn = (JSON.parse(python.stdout) as { importances: number[] }).importances;
        }
      }
    }
  }

  const matmul = matmulRate(wide.rows);
  const { model: digitsModel } = await loadModel(digits.model, digits.model);
  const digitsPasses = 1 + digits.variants.reduce((s, v) => s + v.repeats, 0);
  const flops = {
    wide: wideMinimalFlops(wide.rows, wide.features, 300),
    wideRankOne: wideRankOneFlops(wide.rows, wide.features, 300),
    wideLoop: wideLoopFlops(wide.rows, wide.features, 300),
    digits: forwardFlops(digitsModel) * digits.rows * digitsPasses,
  };

  const scaling = SCALING.filter(([rows, features]) => !QUICK || rows * features <= 500_000).map(
    ([rows, features]) => ({
      rows,
      features,
      run: undefined as ProcessRun | undefined,
    }),
  );
  for (const row of scaling) {
    log(`scaling: ${row.rows} rows × ${row.features} features…`);
    const suite = await wideSuite(ROOT, row.rows, row.features);
    row.run = cli([
      'run',
      '--config',
      suite.config,
      '--backend',
      'wasm',
      '--out',
      path.join(tmp, 's.json'),
    ]);
  }

  // At two sizes: the bench's 48 images, and 480 of the same model (fixed and per-image costs).
  const images: SpeedInput['image'][] = [];
  for (const rows of [undefined, IMAGE_ROWS_LARGE]) {
    log(`image suite${rows === undefined ? '' : `, ${rows} images`}: generating…`);
    const image = await imageSuite(ROOT, 'light', rows);
    images.push(await imageBench(image, tmp));
    image.model.dispose();
  }
  const [image, imageLarge] = images;

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${os.platform()} ${os.release()}`;
  publish(
    'speed',
    speedReport({
      machine,
      date: new Date().toISOString().slice(0, 10),
      runs: RUNS,
      cores,
      sklearn,
      suites: { wide, digits },
      measured,
      timed: DEFAULT_BATCH_TIMED,
      importances: {
        wide: correlations(wide, last.wide.results!, last.wide.loopN!, last.wide.sklearn),
        digits: correlations(digits, last.digits.results!, last.digits.loopN!, undefined),
      },
      matmul,
      flops,
      scaling: scaling.map((row) => ({ rows: row.rows, features: row.features, run: row.run! })),
      image,
      imageLarge,
      cap: CAP_SECONDS,
    }),
  );
  log('onnxruntime-node: intra-op threads or worker threads…');
  const threads = onnxThreads(ROOT, path.join(cacheDir(ROOT), wide.name), RUNS);
  const reference = sklearnReference(measured.wide, cores);
  publishOnnx({
    rows: wide.rows,
    features: wide.features,
    runs: RUNS,
    cores,
    tfjs: measured.wide.ablation,
    onnx: measured.wide.onnx,
    sklearn:
      reference === undefined
        ? undefined
        : {
            label: `scikit-learn ${sklearn} \`permutation_importance\`, ${reference.label}`,
            runs: reference.runs,
          },
    documents: { tfjs: last.wide.results!, ...onnxResults },
    threads,
    load: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / '),
  });
  await sensitivitySpeed(ROOT); // issue #20: bench/results/sensitivity-speed.md
  await scale();
}

/**
 * Image scale and memory: results size, default workers against one, peak RSS at 100k rows;
 * then `validate` with patterns over 150,528 pixel columns (bench/patterns.ts, its own process).
 */
async function scale(): Promise<void> {
  const measured = await measureScale(ROOT, tmp, cli, RUNS, log);
  log('validate with patterns over 150,528 pixel columns…');
  const patterns = execFileSync(process.execPath, ['--import', 'tsx', 'bench/patterns.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  publish(
    'scale',
    `${scaleReport(measured, RUNS).trimEnd()}\n\n## validate with patterns over every pixel\n\n${patterns}`,
  );
}

/** `node dist/cli.js ARGS`, whole process, capped. */
function cli(args: string[]): ProcessRun {
  return runProcess(process.execPath, ['dist/cli.js', ...args], ROOT, CAP_SECONDS);
}

/**
 * scikit-learn's permutation_importance on the wide suite, n_jobs = `jobs`, as its own process.
 * It must exit 0: a Python error exits 1, which `runProcess` takes for a failed gate.
 */
function sklearnRun(dir: string, jobs: number): ProcessRun {
  const python = runProcess(PYTHON, ['bench/speed/sklearn_wide.py', dir, String(jobs)], ROOT);
  if (python.status !== 0)
    throw new Error(`bench/speed/sklearn_wide.py ${dir} ${jobs} exited with ${python.status}`);
  return python;
}

/** Writes x.f64 and y.f64 beside the suite (for the loop and scikit-learn); returns the folder. */
function suiteFiles(suite: BenchSuite): string {
  const dir = path.join(cacheDir(ROOT), suite.name);
  mkdirSync(dir, { recursive: true });
  const x = path.join(dir, 'x.f64');
  if (!existsSync(x)) {
    writeFileSync(x, Buffer.from(suite.x.buffer));
    writeFileSync(path.join(dir, 'y.f64'), Buffer.from(suite.y.buffer));
  }
  return dir;
}

/**
 * The TF.js loop as its own process; with `timed`, only that many variants
 * are run and the whole process's time is extrapolated to all of them.
 */
function loop(
  suite: BenchSuite,
  batch: number | undefined,
  timed?: number,
): { run: ProcessRun; result: LoopResult } {
  const dir = suiteFiles(suite);
  const spec: LoopSpec = {
    model: suite.model,
    xFile: path.join(dir, 'x.f64'),
    yFile: path.join(dir, 'y.f64'),
    rows: suite.rows,
    features: suite.features,
    inputShape: suite.inputShape,
    center: suite.center,
    scale: suite.scale,
    variants: suite.variants,
    ...(batch === undefined ? {} : { batch }),
    ...(timed === undefined ? {} : { timed }),
  };
  const file = path.join(tmp, `loop-${suite.name}-${batch ?? 'default'}.json`);
  writeFileSync(file, JSON.stringify(spec));
  const run = runProcess(
    process.execPath,
    ['--import', 'tsx', 'bench/speed/loop.ts', file],
    ROOT,
    CAP_SECONDS,
  );
  const result = JSON.parse(run.stdout) as LoopResult;
  if (timed === undefined) return { run, result };
  const passes = (variants: BenchSuite['variants']) => variants.reduce((s, v) => s + v.repeats, 0);
  const scale = passes(suite.variants) / passes(suite.variants.slice(0, timed));
  return {
    run: { ...run, seconds: run.seconds - result.seconds + result.seconds * scale },
    result,
  };
}

/** Pearson correlations of ablation-ci's contributions with the loop's (and scikit-learn's) importances. */
function correlations(
  suite: BenchSuite,
  results: Results,
  loopN: LoopResult,
  sklearn: number[] | undefined,
): { loop: number; sklearn?: number } {
  const ours = suite.variants.map((v) => {
    const metric = results.components.find((c) => c.id === v.id)?.metrics?.accuracy;
    if (metric === undefined || metric.value === null)
      throw new Error(`no contribution for ${v.id}`);
    return metric.contribution;
  });
  const loopDrops = loopN.accuracies.map((a) => loopN.baseline - a);
  return {
    loop: pearson(ours, loopDrops),
    ...(sklearn === undefined ? {} : { sklearn: pearson(ours, sklearn) }),
  };
}

function pearson(a: number[], b: number[]): number {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(a), mean(b)];
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    ab += (x - ma) * (b[i] - mb);
    aa += (x - ma) ** 2;
    bb += (b[i] - mb) ** 2;
  });
  return ab / Math.sqrt(aa * bb);
}

/** scikit-learn's version under Debian's python3, or undefined when it is not installed. */
function sklearnVersion(): string | undefined {
  try {
    return execFileSync(PYTHON, ['-c', 'import sklearn; print(sklearn.__version__)'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    return undefined;
  }
}

try {
  await main();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
tf.disposeVariables();

/** The image suite's rows at one size: validate, run and the forward passes alone, per runtime. */
async function imageBench(image: ImageSuite, tmp: string): Promise<SpeedInput['image']> {
  const name = `image suite (${image.rows} images)`;
  log(`${name}: validate…`);
  const validate = cli(['validate', '--config', image.config, '--backend', 'wasm']);
  log(`${name}: run…`);
  const run = cli([
    'run',
    '--config',
    image.config,
    '--backend',
    'wasm',
    '--out',
    path.join(tmp, 'i.json'),
  ]);
  log(`${name}: forward passes alone…`);
  const forward = forwardSeconds(image);
  // The same model and weights as ONNX, on each ONNX runtime (issue 18's image target).
  const onnxConfig = path.relative(ROOT, imageOnnxSuite(ROOT, image));
  const onnx = {} as SpeedInput['image']['onnx'];
  for (const runtime of ONNX_RUNTIMES) {
    log(`${name} as ONNX on ${runtime}: validate, run, forward passes alone…`);
    onnx[runtime] = {
      validate: cli(['validate', '--config', onnxConfig, '--backend', runtime]),
      run: cli(onnxRunArgs(onnxConfig, runtime, path.join(tmp, `i-${runtime}.json`))),
      forward: await onnxForwardSeconds(ROOT, image, runtime),
    };
  }
  const { rows, features, groups, variants } = image;
  return { rows, features, groups, variants, validate, run, forward, onnx };
}
