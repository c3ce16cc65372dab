import { InputError } from '../errors.js';
import { DEFAULTS } from './defaults.js';
import { durationIn } from './duration.js';
import { keyPath, type KeySegment } from '../key-path.js';
import type { RawConfig } from './raw.js';
import type { RetrainVariant, Scalar, TrainConfig } from './types.js';

/** The longest `train.time-limit`: Node.js fires a longer timer at once (a 32-bit signed delay). */
export const MAX_TIME_LIMIT_MS = 2 ** 31 - 1;
/** The name the retrained baseline goes by (runs, messages, a command's request): no variant may take it. */
export const BASELINE_NAME = 'baseline';

/** The resolved paths of the `train` section (train-paths.ts resolves them against the config's folder). */
export interface TrainPaths {
  /** The config's folder: where `inputs` are matched from and the command runs. */
  folder: string;
  module?: string;
  cache: string;
}

/**
 * The typed `train` section and the retrain variants of a document that
 * passed the schema, with the rules a schema cannot say: exactly one of
 * `module` and `command`, `inputs` only for a command, variants only with
 * `train`, a variant that switches something off, no variant named
 * `baseline`, a time limit a timer can hold, K distinct seeds, and `writes` only for a
 * command (a written model with no `data.scaling`: it reads the raw values it was trained on).
 */
export function buildRetrain(
  raw: RawConfig,
  paths: TrainPaths | undefined,
  lines: ReadonlyMap<string, number>,
  file: string,
): { train?: TrainConfig; variants: RetrainVariant[] } {
  const fail = (detail: string, ...segments: KeySegment[]): never => {
    const where = keyPath(...segments);
    throw new InputError(detail, { file, where, line: lines.get(where) });
  };
  const rawVariants = raw.ablations?.retrain ?? {};
  const t = raw.train;
  if (t === undefined) {
    const first = Object.keys(rawVariants)[0];
    if (first !== undefined) {
      fail(
        'retrain ablations need a train section (train.module or train.command)',
        'ablations',
        'retrain',
      );
    }
    return { variants: [] };
  }
  if ((t.module === undefined) === (t.command === undefined)) {
    fail('expected exactly one of module (a JS/TS file) or command (a command line)', 'train');
  }
  if (t.module !== undefined && t.inputs !== undefined) {
    fail(
      'inputs apply to a command; for a module the files it imports are followed',
      'train',
      'inputs',
    );
  }
  if (t.module !== undefined && raw.model?.toLowerCase().endsWith('.onnx') === true) {
    fail(
      'a training module returns a TF.js model; to retrain an ONNX model give train.command (with train.writes: model it writes ONNX models)',
      'train',
      'module',
    );
  }
  if (t.module !== undefined && t.writes !== undefined) {
    fail(
      'writes applies to a command; a module returns its trained TF.js model',
      'train',
      'writes',
    );
  }
  const writes = t.writes ?? DEFAULTS.trainWrites;
  if (writes === 'model' && raw.model !== undefined && !raw.model.toLowerCase().endsWith('.onnx')) {
    // The retrained models run on ONNX Runtime: the model evaluated beside them must be one too.
    fail(
      `the command writes ONNX models, so model must be an ONNX model (*.onnx) or absent, not ${JSON.stringify(raw.model)}`,
      'train',
      'writes',
    );
  }
  if (writes === 'model' && raw.data.scaling !== undefined) {
    // The command saw the raw values; scaling its model's inputs would feed it what it never saw.
    fail(
      'a model written by train.command (train.writes: model) is run on the raw values the command was given; put the scaling into the exported model',
      'data',
      'scaling',
    );
  }
  if (raw.data.train === undefined) {
    fail('retrain ablations need data.train (the training data)', 'train');
  }
  // The schema checked the grammar (duration.ts): undefined is not reached.
  const timeLimitMs = durationIn(t['time-limit'] ?? DEFAULTS.trainTimeLimit, 'ms') ?? NaN;
  if (!(timeLimitMs >= 1 && timeLimitMs <= MAX_TIME_LIMIT_MS)) {
    fail(
      `expected a time limit from 1ms to 596h (Node.js cannot time a longer run), got ${JSON.stringify(t['time-limit'])}`,
      'train',
      'time-limit',
    );
  }
  const seeds = t.seeds ?? DEFAULTS.seeds;
  const seed = raw.seed ?? DEFAULTS.seed;
  if (seed + (seeds - 1) > Number.MAX_SAFE_INTEGER) {
    // Past 2^53 the seeds seed + i round onto each other: a run would count twice as two seeds.
    fail(
      `with train.seeds ${seeds}, expected a seed of at most ${Number.MAX_SAFE_INTEGER - (seeds - 1)} (the seeds seed … seed + ${seeds - 1} must be distinct whole numbers), got ${seed}`,
      'seed',
    );
  }
  if (Object.hasOwn(rawVariants, BASELINE_NAME)) {
    fail(
      `"${BASELINE_NAME}" is the retrained baseline's name; give this variant another`,
      'ablations',
      'retrain',
      BASELINE_NAME,
    );
  }
  const train: TrainConfig = {
    folder: (paths as TrainPaths).folder,
    inputs: t.inputs ?? [],
    seeds,
    timeLimitMs,
    cache: (paths as TrainPaths).cache,
  };
  if (t.module !== undefined) train.module = (paths as TrainPaths).module;
  if (t.command !== undefined) train.command = t.command;
  if (t.env !== undefined) train.env = t.env;
  // Absent means predictions: a config that never says `writes` reads as it did before.
  if (writes === 'model') train.writes = writes;

  // Document order (the order of `lines`): a JS object puts integer-like keys first.
  const order = [...lines.keys()];
  const position = (name: string): number => order.indexOf(keyPath('ablations', 'retrain', name));
  const variants = Object.keys(rawVariants)
    .sort((a, b) => position(a) - position(b))
    .map((name): RetrainVariant => {
      const { 'drop-features': drop, ...switches } = rawVariants[name];
      return {
        name,
        switches: switches as Record<string, Scalar>,
        dropFeatures: (drop as string[] | undefined) ?? [],
      };
    });
  return { train, variants };
}
