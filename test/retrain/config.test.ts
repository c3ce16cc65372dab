import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { DUMMY_FILES, makeRepo, type TempRepo } from '../config/repo.js';

const FILES = {
  ...DUMMY_FILES,
  'data/train.csv': 'age,income,debt,sex,default\n70,1,2,F,yes\n',
  'train.ts': 'export function train() {}\n',
};

const BASE = `suite: s
data:
  eval: data/eval.csv
  train: data/train.csv
  label: default
`;

let repo: TempRepo;
beforeAll(() => (repo = makeRepo(FILES)));
afterAll(() => repo.remove());

async function load(yaml: string): Promise<Awaited<ReturnType<typeof loadConfig>>> {
  repo.write('ablation.yml', yaml);
  return loadConfig('ablation.yml', { cwd: repo.dir });
}

describe('the train section and retrain ablations', () => {
  it('reads a module suite with its variants, in document order, and the defaults', async () => {
    const config = await load(
      `${BASE}train:\n  module: train.ts\n  time-limit: 90s\nablations:\n  retrain:\n` +
        `    no-dropout: {dropout: false}\n    "7": {layers: 2}\n` +
        `    no-size: {drop-features: [age, income]}\n`,
    );
    expect(config.model).toBeUndefined();
    expect(config.data.train).toBe(`${repo.dir}/data/train.csv`);
    expect(config.train).toEqual({
      module: `${repo.dir}/train.ts`,
      inputs: [],
      seeds: 3,
      timeLimitMs: 90_000,
      cache: `${repo.dir}/.ablation-ci-cache`,
      folder: repo.dir,
    });
    expect(config.ablations.retrain).toEqual([
      { name: 'no-dropout', switches: { dropout: false }, dropFeatures: [] },
      { name: '7', switches: { layers: 2 }, dropFeatures: [] },
      { name: 'no-size', switches: {}, dropFeatures: ['age', 'income'] },
    ]);
  });

  it('reads a command suite', async () => {
    repo.write('train.py', 'print(1)\n');
    repo.write('lib/util/x.py', 'pass\n');
    const config = await load(
      `${BASE}train:\n  command: python3 train.py\n  inputs: ["*.py", "lib/**"]\n  seeds: 5\n  time-limit: 2m\n  cache: ci-cache\n`,
    );
    expect(config.train).toEqual({
      command: 'python3 train.py',
      inputs: ['*.py', 'lib/**'],
      seeds: 5,
      timeLimitMs: 120_000,
      cache: `${repo.dir}/ci-cache`,
      folder: repo.dir,
    });
  });

  const CASES: Record<string, { yaml: string; message: string }> = {
    'both module and command': {
      yaml: `${BASE}train:\n  module: train.ts\n  command: make\n`,
      message:
        'ablation.yml:6: train: expected exactly one of module (a JS/TS file) or command (a command line)',
    },
    'variants without train': {
      yaml: `${BASE}model: models/credit/model.json\nablations:\n  retrain:\n    a: {x: 1}\n`,
      message:
        'ablation.yml:8: ablations.retrain: retrain ablations need a train section (train.module or train.command)',
    },
    'no model and no train': {
      yaml: BASE,
      message: 'ablation.yml: missing required key "model"',
    },
    'a time limit without a unit': {
      yaml: `${BASE}train:\n  module: train.ts\n  time-limit: "60"\n`,
      message:
        'ablation.yml:8: train.time-limit: expected a duration such as 10m, 90s or 1h30m, or a number of seconds, got "60"',
    },
    'a misspelt train key': {
      yaml: `${BASE}train:\n  module: train.ts\n  sedes: 3\n`,
      message: 'ablation.yml:8: train.sedes: unknown key "sedes", did you mean "seeds"?',
    },
    'inputs for a module': {
      yaml: `${BASE}train:\n  module: train.ts\n  inputs: ["*.ts"]\n`,
      message:
        'ablation.yml:8: train.inputs: inputs apply to a command; for a module the files it imports are followed',
    },
    'a module that is not JS or TS': {
      yaml: `${BASE}train:\n  module: train.py\n`,
      message: 'ablation.yml:7: train.module: expected a .ts, .mts, .js, .mjs file, got "train.py"',
    },
    'train without training data': {
      yaml: BASE.replace('  train: data/train.csv\n', '') + 'train:\n  module: train.ts\n',
      message: 'ablation.yml:5: train: retrain ablations need data.train (the training data)',
    },
    'drop-features that is not a list': {
      yaml: `${BASE}train:\n  module: train.ts\nablations:\n  retrain:\n    a: {drop-features: age}\n`,
      message: 'ablation.yml:10: ablations.retrain.a.drop-features: expected a list, got "age"',
    },
    'a switch whose value is a list': {
      yaml: `${BASE}train:\n  module: train.ts\nablations:\n  retrain:\n    a: {layers: [1, 2]}\n`,
      message:
        'ablation.yml:10: ablations.retrain.a.layers: expected a string, a number or true/false, got [1, 2]',
    },
  };

  it.each(Object.entries(CASES))('%s is one clear error', async (_, { yaml, message }) => {
    const error = await load(yaml).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(message);
  });
});
