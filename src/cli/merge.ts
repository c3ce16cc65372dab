import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, errorMessage } from '../errors.js';
import { checkOutputs, resolveOutput, writeOutput } from '../files/output.js';
import { mergeShards } from '../shard/merge.js';
import { readResultsFile } from '../results/read.js';
import { shownTarget } from './compare.js';
import { checkReadable } from './inputs.js';

/** Where `merge` writes and reads. */
export interface MergeIo {
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * `ablation-ci merge SHARD.json… --out F`: joins the results of the shards
 * of one run into the document a single run gives (DESIGN §3). Every file is
 * read and checked before anything is written.
 */
export async function mergeCommand(args: string[], io: MergeIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { out: { type: 'string' }, debug: { type: 'boolean', default: false } },
    });
  } catch (error) {
    throw new InputError(`${errorMessage(error)} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.out === undefined) {
    throw new InputError('merge needs --out F: where to write the merged results (see --help)');
  }
  if (positionals.length === 0) {
    throw new InputError('merge takes the results of every shard: SHARD.json… (see --help)');
  }
  // The output is resolved and checked (never a shard it reads) before any shard is read.
  const out = await resolveOutput('--out', values.out, io.cwd, { replaces: 'results' });
  for (const file of positionals) await checkReadable(file, io.cwd);
  await checkOutputs(
    [out],
    positionals.map((file) => ({ path: path.resolve(io.cwd, file), role: `a shard (${file})` })),
  );
  const shards = [];
  for (const file of positionals) {
    shards.push({ file, results: await readResultsFile(file, io.cwd) });
  }
  const merged = mergeShards(shards);
  await writeOutput(out, `${JSON.stringify(merged, null, 2)}\n`, io.stdout);
  const evaluated = merged.components.filter((c) => c.metrics !== undefined).length;
  // Standard output carries the document: the lines for people go to stderr.
  (out.kind === 'stdout' ? io.stderr : io.stdout).write(
    `${merged.suite}: merged ${shards.length} shards, ${merged.components.length} components (${evaluated} evaluated)\n` +
      `results: ${shownTarget(out, io.cwd)}\n`,
  );
  return 0;
}
