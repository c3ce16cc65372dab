import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The retrain tests' fixtures folder (training modules, commands). */
export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

const CSV = readFileSync(
  path.join(FIXTURES, '..', '..', 'fixtures', 'data', 'breast_cancer.csv'),
  'utf8',
)
  .trim()
  .split('\n');

/** A small retrain suite's data: 60 breast-cancer rows to train on, the next 40 to evaluate. */
export const SMALL_DATA: Record<string, string> = {
  'data/train.csv': [CSV[0], ...CSV.slice(1, 61)].join('\n') + '\n',
  'data/eval.csv': [CSV[0], ...CSV.slice(61, 101)].join('\n') + '\n',
};

/** The head of a config on {@link SMALL_DATA} (two features, accuracy), up to its `train:` section. */
export function smallSuite(suite: string): string {
  return `suite: ${suite}
data:
  eval: data/eval.csv
  train: data/train.csv
  label: diagnosis
  features: [mean_radius, mean_texture]
  classes: [benign, malignant]
metrics: [accuracy]
resamples: 200
train:
`;
}
