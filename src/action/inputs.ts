import { BACKEND_CHOICES, type BackendChoice } from '../backend/resolve.js';
import { GATE_CONDITIONS, type GateCondition } from '../config/types.js';
import { InputError } from '../errors.js';
import { parseDuration } from '../config/duration.js';
import { parseShard, type Shard } from '../shard/plan.js';

export const MODES = ['auto', 'run', 'compute', 'report', 'merge'] as const;
export const COMMENT_POLICIES = ['always', 'on-change', 'on-failure', 'never'] as const;

export type Mode = (typeof MODES)[number];
export type CommentPolicy = (typeof COMMENT_POLICIES)[number];

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
  /** Where the dashboard is published (`dashboard-url`); the report links to it. */
  dashboardUrl?: string;
}

/** A plain positive decimal integer: no sign, exponent, hex prefix, fraction or leading zero. */
const POSITIVE_INTEGER = /^[1-9][0-9]{0,8}$/;

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
  const retentionText = text('retention', '200');
  if (!POSITIVE_INTEGER.test(retentionText)) {
    throw new InputError(
      `expected a whole number of runs from 1 to 999999999, in decimal digits, got "${retentionText}"`,
      { where: 'input retention' },
    );
  }
  const baselineBranch = optional('baseline-branch');
  const resultsBranch = text('results-branch', 'ablation-ci-data');
  if (baselineBranch !== undefined) checkResultsBranch(resultsBranch, baselineBranch, 'baseline');
  const failOn = readFailOn(optional('fail-on'));
  const shardText = optional('shard');
  const shard = shardText === undefined ? undefined : parseShard(shardText, 'input shard');
  const timeLimitText = optional('time-limit');
  const timeLimit =
    timeLimitText === undefined
      ? undefined
      : parseDuration(timeLimitText, { where: 'input time-limit' });
  const dashboardUrl = readDashboardUrl(optional('dashboard-url'));
  return {
    config: text('config', 'ablation.yml'),
    token: get('github-token').trim(),
    mode: oneOf('mode', MODES, 'auto'),
    baselineBranch,
    resultsBranch,
    baselineFile: optional('baseline-file'),
    comment: oneOf('comment', COMMENT_POLICIES, 'always'),
    ...(failOn === undefined ? {} : { failOn }),
    backend: oneOf('backend', BACKEND_CHOICES, 'auto'),
    artifactPath: text('artifact-path', 'ablation-ci-artifact'),
    retention: Number(retentionText),
    ...(shard === undefined ? {} : { shard }),
    ...(timeLimit === undefined ? {} : { timeLimit }),
    ...(dashboardUrl === undefined ? {} : { dashboardUrl }),
  };
}

/** An http(s) URL with nothing that could end a markdown link: it goes into the report as is. */
function readDashboardUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^\s()<>[\]"'`\\]+$/.test(value)) {
    throw new InputError(
      `expected an http(s) URL without spaces, quotes or brackets, got "${value}"`,
      {
        where: 'input dashboard-url',
      },
    );
  }
  return value;
}

/**
 * Throws unless the results branch differs from `branch` (the baseline branch
 * or the repository's default branch): the store commits results files onto
 * it, which must never land on a branch that holds the code.
 */
export function checkResultsBranch(
  resultsBranch: string,
  branch: string,
  which: 'baseline' | 'default',
): void {
  const name = (ref: string): string => ref.replace(/^refs\/heads\//, '');
  if (name(resultsBranch) === name(branch)) {
    throw new InputError(
      `"${resultsBranch}" is the ${which} branch; the results need a branch of their own (default ablation-ci-data)`,
      { where: 'input results-branch' },
    );
  }
}

function readFailOn(value: string | undefined): GateCondition[] | undefined {
  if (value === undefined) return undefined;
  if (value === 'none' || value === '[]') return [];
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((condition) => {
      if (!GATE_CONDITIONS.includes(condition as GateCondition)) {
        throw new InputError(
          `expected a list of ${GATE_CONDITIONS.join(', ')} (or none), got "${condition}"`,
          { where: 'input fail-on' },
        );
      }
      return condition as GateCondition;
    });
}
