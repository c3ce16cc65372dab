import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, errorMessage } from '../errors.js';
import type { Results } from '../results/types.js';
import { sourceOf } from '../results/source.js';
import { resultsProblem } from '../results/validate.js';
import { writeFileAtomic } from '../files/atomic.js';
import { mergeShards, type ShardDocument } from '../shard/merge.js';
import type { Shard } from '../shard/plan.js';
import type { ActionContext } from './context.js';
import { runConfiguredSuite } from './engine.js';

/**
 * A job of a matrix (`shard: I/N`): runs its part of the plan and writes the
 * results to `artifact-path` as `SUITE.shard-I-of-N.json`, for the merge job
 * to download. It does not compare, comment or gate: the merge job
 * (`mode: merge`) does, once, on the whole run.
 */
export async function runShard(context: ActionContext, shard: Shard): Promise<void> {
  const { inputs } = context;
  const { results } = await runConfiguredSuite(
    context,
    `Run shard ${shard.index}/${shard.count} of the ablation suite (${inputs.config})`,
    shard,
  );
  const file = path.resolve(
    context.workspace,
    inputs.artifactPath,
    `${results.suite}.shard-${shard.index}-of-${shard.count}.json`,
  );
  await writeFileAtomic(file, `${JSON.stringify(results, null, 2)}\n`);
  context.sinks.setOutput('results-path', file);
  const evaluated = results.components.filter((c) => c.metrics !== undefined).length;
  context.sinks.info(
    `shard ${shard.index}/${shard.count}: ${evaluated} components evaluated, written to ${file}: upload ${inputs.artifactPath} for the merge job`,
  );
}

/**
 * `mode: merge`: every results document under `artifact-path` (the shard
 * jobs' artifacts, downloaded there, in subfolders or not) joined into the
 * document a single run gives. A file that is not a shard's results, a shard
 * of another run or of another commit than this run's, a duplicate or a
 * missing shard is an input error naming the file and the field.
 */
export async function mergeArtifact(context: ActionContext): Promise<Results> {
  const shown = context.inputs.artifactPath;
  const folder = path.resolve(context.workspace, shown);
  let files: string[];
  try {
    files = [];
    for (const name of (await readdir(folder, { recursive: true })).sort()) {
      const file = path.join(folder, name);
      if (name.endsWith('.json') && (await stat(file)).isFile()) files.push(file);
    }
  } catch (error) {
    throw new InputError(`cannot read ${shown}: ${errorMessage(error)}`, {
      where: 'input artifact-path',
    });
  }
  if (files.length === 0) {
    throw new InputError(
      `no results files (*.json) under ${shown}: download the shard jobs' artifacts there`,
      { where: 'input artifact-path' },
    );
  }
  const shards: ShardDocument[] = [];
  for (const file of files) {
    const name = path.relative(context.workspace, file);
    let document: unknown;
    try {
      document = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new InputError(`not JSON: ${errorMessage(error)}`, { file: name });
    }
    const problem = resultsProblem(document);
    if (problem !== undefined) {
      throw new InputError(`not a results document (schemaVersion 1): ${problem}`, {
        file: name,
      });
    }
    shards.push({ file: name, results: document as Results });
  }
  // The shards must be this run's: of another commit, the merged results would be reported
  // (and posted) as this commit's.
  const { commit } = await sourceOf(context.git, context.env);
  for (const { file, results } of shards) {
    if (results.source.commit !== commit) {
      throw new InputError(
        `the shard ran on commit ${String(results.source.commit)}, this run is on ${String(commit)}: download this run's shard artifacts`,
        { file, where: 'source.commit' },
      );
    }
  }
  const merged = mergeShards(shards);
  context.sinks.info(
    `merged ${shards.length} shards of ${merged.suite}: ${merged.components.length} components`,
  );
  return merged;
}
