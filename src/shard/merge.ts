import { InputError } from '../errors.js';
import { buildResults } from '../results/build.js';
import type { Results } from '../results/types.js';
import { shardVariants } from './plan.js';

/** A shard's results document and the file it was read from (for messages). */
export interface ShardDocument {
  file: string;
  results: Results;
}

/**
 * The fields every shard of one run shares, by the key path a message names.
 * Equal suite, config, model, data, seed, repeats, resamples and backend mean
 * the same plan and the same draws; the baseline, tests and predictions are
 * computed in every shard, so they must agree too (they differ when two
 * shards ran different builds of a backend).
 */
const SHARED: [string, (r: Results) => unknown][] = [
  ['suite', (r) => r.suite],
  // Retrain settings first: a clearer line than the config hash they also change.
  ['retrain', (r) => (r.retrain === undefined ? 'none' : 'present')],
  ['retrain.seeds', (r) => r.retrain?.seeds],
  ['retrain.timeLimitMs', (r) => r.retrain?.timeLimitMs],
  ['retrain.method', (r) => r.retrain?.method],
  ['retrain.variants', (r) => r.retrain?.variants],
  ['source.commit', (r) => r.source.commit],
  ['source.ref', (r) => r.source.ref],
  ['source.configHash', (r) => r.source.configHash],
  ['source.modelHash', (r) => r.source.modelHash],
  ['source.dataHash', (r) => r.source.dataHash],
  ['run.seed', (r) => r.run.seed],
  ['run.repeats', (r) => r.run.repeats],
  ['run.resamples', (r) => r.run.resamples],
  ['run.confidence', (r) => r.run.confidence],
  ['run.backend', (r) => r.run.backend],
  ['run.shard.count', (r) => r.run.shard?.count],
  ['run.gate', (r) => r.run.gate],
  ['task', (r) => r.task],
  ['classes', (r) => r.classes],
  ['metrics', (r) => r.metrics],
  ['data', (r) => r.data],
  ['baseline', (r) => r.baseline],
  // Every shard defines every group of the plan (none in documents written before).
  ['groups', (r) => r.groups],
  ['tests', (r) => r.tests],
  ['predictions', (r) => r.predictions],
  // The retrained baseline is trained in every shard: the same seeds, statuses and scores
  // (its times and `cached` are not deterministic, like `timing`).
  ['retrain.baseline.metrics', (r) => r.retrain?.baseline.metrics],
  [
    'retrain.baseline.runs',
    (r) => r.retrain?.baseline.runs.map(({ seed, status, metrics }) => ({ seed, status, metrics })),
  ],
];

/**
 * Joins the results of the shards of one run (`--shard I/N`, I = 1…N) into
 * the document a single run gives: components in plan order (the shards'
 * ranges in shard order), Benjamini–Hochberg q recomputed over all of them,
 * `run.shard` null, retrain variants after the evaluation-time components
 * (each family adjusted on its own, as a single run does; the retrained
 * baseline's run times are the first shard's); `timing` starts with the earliest shard and lasts as long
 * as the longest. Refuses, with an input error naming the file and the
 * field, shards of different runs, duplicated shards and missing ones, a
 * shard index past the count, and retrain components that are not the
 * shard's own range of the run's variants.
 */
