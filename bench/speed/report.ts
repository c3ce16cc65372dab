import { markdownTable, percent } from '../markdown.js';
import { PREDICT_ROWS } from './image.js';
import { median, type ProcessRun } from './process.js';
import type { BenchSuite } from './suites.js';

/** Every run of every tool on a suite, in the order they ran. */
export interface ToolRuns {
  ablation: ProcessRun[];
  /** The suite's ONNX twin (the same weights) on each ONNX runtime: the wide suite only. */
  onnx: Record<'onnxruntime-node' | 'onnxruntime-web', ProcessRun[]>;
  loopN: ProcessRun[];
  loop32: ProcessRun[];
  /** scikit-learn with n_jobs = the cores, and with n_jobs = 1. */
  sklearn: ProcessRun[];
  sklearn1: ProcessRun[];
}
export type Measured = Record<'wide' | 'digits', ToolRuns>;

/**
 * The scikit-learn reference every ratio uses: the faster (median wall time, whole process) of
 * n_jobs = cores and n_jobs = 1 — joblib's worker processes can cost more than they save.
 */
export function sklearnReference(
  runs: ToolRuns,
  cores: number,
): { label: string; runs: ProcessRun[] } | undefined {
  const options = [
    { label: `n_jobs=${cores}`, runs: runs.sklearn },
    { label: 'n_jobs=1', runs: runs.sklearn1 },
  ].filter((o) => o.runs.length > 0);
  if (options.length === 0) return undefined;
  const wall = (o: { runs: ProcessRun[] }) => median(o.runs.map((r) => r.seconds));
  return options.reduce((best, o) => (wall(o) < wall(best) ? o : best));
}

export interface SpeedInput {
  machine: string;
  date: string;
  runs: number;
  cores: number;
  sklearn: string | undefined;
  suites: Record<'wide' | 'digits', BenchSuite>;
  measured: Measured;
  timed: Record<'wide' | 'digits', number>;
  importances: Record<'wide' | 'digits', { loop: number; sklearn?: number }>;
  /** GFLOP/s of the wasm backend's matrix product, measured in the bench's process. */
  matmul: number;
  /** Least floating-point work of each suite. */
  /** GFLOP-counts: the suites' plans, and the wide suite's rank-one plan and loop for comparison. */
  flops: Record<'wide' | 'digits' | 'wideRankOne' | 'wideLoop', number>;
  scaling: { rows: number; features: number; run: ProcessRun }[];
  image: ImageBench;
  /** The same suite with 480 images (the same model): its costs per image and fixed ones apart. */
  imageLarge: ImageBench;
  cap: number;
}

/** The image suite's rows at one size. */
export interface ImageBench {
  rows: number;
  features: number;
  groups: number;
  variants: number;
  validate: ProcessRun;
  run: ProcessRun;
  forward: number;
  /** The same model as ONNX (bench/speed/image-onnx.ts) on each ONNX runtime. */
  onnx: Record<
    'onnxruntime-node' | 'onnxruntime-web',
    { validate: ProcessRun; run: ProcessRun; forward: { seconds: number; cpuSeconds: number } }
  >;
}

