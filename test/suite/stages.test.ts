import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../src/pipeline/engine.js';
import { makeRepo, type TempRepo } from '../config/repo.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CSV = readFileSync(path.join(HERE, '..', 'fixtures', 'data', 'breast_cancer.csv'), 'utf8')
  .trim()
  .split('\n');

/** A module suite without `model` (its retrained baseline is evaluated), with a test on a slice. */
function config(where: string): string {
  return `suite: stages
data:
  eval: data/eval.csv
  train: data/train.csv
  label: diagnosis
  features: [mean_radius, mean_texture]
  classes: [benign, malignant]
metrics: [accuracy]
resamples: 200
train:
  module: train.ts
  seeds: 1
  time-limit: 60s
ablations:
  layers: []
  features: []
  retrain:
    narrow: {hidden: 2}
tests:
  - name: a-slice
    where: ${where}
    metric: accuracy
    threshold: '>= 0.5'
`;
}

describe('the stages of a run', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo({
      'data/train.csv': [CSV[0], ...CSV.slice(1, 61)].join('\n') + '\n',
      'data/eval.csv': [CSV[0], ...CSV.slice(61, 101)].join('\n') + '\n',
    });
    cpSync(path.join(HERE, '..', 'retrain', 'fixtures', 'suite'), repo.dir, { recursive: true });
  });
  afterAll(() => repo.remove());

  // The eval data is prepared once, before the train stage: a config it refutes trains nothing
  // (the retrained baseline's own checks came after training before).
  it.each([
    [
      'a test slice on a column the eval data lacks',
      config('{ no_such_column: { eq: 1 } }'),
      /tests\[0\]\.where/,
    ],
    [
      'a test slice comparing a text column with a number',
      config('{ diagnosis: { gte: 1 } }'),
      /tests\[0\]\.where\.diagnosis/,
    ],
  ])(
    'refuses %s before training anything',
    async (_, text, message) => {
      repo.write('ablation.yml', text);
      await expect(
        runEngine('ablation.yml', {
          cwd: repo.dir,
          backend: 'cpu',
          source: () => Promise.resolve({ commit: null, ref: null }),
        }),
      ).rejects.toThrow(message);
      expect(existsSync(path.join(repo.dir, 'calls.log'))).toBe(false);
    },
    60_000,
  );
});
