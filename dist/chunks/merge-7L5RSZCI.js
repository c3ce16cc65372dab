import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  mergeShards
} from "./chunk-X3DU4X4D.js";
import "./chunk-KISSJ4RZ.js";
import "./chunk-2JP7IANX.js";
import "./chunk-46MOVVUT.js";
import "./chunk-NXMZILZR.js";
import {
  readResultsFile,
  writeFileAtomic
} from "./chunk-46FYAQYA.js";
import "./chunk-ETBKEFJ4.js";
import "./chunk-T7O6L3LQ.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-277FLAS7.js";
import {
  InputError,
  errorMessage
} from "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";

// src/cli/merge.ts
import path from "node:path";
import { parseArgs } from "node:util";
async function mergeCommand(args, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { out: { type: "string" }, debug: { type: "boolean", default: false } }
    });
  } catch (error) {
    throw new InputError(`${errorMessage(error)} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.out === void 0) {
    throw new InputError("merge needs --out F: where to write the merged results (see --help)");
  }
  if (positionals.length === 0) {
    throw new InputError("merge takes the results of every shard: SHARD.json\u2026 (see --help)");
  }
  const shards = [];
  for (const file of positionals) {
    shards.push({ file, results: await readResultsFile(file, io.cwd) });
  }
  const merged = mergeShards(shards);
  const out = path.resolve(io.cwd, values.out);
  await writeFileAtomic(out, `${JSON.stringify(merged, null, 2)}
`);
  const evaluated = merged.components.filter((c) => c.metrics !== void 0).length;
  io.stdout.write(
    `${merged.suite}: merged ${shards.length} shards, ${merged.components.length} components (${evaluated} evaluated)
results: ${path.relative(io.cwd, out) || out}
`
  );
  return 0;
}
export {
  mergeCommand
};
