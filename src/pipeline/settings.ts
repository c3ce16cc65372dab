import type { Config, GateCondition } from '../config/types.js';
import type { Shard } from '../shard/plan.js';

/** What the command line or the Action sets over the config for one run. */
export interface SettingOverrides {
  /** Evaluation threads and training runs at once (`--workers`). */
  workers?: number;
  /** `gate.fail-on` (the Action's `fail-on` input). */
  failOn?: GateCondition[];
  /** `time-limit`, in seconds (the Action's `time-limit` input). */
  timeLimit?: number;
  /** Retrain ablations: false trains every run again (`--no-cache`). Default true. */
  useCache?: boolean;
  /** Evaluate one shard of the plan (`--shard I/N`, the Action's `shard`). */
  shard?: Shard;
}

/**
 * The effective settings of a run, resolved once from the config and the
 * overrides; every stage reads them from here, never from both.
 */
export interface RunSettings {
  /** The gate the results record and the verdict applies. */
  gate: Config['gate'];
  /**
   * Evaluation threads, and training runs at once: the override, else the
   * config's `workers`; undefined lets each stage size itself to the machine.
   */
  workers: number | undefined;
  /** The time limit in seconds, or none. */
  timeLimit: number | undefined;
  useCache: boolean;
  /** This run's shard, or the whole plan. */
  shard: Shard | undefined;
}

/** Resolves a run's settings: each override, else the config's value, else the default. */
export function resolveSettings(config: Config, overrides: SettingOverrides = {}): RunSettings {
  return {
    gate:
      overrides.failOn === undefined ? config.gate : { ...config.gate, failOn: overrides.failOn },
    workers: overrides.workers ?? config.workers,
    timeLimit: overrides.timeLimit ?? config.timeLimit,
    useCache: overrides.useCache ?? true,
    shard: overrides.shard,
  };
}

/** The config as the run applies it (its gate is the settings'). */
export function effectiveConfig(config: Config, settings: RunSettings): Config {
  return settings.gate === config.gate ? config : { ...config, gate: settings.gate };
}
