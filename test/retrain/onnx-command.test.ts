import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import type { Results } from '../../src/results/types.js';
import { resultsProblem } from '../../src/results/validate.js';
import { makeRepo, type TempRepo } from '../config/repo.js';
import { captureStream } from '../helpers/streams.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(HERE, '..', '..');
const CSV = readFileSync(path.join(ROOT, 'test', 'fixtures', 'data', 'breast_cancer.csv'), 'utf8')
  .trim()
  .split('\n');
/** The training command: Node running the fixture through tsx, from wherever the test repo is. */
const TRAIN = [
  JSON.stringify(process.execPath),
  '--import',
  pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href,
  JSON.stringify(path.join(HERE, 'fixtures', 'onnx-command', 'train.ts')),
].join(' ');

const FILES = {
  'data/train.csv': [CSV[0], ...CSV.slice(1, 201)].join('\n') + '\n',
  'data/eval.csv': [CSV[0], ...CSV.slice(201, 301)].join('\n') + '\n',
  'train.stamp': 'the training code, for the cache key\n',
};

interface Options {
  writes?: 'model' | 'predictions';
  variants?: string;
  seeds?: number;
  extra?: string;
}

function config({
  writes = 'model',
  variants = '    no-size: {drop-features: [mean_radius, worst_area]}\n    no-texture: {drop-features: [mean_texture]}',
  seeds = 2,
  extra = '',
}: Options = {}): string {
  return `suite: onnx-command
data:
  eval: data/eval.csv
  train: data/train.csv
  label: diagnosis
  features: [mean_radius, mean_texture, worst_area, worst_concave_points]
  classes: [benign, malignant]
metrics: [accuracy, log_loss]
resamples: 200
${extra}train:
  command: '${TRAIN} ${writes}'
  writes: ${writes}
  inputs: [train.stamp]
  seeds: ${seeds}
  time-limit: 60s
ablations:
  retrain:
${variants}
tests:
  - name: malignant-recall
    class: malignant
    metric: recall
    threshold: 0.5
`;
}

