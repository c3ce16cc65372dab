import { InputError } from '../errors.js';
import { keyPath, type KeySegment } from '../config/key-path.js';
import type { RawConfig } from '../config/raw.js';
import type { RetrainVariant, Scalar, TrainConfig } from '../config/types.js';

/** K when `train.seeds` is not given. */
export const DEFAULT_SEEDS = 3;
/** `train.time-limit` when not given: one minute per training run. */
export const DEFAULT_TIME_LIMIT_MS = 60_000;
/** `train.cache` when not given, relative to the config's folder. */
export const DEFAULT_CACHE = '.ablation-ci-cache';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `"90s"`, `"2m"`, `"500ms"` or a number of seconds, in milliseconds (the schema checked the form). */
export function parseDuration(value: string | number): number {
  if (typeof value === 'number') return value * 1000;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/.exec(value) as RegExpExecArray;
  return Number(match[1]) * UNIT_MS[match[2]];
}

/** The resolved paths of the `train` section (load.ts resolves them against the config's folder). */
export interface TrainPaths {
  module?: string;
  cache: string;
}

/**
 * The typed `train` section and the retrain variants of a document that
 * passed the schema, with the rules a schema cannot say: exactly one of
 * `module` and `command`, `inputs` only for a command, variants only with
 * `train`, a variant that switches something off.
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
  if (raw.data.train === undefined) {
    fail('retrain ablations need data.train (the training data)', 'train');
  }
  const train: TrainConfig = {
    inputs: t.inputs ?? [],
    seeds: t.seeds ?? DEFAULT_SEEDS,
    timeLimitMs:
      t['time-limit'] === undefined ? DEFAULT_TIME_LIMIT_MS : parseDuration(t['time-limit']),
    cache: (paths as TrainPaths).cache,
  };
  if (t.module !== undefined) train.module = (paths as TrainPaths).module;
  if (t.command !== undefined) train.command = t.command;
  if (t.env !== undefined) train.env = t.env;

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
