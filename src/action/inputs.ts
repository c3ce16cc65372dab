import { BACKEND_CHOICES, type BackendChoice } from '../backend/resolve.js';
import type { GateCondition } from '../config/types.js';
import { InputError } from '../errors.js';
import { parseDuration } from '../config/duration.js';
import { parseShard, type Shard } from '../shard/plan.js';

export type Mode = 'auto' | 'run' | 'compute' | 'report' | 'merge';
export type CommentPolicy = 'always' | 'on-change' | 'on-failure' | 'never';

/** The Action's inputs (action.yml), validated. */
export interface ActionInputs {
  config: string;
  token: string;
  mode: Mode;
  /** Undefined: the repository's default branch. */
  baselineBranch?: string;
  resultsBranch: string;
  baselineFile?: string;
  comment: CommentPolicy;
  /** Overrides the config's `gate.fail-on` when given. */
  failOn?: GateCondition[];
  backend: BackendChoice;
  /** Folder of the fork-safe artifact (`compute` writes it, `report` reads it). */
  artifactPath: string;
  /** Runs kept per suite on the results branch. */
  retention: number;
  /** A matrix job's part of the plan (`shard: I/N`); its results go to `artifactPath`. */
  shard?: Shard;
  /** Replaces the config's `time-limit`, in seconds. */
  timeLimit?: number;
}

const MODES: readonly Mode[] = ['auto', 'run', 'compute', 'report', 'merge'];
const COMMENT: readonly CommentPolicy[] = ['always', 'on-change', 'on-failure', 'never'];
const CONDITIONS: readonly GateCondition[] = ['test-failure', 'regression', 'inconclusive'];

/**
 * Reads and checks every input through `get` (core.getInput in the Action).
 * A bad value is an input error naming the input and what it accepts.
 */
export function readInputs(get: (name: string) => string): ActionInputs {
  const text = (name: string, fallback: string): string => get(name).trim() || fallback;
  const optional = (name: string): string | undefined => get(name).trim() || undefined;
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = text(name, fallback);
    if (!allowed.includes(value as T)) {
      throw new InputError(`must be one of ${allowed.join(', ')}, got "${value}"`, {
        where: `input ${name}`,
      });
    }
    return value as T;
  };
  const failOnText = optional('fail-on');
  const failOn =
    failOnText === undefined
      ? undefined
      : failOnText === 'none' || failOnText === '[]'
        ? []
        : failOnText
            .split(/[\s,]+/)
            .filter(Boolean)
            .map((condition) => {
              if (!CONDITIONS.includes(condition as GateCondition)) {
                throw new InputError(
                  `expected a list of ${CONDITIONS.join(', ')} (or none), got "${condition}"`,
                  { where: 'input fail-on' },
                );
              }
              return condition as GateCondition;
            });
  const retentionText = text('retention', '200');
  const retention = Number(retentionText);
  if (!Number.isInteger(retention) || retention < 1) {
    throw new InputError(`expected a whole number ≥ 1, got "${retentionText}"`, {
      where: 'input retention',
    });
  }
  const token = get('github-token').trim();
  const shardText = optional('shard');
  const shard = shardText === undefined ? undefined : parseShard(shardText, 'input shard');
  const timeLimitText = optional('time-limit');
  const timeLimit =
    timeLimitText === undefined
      ? undefined
      : parseDuration(timeLimitText, { where: 'input time-limit' });
  return {
    config: text('config', 'ablation.yml'),
    token,
    mode: oneOf('mode', MODES, 'auto'),
    baselineBranch: optional('baseline-branch'),
    resultsBranch: text('results-branch', 'ablation-ci-data'),
    baselineFile: optional('baseline-file'),
    comment: oneOf('comment', COMMENT, 'always'),
    ...(failOn === undefined ? {} : { failOn }),
    backend: oneOf('backend', BACKEND_CHOICES, 'auto'),
    artifactPath: text('artifact-path', 'ablation-ci-artifact'),
    retention,
    ...(shard === undefined ? {} : { shard }),
    ...(timeLimit === undefined ? {} : { timeLimit }),
  };
}