async function run(
  repo: TempRepo,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await cli(argv, {
    cwd: repo.dir,
    env: {},
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function read(repo: TempRepo, file: string): Results {
  return JSON.parse(readFileSync(path.join(repo.dir, file), 'utf8')) as Results;
}

/** The training runs since the log was last cleared, as "variant seed", sorted. */
function trained(repo: TempRepo): string[] {
  const file = path.join(repo.dir, 'calls.log');
  const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [];
  writeFileSync(file, '');
  return lines
    .filter((line) => line !== '')
    .map((line) => line.split(' ').slice(0, 2).join(' '))
    .sort();
}

/**
 * The document with what differs between the two ways of writing the same models blanked:
 * timing, the config's hash, what ran the predictions, and the training runs' times. With
 * `cached`, also each run's `cached` flag (a shard finds in the cache what another trained).
 */
function normalised(results: Results, cached = false): Record<string, unknown> {
  const blank = (r: { ms: number; trainMs: number | null; cached: boolean }): unknown => ({
    ...r,
    ms: 0,
    trainMs: r.trainMs === null ? null : 0,
    ...(cached ? { cached: false } : {}),
  });
  const run: Partial<Results['run']> = { ...results.run };
  delete run.backend;
  delete run.runtime;
  delete run.predictionsFrom;
  return {
    ...results,
    source: { ...results.source, configHash: null },
    run: { ...run, shard: null },
    timing: null,
    components: results.components.map((c) =>
      c.retrain === undefined
        ? c
        : { ...c, retrain: { ...c.retrain, runs: c.retrain.runs.map(blank) } },
    ),
    retrain: {
      ...results.retrain!,
      baseline: { ...results.retrain!.baseline, runs: results.retrain!.baseline.runs.map(blank) },
    },
  };
}

describe('a command suite that writes ONNX models (train.writes: model)', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo(FILES);
  });
  afterAll(() => repo.remove());

  it('scores the models exactly as the same models’ predictions written by the command', async () => {
    repo.write('ablation.yml', config({ writes: 'model' }));
    const models = await run(repo, 'run', '--out', 'models.json', '--report', 'report.md');
    expect(models.stderr).not.toMatch(/error|warning/i);
    expect(models.code).toBe(0);
    expect(trained(repo)).toEqual([
      'baseline 42',
      'baseline 43',
      'no-size 42',
      'no-size 43',
      'no-texture 42',
      'no-texture 43',
    ]);
    const fromModels = read(repo, 'models.json');
    expect(resultsProblem(fromModels)).toBeUndefined();
    expect(fromModels.run.backend).toBe('onnxruntime-node');
    expect(fromModels.run.runtime?.name).toBe('onnxruntime-node');
    expect(fromModels.run.runtime?.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(fromModels.run.predictionsFrom).toBeUndefined();
    expect(readFileSync(path.join(repo.dir, 'report.md'), 'utf8')).toMatch(
      /onnxruntime-node \d+\.\d+\.\d+/,
    );
    // The models were trained for real: they separate the classes, and differ by seed.
    const base = fromModels.retrain!.baseline.runs;
    expect(base[0].metrics.accuracy).toBeGreaterThan(0.8);
    expect(base[0].metrics.log_loss).not.toBe(base[1].metrics.log_loss);

    repo.write('ablation.yml', config({ writes: 'predictions' }));
    const predictions = await run(repo, 'run', '--out', 'predictions.json');
    expect(predictions.code).toBe(0);
    // Another cache key: a command writing predictions is not served a model's entries.
    expect(trained(repo)).toHaveLength(6);
    const fromPredictions = read(repo, 'predictions.json');
    expect(fromPredictions.run.predictionsFrom).toBe('train.command');
    // Without model, the baseline's seed-42 ONNX model is the model evaluated, as any ONNX model:
    // its layers (the exporter's scopes /scaler and /fc) and features, then the retrain variants; the
    // predictions written by the command give the same baseline, tests and variants.
    const { components: own, source: modelSource, ...rest } = normalised(fromModels);
    const { components, source, ...same } = normalised(fromPredictions);
    expect(rest).toEqual(same);
    expect((own as Results['components']).map((c) => c.id)).toEqual([
      'layer:scaler:zero',
      'layer:scaler:reinit',
      'layer:fc:zero',
      'layer:fc:reinit',
      'feature:mean_radius:permute',
      'feature:mean_texture:permute',
      'feature:worst_area:permute',
      'feature:worst_concave_points:permute',
      'retrain:no-size:retrain',
      'retrain:no-texture:retrain',
    ]);
    expect((own as Results['components']).slice(8)).toEqual(components);
    const modelHash = (modelSource as Results['source']).modelHash;
    expect(modelHash).toMatch(/^sha256:/);
    expect(modelSource).toEqual({ ...(source as Results['source']), modelHash });
  });

  it('serves a rerun from the cache (the models’ predictions), trains again with --no-cache', async () => {
    repo.write('ablation.yml', config({ writes: 'model' }));
    const again = await run(repo, 'run', '--out', 'again.json');
    expect(again.code).toBe(0);
    expect(trained(repo)).toEqual([]);
    const cached = read(repo, 'again.json');
    expect(cached.retrain!.baseline.runs.map((r) => r.cached)).toEqual([true, true]);
    expect(normalised(cached, true)).toEqual(normalised(read(repo, 'models.json'), true));

    const fresh = await run(repo, 'run', '--no-cache', '--out', 'fresh.json');
    expect(fresh.code).toBe(0);
    expect(trained(repo)).toHaveLength(6);
    expect(normalised(read(repo, 'fresh.json'))).toEqual(normalised(read(repo, 'models.json')));

    // The runtime's name is in the key: the WebAssembly runtime's outputs are its own.
    const web = await run(repo, 'run', '--backend', 'onnxruntime-web', '--out', 'web.json');
    expect(web.code).toBe(0);
    expect(trained(repo)).toHaveLength(6);
    expect(read(repo, 'web.json').run.runtime?.name).toBe('onnxruntime-web');
  });

  it('keys a written model apart from the same command’s predictions (its backend is the runtime)', async () => {
    // The same command line, told by train.writes alone what to write.
    const bare = (writes: 'model' | 'predictions'): string =>
      config({ writes }).replace(`${TRAIN} ${writes}`, TRAIN);
    repo.write('ablation.yml', bare('model'));
    expect((await run(repo, 'run', '--out', 'bare-model.json')).code).toBe(0);
    expect(trained(repo)).toHaveLength(6);
    repo.write('ablation.yml', bare('predictions'));
    expect((await run(repo, 'run', '--out', 'bare-predictions.json')).code).toBe(0);
    expect(trained(repo)).toHaveLength(6);
    expect(read(repo, 'bare-predictions.json').run.predictionsFrom).toBe('train.command');
  });

  it('shards train the baseline and their own variants; merged, they equal the single run', async () => {
    repo.write('ablation.yml', config({ writes: 'model' }));
    const one = await run(repo, 'run', '--shard', '1/2', '--no-cache', '--out', '1.json');
    expect(one.code).toBe(0);
    expect(trained(repo)).toEqual(['baseline 42', 'baseline 43', 'no-size 42', 'no-size 43']);
    const two = await run(repo, 'run', '--shard', '2/2', '--no-cache', '--out', '2.json');
    expect(two.code).toBe(0);
    expect(trained(repo)).toEqual(['baseline 42', 'baseline 43', 'no-texture 42', 'no-texture 43']);
    const merged = await run(repo, 'merge', '1.json', '2.json', '--out', 'merged.json');
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    expect(normalised(read(repo, 'merged.json'), true)).toEqual(
      normalised(read(repo, 'models.json'), true),
    );
  });

  it('validate names the runtime the models will run on, and trains nothing', async () => {
    repo.write('ablation.yml', config({ writes: 'model' }));
    const { code, stdout } = await run(repo, 'validate');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /2 retrain variants × 2 seeds by `.*train\.ts.? model`, each writing an ONNX model run on onnxruntime-node \d+\.\d+\.\d+, 1 model unit tests/,
    );
    expect(trained(repo)).toEqual([]);
  });
});

