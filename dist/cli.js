#!/usr/bin/env node
import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  COMMON,
  backendOf,
  parse,
  workersOf
} from "./chunks/chunk-46XJ5LCZ.js";
import {
  blankEnvironBlock,
  mayUseTfjsThreads
} from "./chunks/chunk-BOOLZDW4.js";
import {
  quietProgress
} from "./chunks/chunk-R3PPKXV5.js";
import {
  RunPool
} from "./chunks/chunk-5PPG3VTE.js";
import {
  parseShard
} from "./chunks/chunk-I5XLR3TO.js";
import "./chunks/chunk-XNJJQHMW.js";
import "./chunks/chunk-SL5ZFFMY.js";
import "./chunks/chunk-JGSJAZ6X.js";
import {
  freeCoresNow
} from "./chunks/chunk-7BDPXSBU.js";
import "./chunks/chunk-CFMESWCY.js";
import {
  InputError,
  errorMessage
} from "./chunks/chunk-YSKLVAJM.js";
import "./chunks/chunk-QGQCRQM2.js";

// src/cli/run.ts
import { parseArgs } from "node:util";
var RUN_OPTIONS = {
  ...COMMON,
  out: { type: "string" },
  baseline: { type: "string" },
  report: { type: "string" },
  "no-cache": { type: "boolean", default: false },
  workers: { type: "string" },
  shard: { type: "string" }
};
async function runCommand(args, io) {
  const startedAt = Date.now();
  const { values } = parse(() => parseArgs({ args, strict: true, options: RUN_OPTIONS }));
  const backend = backendOf(values.backend);
  const workers = values.workers === void 0 ? void 0 : workersOf(values.workers);
  const shard = values.shard === void 0 ? void 0 : parseShard(values.shard, "--shard");
  if (shard !== void 0 && values.baseline !== void 0) {
    throw new InputError(
      "--shard writes one part of the results: merge the shards, then compare (ablation-ci merge, ablation-ci compare)"
    );
  }
  if (shard !== void 0 && values.report !== void 0) {
    throw new InputError(
      "--shard writes one part of the results, too little for a report: merge the shards, then compare (ablation-ci merge, ablation-ci compare --report F)"
    );
  }
  const warm = mayUseTfjsThreads(values.config ?? "ablation.yml", io.cwd);
  const pool = RunPool.open(workers ?? freeCoresNow(), warm ? { warm: backend } : {});
  const progress = quietProgress(io);
  progress.phase("loading");
  try {
    const { checkAndRun } = await import("./chunks/run-suite-WG6X5BXE.js");
    return await checkAndRun(values, { backend, workers, shard, pool, progress, startedAt }, io);
  } finally {
    progress.done();
    await pool.close();
  }
}

// package.json
var package_default = {
  name: "ablation-ci",
  version: "0.1.0",
  description: "Ablation studies and model unit tests for TensorFlow.js models on every pull request",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    "ablation-ci": "dist/cli.js"
  },
  files: [
    "dist",
    "schema",
    "action.yml"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "tsc --noEmit && eslint . && prettier --check . && npm run lint:layers",
    format: "prettier --write .",
    test: "vitest run --coverage",
    "test:node24": "node scripts/node24.mjs",
    bench: "tsx bench/run.ts",
    "bench:stats": "tsx bench/stats.ts",
    "config:reference": "tsx scripts/config-reference.ts",
    "lint:layers": "depcruise --config .dependency-cruiser.mjs src"
  },
  optionalDependencies: {
    "@tensorflow/tfjs-node": "^4.22.0"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@bufbuild/protobuf": "^2.17.0",
    "@eslint/js": "^10.0.1",
    "@octokit/webhooks-examples": "^7.6.1",
    "@sinclair/typebox": "^0.34.52",
    "@tensorflow/tfjs": "^4.22.0",
    "@tensorflow/tfjs-backend-wasm": "^4.22.0",
    "@types/node": "^20.19.43",
    "@vitest/coverage-v8": "4.1.12",
    ajv: "^8.20.0",
    "dependency-cruiser": "17.4.3",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "markdown-table": "^3.1.0",
    marked: "^18.2.1",
    micromark: "^4.0.3",
    "micromark-extension-gfm": "^3.0.0",
    "onnxruntime-node": "^1.31.1",
    "onnxruntime-web": "^1.31.1",
    "playwright-core": "^1.65.2",
    prettier: "^3.10.1",
    sucrase: "^3.35.1",
    tsx: "^4.23.15",
    typescript: "5.9",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12",
    wabt: "1.0.39",
    yaml: "^2.9.1"
  }
};