/** bench/results/speed.md: the tables and how each number was measured. */
export function speedReport(input: SpeedInput): string {
  const { measured, suites } = input;
  const seconds = (runs: ProcessRun[]): number => median(runs.map((r) => r.seconds));
  const rss = (runs: ProcessRun[]): string => mib(Math.max(...runs.map((r) => r.rssMiB)));
  const rows: string[][] = [];
  for (const key of ['wide', 'digits'] as const) {
    const runs = measured[key];
    const suite = suites[key];
    const ours = seconds(runs.ablation);
    const passes = suite.variants.reduce((s, v) => s + v.repeats, 0);
    const work = `${count(suite.rows)} rows × ${count(suite.features)} features, ${count(passes)} variants`;
    const reference = sklearnReference(runs, input.cores);
    const sklearnTime = reference === undefined ? NaN : seconds(reference.runs);
    const sklearnName = (jobs: string): string =>
      `scikit-learn ${input.sklearn} \`permutation_importance\`, ${jobs}${reference?.label === jobs ? ' (reference)³' : ''}`;
    const tools: [string, ProcessRun[] | undefined][] = [
      ['ablation-ci (`node dist/cli.js run`)', runs.ablation],
      ...(key === 'wide'
        ? ([
            ['ablation-ci, ONNX model on onnxruntime-node⁴', runs.onnx['onnxruntime-node']],
            ['ablation-ci, ONNX model on onnxruntime-web (bundled)⁴', runs.onnx['onnxruntime-web']],
          ] as [string, ProcessRun[]][])
        : []),
      [`TF.js loop, batch = ${count(suite.rows)}`, runs.loopN],
      [`TF.js loop, default batch (32)¹`, runs.loop32],
      ...(key !== 'wide'
        ? ([['scikit-learn: — (a conv net)', undefined]] as [string, undefined][])
        : input.sklearn === undefined
          ? ([['scikit-learn: not installed', undefined]] as [string, undefined][])
          : ([
              [sklearnName('n_jobs=1'), runs.sklearn1],
              [sklearnName(`n_jobs=${input.cores}`), runs.sklearn],
            ] as [string, ProcessRun[]][])),
    ];
    for (const [tool, toolRuns] of tools) {
      const found = toolRuns !== undefined && toolRuns.length > 0;
      const t = found ? seconds(toolRuns) : NaN;
      const onnx = key === 'wide' && Object.values(runs.onnx).includes(toolRuns!);
      rows.push([
        key === 'wide' ? 'wide MLP 100-128-128-2' : 'digits conv net',
        work,
        tool,
        found ? time(t) : '—',
        !found || toolRuns === runs.ablation || onnx ? '—' : `${ratio(ours / t)}`,
        found && Number.isFinite(sklearnTime) ? ratio(t / sklearnTime) : '—',
        found ? rss(toolRuns) : '—',
      ]);
    }
  }
  const main = markdownTable(
    [
      { header: 'suite' },
      { header: 'work' },
      { header: 'tool' },
      { header: `time, median of ${input.runs}`, align: 'right' },
      { header: 'ablation-ci / tool', align: 'right' },
      { header: 'tool / scikit-learn³', align: 'right' },
      { header: 'peak RSS', align: 'right' },
    ],
    rows,
  );

  const achieved = (key: 'wide' | 'digits') =>
    input.flops[key] / seconds(measured[key].ablation) / 1e9;
  const facts = markdownTable(
    [
      { header: 'measure' },
      { header: 'wide', align: 'right' },
      { header: 'digits', align: 'right' },
    ],
    [
      [
        'importances: correlation of ablation-ci with the loop (target ≥ 0.9)',
        input.importances.wide.loop.toFixed(3),
        input.importances.digits.loop.toFixed(3),
      ],
      [
        'importances: correlation of ablation-ci with scikit-learn',
        input.importances.wide.sklearn?.toFixed(3) ?? '—',
        '—',
      ],
      [
        'dense floating-point work of its plan², GFLOP',
        gflop(input.flops.wide),
        gflop(input.flops.digits),
      ],
      [
        'achieved by ablation-ci, whole process, GFLOP/s',
        rate(achieved('wide')),
        rate(achieved('digits')),
      ],
      [
        `wasm matrix product in the bench's process, GFLOP/s`,
        rate(input.matmul),
        rate(input.matmul),
      ],
      [
        'achieved / matrix product',
        percent(achieved('wide') / input.matmul),
        percent(achieved('digits') / input.matmul),
      ],
    ],
  );

  const { image, imageLarge } = input;
  const imageTable = [image, imageLarge].map((i) => imageTableOf(i, input.cap)).join('\n\n');
  const splitTable = perImageTable(image, imageLarge);

  const base = input.scaling.find((s) => s.rows === 5_000 && s.features === 100);
  const scalingTable = markdownTable(
    [
      { header: 'rows', align: 'right' },
      { header: 'features', align: 'right' },
      { header: 'variants', align: 'right' },
      { header: 'time', align: 'right' },
      { header: 'µs per variant-row', align: 'right' },
      { header: 'peak RSS', align: 'right' },
    ],
    [
      ...(base === undefined
        ? [
            {
              rows: 5_000,
              features: 100,
              run: { ...measured.wide.ablation[0], seconds: seconds(measured.wide.ablation) },
            },
          ]
        : []),
      ...input.scaling,
    ]
      .sort((a, b) => a.features - b.features || a.rows - b.rows)
      .map(({ rows: n, features, run }) => [
        count(n),
        count(features),
        count(3 * features),
        run.stopped ? `> ${input.cap} s` : time(run.seconds),
        run.stopped ? '—' : ((1e6 * run.seconds) / (3 * features * n)).toFixed(2),
        mib(run.rssMiB),
      ]),
  );

  return `# Speed

Made by \`npm run bench\` (\`bench/run.ts\`) on ${input.date}: ${input.machine}.
Wall-clock times of whole processes, medians of ${input.runs} runs interleaved (every tool once, then again);
they vary from run to run and machine to machine: the ratios are what to compare.

${main}

${facts}

${imageTable}

From the two sizes, a straight line through both (seconds = fixed + per image × images):

${splitTable}

Scaling of ablation-ci alone (the wide suite's recipe at other sizes; one run each):

${scalingTable}

- **The wide suite**: ${count(suites.wide.rows)} rows × ${suites.wide.features} standard-normal features;
  an MLP 100-128-128-2 (relu, softmax) with random weights from a fixed seed, saved to disk;
  labels are its own predictions with 10% flipped; every feature permuted 3 times (300 variants);
  accuracy; 1,000 bootstrap resamples (ablation-ci's intervals; the references compute none).
- **The digits suite**: the feature ablations of \`examples/digits\` — every pixel permuted 5
  times and zeroed, the four pixel groups likewise — on its conv net and 599 eval images
  (the layer ablations are left out: a loop cannot do them the same way).
- **ablation-ci**: \`node dist/cli.js run --config … --backend wasm\`, from process start to
  exit. **TF.js loop**: \`bench/speed/loop.ts\` as its own process on the same wasm backend —
  per variant and repeat, copy the inputs, permute or zero the columns, \`model.predict\`,
  accuracy. ¹The default-batch loop runs the first ${input.timed.wide} (wide) and
  ${input.timed.digits} (digits) variants; the time of its loop is extrapolated to all of them.
  **scikit-learn**: \`bench/speed/sklearn_wide.py\` under \`/usr/bin/python3\`, an
  \`MLPClassifier\` holding the same weights (the two softmax outputs as one logistic output
  of their difference: the same arg-max), \`permutation_importance(n_repeats=3)\`.
- ³**The scikit-learn reference** of every ratio to scikit-learn: the faster of its two runs,
  n_jobs=1 and n_jobs=${input.cores} (joblib's worker processes can cost more than they save on
  ${input.cores} cores), timed like every row as a whole process from spawn to exit — Python's
  start-up and imports included, as Node's are in ablation-ci's rows.
- ⁴**The ONNX rows**: the wide suite's model written as ONNX with the same weights (MatMul,
  Add, Relu, Softmax; \`bench/onnx.ts\`), \`node dist/cli.js run --backend onnxruntime-node\`
  (native, installed here) and \`--backend onnxruntime-web\` (the bundled WebAssembly runtime,
  one thread); details and the threads-or-workers comparison in \`bench/results/onnx.md\`.
- ²**Dense floating-point work of its plan**: for the wide suite, one baseline pass; per
  feature, one product \`(mask ⊙ w) · W2\` over all rows (n × 128 × 128 multiply-adds) that
  its 3 repeats share; per variant and row, the first layer's side test, the second layer's
  update and the output layer (128 + 128 + 256 multiply-adds); the few first-layer units
  per row whose ReLU changes side (128 each) are not counted. A straightforward rank-one
  plan (the first layer updated, both layers above in full) needs
  ${gflop(input.flops.wideRankOne)} GFLOP; the loop ${gflop(input.flops.wideLoop)}. For digits, every pass in full. "Achieved" divides
  the work by ablation-ci's whole-process time on all cores, start-up, statistics and all;
  the matrix product is one thread's.
- **The image suite**: ${count(image.features)} pixel features (224 × 224 × 3); a conv net
  of three stride-2 3 × 3 convolutions (8, 16, 32 filters), global average pooling and a
  2-way softmax with random weights; ${image.rows} random images labelled by it (and
  ${imageLarge.rows}: the same model, the first ${image.rows} images the same); ${image.groups}
  pixel groups (the image's horizontal bands, all channels) each permuted 3 times, written as
  one index range each (\`p[A:B]\`); no layer or single-pixel ablations. "Forward passes alone"
  times \`predict\` (TF.js) or \`session.run\` (ONNX) over all rows, 48 at a time, in the bench's process, once
  per pass the run needs. The ONNX columns run the same model and weights written as ONNX
  (\`bench/speed/image-onnx.ts\`: an NHWC input, one Transpose, then Conv, Relu,
  GlobalAveragePool, MatMul, Softmax, with PyTorch-style node names); their CPU time is the
  process's (user + system) against the passes' own, onnxruntime-node's intra-op threads included.
  Processes are stopped after ${input.cap} s.
- Peak RSS from \`/usr/bin/time -v\`; the loop's default-batch figure is of its shortened run.
`;
}