export function mergeShards(shards: ShardDocument[]): Results {
  if (shards.length === 0) throw new InputError('merge needs the results of every shard');
  for (const { file, results } of shards) {
    if (results.run.shard === null) {
      throw new InputError('not a shard: run.shard is null (a whole run needs no merge)', {
        file,
        where: 'run.shard',
      });
    }
  }
  const [first] = shards;
  for (const shard of shards.slice(1)) {
    for (const [key, read] of SHARED) {
      if (JSON.stringify(read(shard.results)) !== JSON.stringify(read(first.results))) {
        throw new InputError(
          `differs from ${first.file} (${show(read(shard.results))} vs ${show(read(first.results))}): shards of different runs`,
          { file: shard.file, where: key },
        );
      }
    }
  }
  const count = first.results.run.shard!.count;
  const byIndex = new Map<number, ShardDocument>();
  for (const shard of shards) {
    const { index } = shard.results.run.shard!;
    if (!(index >= 1 && index <= count)) {
      throw new InputError(`shard ${index} of ${count} does not exist (1 to ${count})`, {
        file: shard.file,
        where: 'run.shard.index',
      });
    }
    checkRetrainRange(shard);
    const other = byIndex.get(index);
    if (other !== undefined) {
      throw new InputError(`shard ${index}/${count} again (also ${other.file})`, {
        file: shard.file,
        where: 'run.shard.index',
      });
    }
    byIndex.set(index, shard);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    throw new InputError(
      `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} (given: ${shards.map((s) => s.file).join(', ')})`,
      { where: 'run.shard' },
    );
  }

  const ordered = [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, shard]) => shard);
  const seen = new Map<string, string>();
  const joined = ordered.flatMap(({ file, results }) =>
    results.components.map((component) => {
      const other = seen.get(component.id);
      if (other !== undefined) {
        throw new InputError(`component ${component.id} is also in ${other}`, {
          file,
          where: 'components',
        });
      }
      seen.set(component.id, file);
      return structuredClone(component);
    }),
  );
  // A single run lists the evaluation-time components, then the retrain variants, and adjusts
  // each family on its own (buildResults does); each shard holds a contiguous range of both.
  const evaluated = joined.filter((c) => c.kind !== 'retrain');
  const retrained = joined.filter((c) => c.kind === 'retrain');
  const untrained = (first.results.retrain?.variants ?? []).filter(
    (name) => !seen.has(`retrain:${name}:retrain`),
  );
  if (untrained.length > 0) {
    throw new InputError(
      `no shard holds ${untrained.join(', ')} (given: ${shards.map((s) => s.file).join(', ')})`,
      { where: 'retrain.variants' },
    );
  }

  // A time limit applies to each shard: the merge keeps the first's, counting every shard's left-outs.
  const budgets = shards.map((s) => s.results.run.budget).filter((b) => b !== undefined);
  const budget =
    budgets.length === 0
      ? undefined
      : {
          ...budgets[0],
          estimate: Math.max(...budgets.map((b) => b.estimate)),
          notEvaluated: budgets.reduce((sum, b) => sum + b.notEvaluated, 0),
        };
  const started = Math.min(...shards.map((s) => Date.parse(s.results.timing.startedAt)));
  const whole = structuredClone(first.results);
  return buildResults({
    suite: whole.suite,
    source: whole.source,
    run: { ...whole.run, shard: null, ...(budget === undefined ? {} : { budget }) },
    timing: {
      startedAt: new Date(started).toISOString(),
      durationMs: Math.max(...shards.map((s) => s.results.timing.durationMs)),
    },
    baseline: whole,
    ...(whole.groups === undefined ? {} : { groups: whole.groups }),
    components: evaluated,
    ...(whole.retrain === undefined
      ? {}
      : { retrain: { components: retrained, retrain: whole.retrain } }),
    // Shard 1's document alone holds the sensitivity curves (suite/sensitivity-stage.ts).
    ...(ordered[0].results.sensitivity === undefined
      ? {}
      : { sensitivity: structuredClone(ordered[0].results.sensitivity) }),
  });
}

/**
 * A shard's retrain components are exactly the variants its shard trains
 * (shardVariants of the run's variants and seeds): none invented, none of
 * another shard's range.
 */
function checkRetrainRange({ file, results }: ShardDocument): void {
  const retrain = results.retrain;
  const held = results.components.filter((c) => c.kind === 'retrain').map((c) => c.id);
  if (retrain?.variants === undefined) {
    if (held.length > 0 && retrain === undefined) {
      throw new InputError(`component ${held[0]} in a run without retrain`, {
        file,
        where: 'components',
      });
    }
    return; // written before `variants` existed: nothing to check against
  }
  const expected = shardVariants(retrain.variants, retrain.seeds.length, results.run.shard!).map(
    (name) => `retrain:${name}:retrain`,
  );
  const stranger = held.find((id) => !expected.includes(id));
  if (stranger !== undefined) {
    const ours = expected.length === 0 ? 'none' : expected.join(', ');
    throw new InputError(
      `component ${stranger} is not one of this shard's retrain variants (${ours})`,
      { file, where: 'components' },
    );
  }
}

/** A value in a message: short. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