// src/cli/usage.ts
var VERSION = package_default.version;
var USAGE = `usage: ablation-ci <command> [options]

commands:
  run       run the suite and write the results document; with --baseline,
            compare with it (gate on regressions) and write the report
            [--config F] [--out F] [--baseline F] [--report F]
            [--shard I/N] [--backend B] [--workers N]
            [--no-cache]
  compare   compare two results documents, gated by HEAD's run.gate
            BASE.json HEAD.json [--report F]
  merge     join the results of every shard of a run into one document
            SHARD.json\u2026 --out F
  validate  check the config and the files it names; say what the plan costs
            [--config F] [--backend B]

options:
  --config F   the suite config (default: ablation.yml)
  --out F      where run writes results (default: ablation-results.json; - for stdout)
  --baseline F a results document of main to compare with
  --report F   where to write the markdown report (- for stdout)
  --shard I/N  evaluate shard I of N (1 \u2264 I \u2264 N) of the components; the
               baseline and the model unit tests run in every shard
  --debug      print stack traces
  --workers N  evaluation threads and training runs at once (default: the config's
               workers, else one per free core, or 1 for a plan that costs less than
               starting workers)
  --no-cache   retrain every retrain ablation, ignoring the cache
  --help, -h   this text; after a command, that command's help
  --version    the version

exit codes: 0 all good, 1 the gate failed, 2 bad usage, config or input`;
var EXIT = "exit codes: 0 all good, 1 the gate failed, 2 bad usage, config or input";
var COMMAND_HELP = /* @__PURE__ */ new Map([
  [
    "run",
    `usage: ablation-ci run [--config F] [--out F] [--baseline F] [--report F] [--shard I/N]
                      [--backend B] [--workers N] [--no-cache]

Runs the suite a config describes and writes its results document. Every
input and output is checked before anything is evaluated.

  --config F    the suite config (default: ablation.yml)
  --out F       the results document (default: ablation-results.json);
                - writes it to standard output; never a file the run reads
                (training code included), and it replaces only a results document
  --baseline F  a results document of main (inside the repository): compare
                with it and gate on regressions
  --report F    the markdown report: of the comparison with --baseline, else of
                this run alone (- for stdout)
  --shard I/N   evaluate shard I of N (1 \u2264 I \u2264 N) of the components, a
                contiguous range of the plan balanced by cost; the baseline and
                the model unit tests run in every shard (join them with merge)
  --backend B   auto (default) | tensorflow | wasm | cpu; ONNX models:
                auto | onnxruntime-node | onnxruntime-web | wasm
  --workers N   evaluation threads and training runs at once (default: the config's
                workers, else one per free core, or 1 for a plan that costs less than
                starting workers)
  --no-cache    retrain every retrain ablation, ignoring the cache
  --debug       print stack traces

${EXIT}`
  ],
  [
    "compare",
    `usage: ablation-ci compare BASE.json HEAD.json [--report F]

Compares two results documents of the same suite, task and classes, gated
by the run.gate recorded in HEAD. Runs nothing.

  --report F    the markdown report (- for stdout); never BASE or HEAD
  --debug       print stack traces

${EXIT}`
  ],
  [
    "merge",
    `usage: ablation-ci merge SHARD.json\u2026 --out F

Joins the results of every shard of one run (run --shard I/N, I = 1\u2026N) into
the document a single run gives: components in plan order, q recomputed over
all of them. Refuses shards of different runs, duplicated or missing shards.

  --out F       the merged results document (- for stdout); never a shard
                it reads, and it replaces only a results document
  --debug       print stack traces

${EXIT}`
  ],
  [
    "validate",
    `usage: ablation-ci validate [--config F] [--backend B]

Checks the config and every file and name it refers to (model, data,
layers, features, columns, classes), then times a short sample of the plan
(the baseline and a few components) and prints its estimated cost on this
machine and the results' size; warns when the plan cannot fit time-limit
or the results store. Writes nothing.

  --config F    the suite config (default: ablation.yml)
  --backend B   auto (default) | tensorflow | wasm | cpu; ONNX models:
                auto | onnxruntime-node | onnxruntime-web | wasm
  --debug       print stack traces

${EXIT}`
  ]
]);

// src/cli/main.ts
async function cli(argv, io) {
  const debug = argv.includes("--debug");
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (debug && error instanceof Error) io.stderr.write(`${error.stack ?? error.message}
`);
    const prefix = error instanceof InputError ? "error" : "internal error";
    io.stderr.write(`ablation-ci: ${prefix}: ${errorMessage(error)}
`);
    return 2;
  }
}
async function dispatch(argv, io) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    const help2 = COMMAND_HELP.get(rest[0] ?? "") ?? USAGE;
    (command === void 0 ? io.stderr : io.stdout).write(`${help2}
`);
    return command === void 0 ? 2 : 0;
  }
  if (command === "--version" || command === "version") {
    io.stdout.write(`ablation-ci ${VERSION}
`);
    return 0;
  }
  const help = COMMAND_HELP.get(command);
  if (help !== void 0 && (rest.includes("--help") || rest.includes("-h"))) {
    io.stdout.write(`${help}
`);
    return 0;
  }
  switch (command) {
    // Each command loads its own modules: `--version` and `--help` load none of them.
    case "run":
      return runCommand(rest, io);
    case "validate":
      return (await import("./chunks/validate-DI55O25T.js")).validateCommand(rest, io);
    case "compare":
      return (await import("./chunks/compare-UDDGK5NJ.js")).compareCommand(rest, io);
    case "merge":
      return (await import("./chunks/merge-DHIRNBE2.js")).mergeCommand(rest, io);
    default:
      throw new InputError(
        `unknown command "${command}" (commands: run, compare, merge, validate; see --help)`
      );
  }
}

// src/cli.ts
blankEnvironBlock();
var EXIT_BROKEN_PIPE = 141;
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(EXIT_BROKEN_PIPE);
  });
}
process.exitCode = await cli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  progress: process.stderr
});