function time(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  return seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(1)} s`;
}

function ratio(value: number): string {
  return value < 0.1 ? `${value.toFixed(3)}×` : `${value.toFixed(2)}×`;
}

function mib(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value)} MiB` : '—';
}

function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function gflop(value: number): string {
  return (value / 1e9).toFixed(1);
}

function rate(value: number): string {
  return value.toFixed(1);
}

/** The image suite's table at one size: validate, run, peak RSS, the passes alone, the ratios. */
function imageTableOf(image: ImageBench, cap: number): string {
  const capped = (run: ProcessRun): string =>
    run.stopped ? `> ${cap} s (stopped)` : time(run.seconds);
  const perRun = (run: ProcessRun, forward: number): string =>
    run.stopped ? `> ${ratio(cap / forward)}` : ratio(run.seconds / forward);
  const onnx = (['onnxruntime-node', 'onnxruntime-web'] as const).map((r) => image.onnx[r]);
  return markdownTable(
    [
      { header: `image suite, ${image.rows} images` },
      { header: 'TF.js wasm', align: 'right' },
      { header: 'ONNX, onnxruntime-node', align: 'right' },
      { header: 'ONNX, onnxruntime-web', align: 'right' },
    ],
    [
      [
        '`ablation-ci validate` (target < 10 s)',
        capped(image.validate),
        ...onnx.map((o) => capped(o.validate)),
      ],
      ['`ablation-ci run`', capped(image.run), ...onnx.map((o) => capped(o.run))],
      ['`run`, peak RSS', mib(image.run.rssMiB), ...onnx.map((o) => mib(o.run.rssMiB))],
      [
        `its ${1 + image.variants} forward passes alone (batches of ${Math.min(image.rows, PREDICT_ROWS)})`,
        time(image.forward),
        ...onnx.map((o) => time(o.forward.seconds)),
      ],
      [
        'run / forward passes, wall time (target ≤ 2×)',
        perRun(image.run, image.forward),
        ...onnx.map((o) => perRun(o.run, o.forward.seconds)),
      ],
      [
        'run / forward passes, CPU time',
        '—',
        ...onnx.map((o) => ratio(o.run.cpuSeconds / o.forward.cpuSeconds)),
      ],
    ],
  );
}

