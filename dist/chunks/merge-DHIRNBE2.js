import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  checkOutputs,
  checkReadable,
  resolveOutput,
  shownTarget,
  writeOutput
} from "./chunk-KHNWMJ2O.js";
import {
  mergeShards
} from "./chunk-LGFIABXF.js";
import "./chunk-HXB5JK62.js";
import {
  readResultsFile
} from "./chunk-GJA3766R.js";
import "./chunk-MSJCR2B5.js";
import "./chunk-X26MNGE4.js";
import "./chunk-46XJ5LCZ.js";
import "./chunk-I5XLR3TO.js";
import "./chunk-XNJJQHMW.js";
import "./chunk-SL5ZFFMY.js";
import "./chunk-CAWXICTY.js";
import "./chunk-JGSJAZ6X.js";
import "./chunk-TJL3ROGX.js";
import "./chunk-FT6JTLYM.js";
import "./chunk-CGUDVJKI.js";
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
  const out = await resolveOutput("--out", values.out, io.cwd, { replaces: "results" });
  for (const file of positionals) await checkReadable(file, io.cwd);
  await checkOutputs(
    [out],
    positionals.map((file) => ({ path: path.resolve(io.cwd, file), role: `a shard (${file})` }))
  );
  const shards = [];
  for (const file of positionals) {
    shards.push({ file, results: await readResultsFile(file, io.cwd) });
  }
  const merged = mergeShards(shards);
  await writeOutput(out, `${JSON.stringify(merged, null, 2)}
`, io.stdout);
  const evaluated = merged.components.filter((c) => c.metrics !== void 0).length;
  (out.kind === "stdout" ? io.stderr : io.stdout).write(
    `${merged.suite}: merged ${shards.length} shards, ${merged.components.length} components (${evaluated} evaluated)
results: ${shownTarget(out, io.cwd)}
`
  );
  return 0;
}
export {
  mergeCommand
};