describe('an ONNX model: with retrain ablations by a command that writes ONNX models', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo(FILES);
  });
  afterAll(() => repo.remove());

  it('evaluates the model’s features and scores the retrained models, as without it', async () => {
    const keep = config().replace(`${TRAIN} model`, `${TRAIN} model keep`);
    repo.write('ablation.yml', keep);
    expect((await run(repo, 'run', '--out', 'alone.json')).code).toBe(0);
    expect(trained(repo)).toHaveLength(6);
    // The model is the baseline the command trained with seed 42.
    const withModel = `model: baseline-42.onnx\n${keep.replace('ablations:\n', 'ablations:\n  features: all\n')}`;
    repo.write('ablation.yml', withModel);
    const { code, stderr } = await run(repo, 'run', '--out', 'both.json');
    expect(stderr).not.toMatch(/error|warning/i);
    expect(code).toBe(0);
    expect(trained(repo)).toEqual([]);
    const [alone, both] = [read(repo, 'alone.json'), read(repo, 'both.json')];
    expect(resultsProblem(both)).toBeUndefined();
    expect(both.run.backend).toBe('onnxruntime-node');
    // Its layers (the exporter's scopes /scaler and /fc) and features, then the variants.
    expect(both.components.map((c) => c.id)).toEqual([
      'layer:scaler:zero',
      'layer:scaler:reinit',
      'layer:fc:zero',
      'layer:fc:reinit',
      'feature:mean_radius:permute',
      'feature:mean_texture:permute',
      'feature:worst_area:permute',
      'feature:worst_concave_points:permute',
      'retrain:no-size:retrain',
      'retrain:no-texture:retrain',
    ]);
    // The model's baseline is the retrained seed-42 baseline's: the same predictions, run alike.
    expect(both.baseline).toEqual(alone.baseline);
    expect(both.predictions).toEqual(alone.predictions);
    expect(normalised(both, true).retrain).toEqual(normalised(alone, true).retrain);
    // Alone, the same model is evaluated alike (the retrained seed-42 baseline, kept).
    expect(normalised(both, true).components).toEqual(normalised(alone, true).components);
  });
});

describe('a command that writes its weights beside the model (as model.onnx.data)', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo(FILES);
  });
  afterAll(() => repo.remove());

  it('gives the results of the same models written whole; the kept baseline holds its weights', async () => {
    repo.write('ablation.yml', config({ writes: 'model' }));
    const whole = await run(repo, 'run', '--out', 'whole.json');
    expect(whole.code).toBe(0);
    const external = config({ writes: 'model' }).replace(
      `${TRAIN} model`,
      `${TRAIN} model external`,
    );
    repo.write('ablation.yml', external);
    const split = await run(repo, 'run', '--out', 'split.json');
    expect(split.stderr).not.toMatch(/error|warning/i);
    expect(split.code).toBe(0);
    expect(trained(repo)).toHaveLength(12);
    // The kept baseline model (in the cache) is evaluated after its work folder is gone: its
    // layers and features read the weights it was written with.
    // The model hashes differ: the kept model is the one read with its weights, re-encoded.
    const withoutSource = (file: string) => ({ ...normalised(read(repo, file)), source: null });
    expect(withoutSource('split.json')).toEqual(withoutSource('whole.json'));
    expect(read(repo, 'split.json').components.map((c) => c.id)).toContain('layer:fc:zero');
  });
});