/** Fixed seconds and milliseconds per image of `run` and of its passes, from the two sizes. */
function perImageTable(small: ImageBench, large: ImageBench): string {
  const images = large.rows - small.rows;
  const split = (a: number, b: number): [string, string] => {
    const perImage = (b - a) / images;
    return [time(a - small.rows * perImage), `${(perImage * 1000).toFixed(1)} ms`];
  };
  const columns = [
    { run: small.run, large: large.run, forward: small.forward, largeForward: large.forward },
    ...(['onnxruntime-node', 'onnxruntime-web'] as const).map((r) => ({
      run: small.onnx[r].run,
      large: large.onnx[r].run,
      forward: small.onnx[r].forward.seconds,
      largeForward: large.onnx[r].forward.seconds,
    })),
  ];
  const runs = columns.map((c) =>
    c.run.stopped || c.large.stopped
      ? (['—', '—'] as const)
      : split(c.run.seconds, c.large.seconds),
  );
  const passes = columns.map((c) => split(c.forward, c.largeForward));
  return markdownTable(
    [
      { header: `image suite, from ${small.rows} and ${large.rows} images` },
      { header: 'TF.js wasm', align: 'right' },
      { header: 'ONNX, onnxruntime-node', align: 'right' },
      { header: 'ONNX, onnxruntime-web', align: 'right' },
    ],
    [
      ['`run`, fixed', ...runs.map((r) => r[0])],
      ['`run`, per image', ...runs.map((r) => r[1])],
      ['forward passes alone, per image', ...passes.map((p) => p[1])],
    ],
  );
}
