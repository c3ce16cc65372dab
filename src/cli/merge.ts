import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, errorMessage } from '../errors.js';
import { writeFileAtomic } from '../files/atomic.js';
import { mergeShards } from '../shard/merge.js';
import { readResultsFile } from '../results/read.js';

/** Where `merge` writes and reads. */
export interface MergeIo {
  cwd: string;
  stdout: NodeJS.WritableStream;
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
  const shards = [];
  for (const file of positionals) {
    shards.push({ file, results: await readResultsFile(file, io.cwd) });
  }
  const merged = mergeShards(shards);
  const out = path.resolve(io.cwd, values.out);
  await writeFileAtomic(out, `${JSON.stringify(merged, null, 2)}\n`);
  const evaluated = merged.components.filter((c) => c.metrics !== undefined).length;
  io.stdout.write(
    `${merged.suite}: merged ${shards.length} shards, ${merged.components.length} components (${evaluated} evaluated)\n` +
      `results: ${path.relative(io.cwd, out) || out}\n`,
  );
  return 0;
}