describe('a model the command wrote that ablation-ci cannot run', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo(FILES);
  });
  afterAll(() => repo.remove());

  const file = String.raw`model file \.ablation-ci-cache/work/broken-seed-42-\w+/model\.onnx`;
  const cases: [string, string, RegExp][] = [
    [
      'zipmap',
      '',
      new RegExp(
        `${file}: output "output_probability" is a scikit-learn ZipMap \\(a list of dicts\\); export with zipmap=False$`,
      ),
    ],
    [
      'inputs',
      '',
      new RegExp(
        `${file}: the model has 2 inputs \\("input", "mask"\\); ablation-ci feeds one input tensor`,
      ),
    ],
    [
      'dynamic',
      '',
      new RegExp(
        `${file}: input "input" has "features" at axis 1; export it with a fixed size there`,
      ),
    ],
    [
      'op',
      '',
      new RegExp(`${file}: .*NoSuchOp.*(does not implement|not one ONNX Runtime implements)`),
    ],
    [
      'outputs',
      '',
      new RegExp(
        `${file}: the model has 2 outputs \\("probability", "logits"\\); choose one with output: NAME in ablation\\.yml$`,
      ),
    ],
    [
      'outputs',
      'output: nope\n',
      new RegExp(`${file}: the model has no output "nope" \\(it has "probability", "logits"\\)$`),
    ],
    [
      'logits',
      '',
      new RegExp(
        `${file}: output "logits" holds -?[\\d.e-]+ at row \\d+, so it does not hold probabilities; if it holds logits, say output: \\{name: logits, as: logits\\}$`,
      ),
    ],
    [
      'nan',
      '',
      new RegExp(
        `${file}: the model.s output for row 1 of the eval data is NaN; training must give finite outputs \\(did it diverge\\?\\)$`,
      ),
    ],
    [
      'width',
      '',
      new RegExp(
        `${file}: the model takes 5 values per example \\(input shape \\[5\\]\\) but the command was given 4 features`,
      ),
    ],
    [
      'outside',
      '',
      new RegExp(
        `${file}: initializer "scaler\\.mean" reads "\\.\\./weights\\.data", outside the model's folder; keep external data beside the model$`,
      ),
    ],
    ['garbage', '', new RegExp(`${file}: not an ONNX model \\(`)],
    [
      'nothing',
      '',
      /the command wrote no model file \.ablation-ci-cache\/work\/broken-seed-42-\w+\/model\.onnx$/,
    ],
    [
      'exit',
      '',
      /the command exited with code 3 \(out of memory \(pretend\)\); model file .* not read$/,
    ],
  ];

  it.each(cases)(
    'break: %s %s → one line naming the variant, seed and file; exit 2',
    async (kind, extra, line) => {
      rmSync(path.join(repo.dir, 'out.json'), { force: true });
      repo.write(
        'ablation.yml',
        config({ seeds: 1, variants: `    broken: {break: ${kind}}`, extra }),
      );
      const { code, stdout, stderr } = await run(repo, 'run', '--out', 'out.json');
      const lines = stderr.split('\n').filter((l) => l.startsWith('error') || l.includes('broken'));
      expect(code).toBe(2);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^ablation-ci: error: ablation\.yml:\d+: ablations\.retrain\.broken: retrain broken, seed 42: /,
      );
      expect(lines[0]).toMatch(line);
      expect(stdout).toBe('');
      expect(existsSync(path.join(repo.dir, 'out.json'))).toBe(false);
    },
  );
});

describe('train.writes in the config', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo({ ...FILES, 'models/m/model.json': '{}', 'train.ts': '', 'm.onnx': '' });
  });
  afterAll(() => repo.remove());

  const cases: [string, string, string][] = [
    [
      'writes with a module',
      config()
        .replace(/ {2}command: .*\n/, '  module: train.ts\n')
        .replace('  inputs: [train.stamp]\n', ''),
      'ablation.yml:12: train.writes: writes applies to a command; a module returns its trained TF.js model',
    ],
    [
      'a written model and data.scaling',
      config().replace(
        '  classes:',
        '  scaling: {center: {mean_radius: 14}, scale: {mean_radius: 3.5}}\n  classes:',
      ),
      'ablation.yml:7: data.scaling: a model written by train.command (train.writes: model) is run on the raw values the command was given; put the scaling into the exported model',
    ],
    [
      'a written model beside a TF.js model',
      `model: models/m/model.json\n${config()}`,
      'ablation.yml:13: train.writes: the command writes ONNX models, so model must be an ONNX model (*.onnx) or absent, not "models/m/model.json"',
    ],
    [
      'a training module for an ONNX model',
      `model: m.onnx\n${config()
        .replace(/ {2}command: .*\n/, '  module: train.ts\n')
        .replace(/ {2}(inputs|writes): .*\n/g, '')}`,
      'ablation.yml:12: train.module: a training module returns a TF.js model; to retrain an ONNX model give train.command (with train.writes: model it writes ONNX models)',
    ],
    [
      'an unknown value',
      config().replace('  writes: model', '  writes: weights'),
      'ablation.yml:12: train.writes: expected one of predictions | model, got "weights"',
    ],
  ];
  it.each(cases)('%s: one line, exit 2', async (_, text, line) => {
    repo.write('ablation.yml', text);
    const { code, stdout, stderr } = await run(repo, 'validate');
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `ablation-ci: error: ${line}\n`,
    });
  });
});
