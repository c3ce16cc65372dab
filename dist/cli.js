#!/usr/bin/env node
import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  budgetNotice,
  compare,
  gitRunner,
  loadConfig,
  mergeShards,
  parseShard,
  probeWritable,
  readResultsFile,
  renderSummary,
  runEngine,
  runFacts,
  runMismatches,
  sourceOf,
  validateConfig,
  verdict,
  writeFileAtomic
} from "./chunks/chunk-PQ7K76Q2.js";
import {
  fileKind,
  isInside,
  notRegular
} from "./chunks/chunk-AJ6UXENK.js";
import {
  BACKEND_CHOICES
} from "./chunks/chunk-KR7ZMUVV.js";
import {
  InputError,
  errorMessage
} from "./chunks/chunk-YSKLVAJM.js";
import "./chunks/chunk-IYQKXGP4.js";

// src/cli/main.ts
import path5 from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/compare/check.ts
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function checkDocument(document, file) {
  const fail = (where, detail) => {
    throw new InputError(detail, { file, where });
  };
  const { task, classes, predictions } = document;
  const n = document.baseline.n;
  const [rows, width] = predictions.shape;
  if (rows !== n) fail("predictions.shape", `holds ${rows} rows but baseline.n is ${n}`);
  if (task === "regression" ? classes !== null : classes === null || classes.length < 2) {
    fail(
      "classes",
      task === "regression" ? "must be null for a regression task" : `a ${task} task needs at least 2 classes`
    );
  }
  const k = classes?.length ?? 1;
  const widths = task === "multiclass" ? [k] : task === "binary" ? [1, 2] : [1];
  if (!widths.includes(width)) {
    fail(
      "predictions.shape",
      `has ${width} outputs per example; a ${task} task with ${k} classes has ${widths.join(" or ")}`
    );
  }
  const outputs = new Float32Array(
    bytes(predictions.baseline, n * width * 4, "predictions.baseline", fail)
  );
  const bad = outputs.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0)
    fail(
      "predictions.baseline",
      `row ${Math.floor(bad / width) + 1} holds ${outputs[bad]}, not a finite output`
    );
  const labels = new Float64Array(bytes(predictions.labels, n * 8, "predictions.labels", fail));
  const wrong = labels.findIndex(
    (y) => task === "regression" ? !Number.isFinite(y) : !Number.isInteger(y) || y < 0 || y >= k
  );
  if (wrong >= 0) {
    fail(
      "predictions.labels",
      task === "regression" ? `row ${wrong + 1} holds ${labels[wrong]}, not a finite target` : `row ${wrong + 1} holds ${labels[wrong]}, not a class index from 0 to ${k - 1} (classes: ${classes?.length ?? 0})`
    );
  }
  document.tests.forEach((test, i) => {
    if (test.slice !== void 0) bytes(test.slice, Math.ceil(n / 8), `tests[${i}].slice`, fail);
  });
}
function checkPair(base, head, files) {
  const [baseFile, headFile] = files;
  const differ = (where, a, b) => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    throw new InputError(
      `${JSON.stringify(b)} differs from ${baseFile}'s ${JSON.stringify(a)}: a comparison needs the same suite, task and classes`,
      { file: headFile, where }
    );
  };
  differ("suite", base.suite, head.suite);
  differ("task", base.task, head.task);
  differ("classes", base.classes, head.classes);
}
function bytes(text, length, where, fail) {
  if (!BASE64.test(text)) return fail(where, "is not valid base64");
  const decoded = Buffer.from(text, "base64");
  if (decoded.length !== length) {
    fail(
      where,
      `holds ${decoded.length} bytes, but predictions.shape and baseline.n need ${length}`
    );
  }
  return decoded.buffer.slice(decoded.byteOffset, decoded.byteOffset + decoded.length);
}

// src/files/output.ts
import { lstat, realpath, stat, writeFile } from "node:fs/promises";
import path from "node:path";
async function resolveOutput(flag, given, cwd) {
  if (given === "-") return { kind: "stdout", flag, given };
  const fail = (detail) => {
    throw new InputError(`${JSON.stringify(given)} ${detail}`, { where: flag });
  };
  if (given === "") fail("is empty; give a file path or - for standard output");
  const absolute = path.resolve(cwd, given);
  if (["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"].includes(absolute)) {
    return { kind: "stdout", flag, given };
  }
  if (/^\/(dev|proc)\//.test(absolute)) {
    const kind2 = await fileKind(absolute);
    if (kind2 === "missing" || kind2 === "under a file") fail("does not exist");
    if (kind2 === "folder" || kind2 === "block device" || kind2 === "socket") fail(`is a ${kind2}`);
    return { kind: "device", flag, given, path: absolute };
  }
  const kind = await fileKind(absolute);
  switch (kind) {
    case "file":
      return { kind: "file", flag, given, path: await writableAt(await realpath(absolute), fail) };
    case "FIFO":
    case "character device":
      return { kind: "device", flag, given, path: absolute };
    case "folder":
      return fail("is a folder; give a file path inside it");
    case "block device":
    case "socket":
      return fail(`is a ${kind}, not a file`);
    case "under a file":
      return fail(
        `lies under a file: ${firstFileAbove(absolute, await existingAncestor(absolute))}`
      );
    case "missing": {
      if ((await lstat(absolute).catch(() => void 0))?.isSymbolicLink() === true) {
        fail("is a symlink to a file that does not exist");
      }
      const folder = path.dirname(absolute);
      const folderKind = await fileKind(folder);
      if (folderKind === "missing") fail(`is in a folder that does not exist (${folder})`);
      if (folderKind !== "folder") {
        fail(`lies under a file: ${firstFileAbove(absolute, await existingAncestor(absolute))}`);
      }
      const real = path.join(await realpath(folder), path.basename(absolute));
      return { kind: "file", flag, given, path: await writableAt(real, fail) };
    }
  }
}
async function checkOutputs(targets, inputs) {
  const identities = await Promise.all(inputs.map(async (input) => identity(input.path)));
  const seen = [];
  let stdout;
  for (const target of targets) {
    if (target.kind === "stdout") {
      if (stdout !== void 0) {
        throw new InputError(
          `"-" is standard output, like ${stdout.flag}: give one of them a file`,
          {
            where: target.flag
          }
        );
      }
      stdout = target;
      continue;
    }
    const id = await identity(target.path);
    const clash = inputs.findIndex((_, i) => same(identities[i], id));
    if (clash >= 0) {
      throw new InputError(
        `${JSON.stringify(target.given)} is ${inputs[clash].role}, which this run reads; refusing to overwrite it (choose another path)`,
        { where: target.flag }
      );
    }
    const twin = seen.find((other) => same(other.id, id));
    if (twin !== void 0 && target.kind === "file") {
      throw new InputError(
        `${JSON.stringify(target.given)} is the same file as ${twin.target.flag} ${JSON.stringify(twin.target.given)}`,
        { where: target.flag }
      );
    }
    seen.push({ target, id });
  }
}
async function writeOutput(target, text, stdout) {
  switch (target.kind) {
    case "stdout":
      await new Promise(
        (resolve, reject) => stdout.write(text, (error) => error ? reject(error) : resolve())
      );
      return;
    case "device":
      await writeFile(target.path, text);
      return;
    case "file":
      await writeFileAtomic(target.path, text);
  }
}
async function identity(file) {
  const info = await stat(file).catch(() => void 0);
  const real = await realpath(file).catch(() => void 0);
  return { real: real ?? path.resolve(file), dev: info?.dev, ino: info?.ino };
}
function same(a, b) {
  if (a.real !== void 0 && a.real === b.real) return true;
  return a.ino !== void 0 && a.ino !== 0 && a.ino === b.ino && a.dev === b.dev;
}
async function writableAt(target, fail) {
  try {
    await probeWritable(target);
  } catch (error) {
    const code = error.code ?? "error";
    const why = code === "EROFS" ? "read-only filesystem" : code === "EACCES" || code === "EPERM" ? "permission denied" : code;
    return fail(`cannot be written: cannot create files in ${path.dirname(target)} (${why})`);
  }
  return target;
}
async function existingAncestor(file) {
  let current = path.dirname(file);
  while (await fileKind(current) !== "folder" && path.dirname(current) !== current) {
    current = path.dirname(current);
  }
  return current;
}
function firstFileAbove(file, folder) {
  const rest = path.relative(folder, file).split(path.sep);
  return `${path.join(folder, rest[0])} is not a folder`;
}

// src/cli/compare.ts
async function writeReport(target, comparison, head, baselineNote, stdout, base) {
  const markdown = renderSummary(comparison, {
    ...runFacts(head, base),
    baselineNote,
    now: head.timing.startedAt
  });
  await writeOutput(target, markdown, stdout);
}
function verdictLines(comparison) {
  const { verdict: verdict2, gate } = comparison;
  const lines = [`gate: ${verdict2.passed ? "passed" : "failed"}`];
  if (verdict2.failedTests.length > 0)
    lines.push(`  failed tests: ${verdict2.failedTests.join(", ")}`);
  if (verdict2.inconclusiveTests.length > 0) {
    lines.push(`  inconclusive tests: ${verdict2.inconclusiveTests.join(", ")}`);
  }
  if (gate === void 0) {
    lines.push("  regressions: not checked (no baseline)");
  } else {
    const how = gate.paired ? "paired" : "unpaired: the eval data changed";
    lines.push(
      `  regressions (${how}, tolerance ${gate.tolerance}, alpha ${gate.alpha}): ${verdict2.regressions.length === 0 ? "none" : verdict2.regressions.join(", ")}`
    );
  }
  return lines.join("\n");
}

// src/cli/merge.ts
import path2 from "node:path";
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
  const out = path2.resolve(io.cwd, values.out);
  await writeFileAtomic(out, `${JSON.stringify(merged, null, 2)}
`);
  const evaluated = merged.components.filter((c) => c.metrics !== void 0).length;
  io.stdout.write(
    `${merged.suite}: merged ${shards.length} shards, ${merged.components.length} components (${evaluated} evaluated)
results: ${path2.relative(io.cwd, out) || out}
`
  );
  return 0;
}

// src/cli/inputs.ts
import { realpath as realpath2 } from "node:fs/promises";
import path4 from "node:path";

// src/model/shards.ts
import { readFile } from "node:fs/promises";
import path3 from "node:path";
async function modelShardFiles(file) {
  if (await notRegular(file) !== void 0) return [];
  let json;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch {
    return [];
  }
  const manifest = isRecord(json) ? json["weightsManifest"] : void 0;
  if (!Array.isArray(manifest)) return [];
  const folder = path3.dirname(file);
  return manifest.flatMap(
    (group) => isRecord(group) && Array.isArray(group["paths"]) ? group["paths"] : []
  ).filter((p) => typeof p === "string" && p !== "").map((p) => path3.resolve(folder, p)).filter((p) => !path3.relative(folder, p).startsWith(".."));
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/cli/inputs.ts
async function runInputs(configFile, cwd, baseline) {
  const config = await loadConfig(configFile, { cwd });
  const shown = (file) => path4.relative(cwd, file) || file;
  const inputs = [
    { path: path4.resolve(cwd, configFile), role: `the config (${config.file})` },
    { path: config.data.eval, role: `the eval data (${shown(config.data.eval)})` }
  ];
  if (config.model !== void 0) {
    inputs.push({ path: config.model, role: `the model (${shown(config.model)})` });
    for (const file of await modelShardFiles(config.model)) {
      inputs.push({ path: file, role: `a weight shard of the model (${shown(file)})` });
    }
  }
  if (config.train?.module !== void 0) {
    const module = config.train.module;
    inputs.push({ path: module, role: `the training module (${shown(module)})` });
  }
  if (config.data.train !== void 0) {
    inputs.push({
      path: config.data.train,
      role: `the training data (${shown(config.data.train)})`
    });
  }
  if (config.data.scalingFile !== void 0) {
    inputs.push({
      path: config.data.scalingFile,
      role: `the scaling file (${shown(config.data.scalingFile)})`
    });
  }
  if (baseline !== void 0) {
    const file = path4.resolve(cwd, baseline);
    if (!isInside(await realpath2(config.root), await realpath2(file))) {
      throw new InputError(
        `${JSON.stringify(baseline)} is outside the repository (${config.root}), symlinks resolved`,
        { where: "--baseline" }
      );
    }
    inputs.push({ path: file, role: `the baseline document (${baseline})` });
  }
  return { config, files: inputs };
}
async function checkReadable(file, cwd) {
  const problem = await notRegular(path4.resolve(cwd, file));
  if (problem !== void 0) throw new InputError(problem, { file });
}

// src/cli/console.ts
function routeConsoleWarnings(onLine) {
  const original = console.warn;
  console.warn = (...args) => {
    const text = args.map((arg) => arg instanceof Error ? arg.message : String(arg)).join(" ").replace(/={3,}/g, " ").replace(/\s+/g, " ").trim();
    if (text !== "") onLine(text);
  };
  return () => {
    console.warn = original;
  };
}

// src/cli/progress.ts
var HEARTBEAT_MS = 3e4;
function progressLine(stream, label, options = {}) {
  const now = options.now ?? Date.now;
  const started = now();
  if (!(options.tty ?? stream.isTTY === true)) {
    const every = options.heartbeatMs ?? HEARTBEAT_MS;
    let next = started + every;
    return {
      update(fraction) {
        const at = now();
        if (at < next) return;
        next = at + every;
        stream.write(`ablation-ci: ${heartbeat(label, fraction, at - started)}
`);
      },
      done: () => void 0
    };
  }
  let last = -1;
  return {
    update(fraction) {
      const percent = Math.floor(fraction * 100);
      if (percent === last) return;
      last = percent;
      const seconds = ((now() - started) / 1e3).toFixed(0);
      stream.write(`\r${label} ${String(percent).padStart(3)}%  ${seconds}s`);
    },
    done() {
      if (last >= 0) stream.write("\r\x1B[2K");
    }
  };
}
function heartbeat(label, fraction, elapsedMs) {
  const done = Math.min(1, Math.max(0, fraction));
  const left = done > 0 ? ` about ${duration(elapsedMs * (1 - done) / done)} left` : "";
  return `${label} ${Math.floor(done * 100)}% done, ${duration(elapsedMs)} elapsed,${left || " time left unknown yet"}`;
}
function duration(ms) {
  const seconds = Math.round(ms / 1e3);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds % 3600 / 60);
  const s = seconds % 60;
  if (h > 0) return `${h}h${String(m).padStart(2, "0")}m`;
  return m > 0 ? `${m}m${String(s).padStart(2, "0")}s` : `${s}s`;
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
    lint: "tsc --noEmit && eslint . && prettier --check .",
    format: "prettier --write .",
    test: "vitest run",
    bench: "tsx bench/run.ts",
    "bench:stats": "tsx bench/stats.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@tensorflow/tfjs": "^4.22.0",
    "@tensorflow/tfjs-backend-wasm": "^4.22.0",
    ajv: "^8.20.0",
    "markdown-table": "^3.1.0",
    sucrase: "^3.35.1",
    yaml: "^2.9.1"
  },
  optionalDependencies: {
    "@tensorflow/tfjs-node": "^4.22.0"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/node": "^20.19.43",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    marked: "^18.2.1",
    prettier: "^3.10.1",
    tsx: "^4.23.15",
    typescript: "5.9",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  }
};

// src/cli/usage.ts
var VERSION = package_default.version;
var USAGE = `usage: ablation-ci <command> [options]

commands:
  run       run the suite and write the results document; with --baseline,
            compare with it (gate on regressions) and write the report
            [--config F] [--out F] [--baseline F] [--report F]
            [--shard I/N] [--backend auto|tensorflow|wasm|cpu] [--workers N]
            [--no-cache]
  compare   compare two results documents, gated by HEAD's run.gate
            BASE.json HEAD.json [--report F]
  merge     join the results of every shard of a run into one document
            SHARD.json\u2026 --out F
  validate  check the config and the files it names; run nothing
            [--config F] [--backend B]

options:
  --config F   the suite config (default: ablation.yml)
  --out F      where run writes results (default: ablation-results.json; - for stdout)
  --baseline F a results document of main to compare with
  --report F   where to write the markdown report (- for stdout)
  --shard I/N  evaluate shard I of N (1 \u2264 I \u2264 N) of the components; the
               baseline and the model unit tests run in every shard
  --debug      print stack traces
  --workers N  evaluation threads (default: the config's workers, else one per core)
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
  --baseline F  a results document of main (inside the repository): compare
                with it and gate on regressions
  --report F    the markdown report of that comparison (needs --baseline; - for stdout)
  --shard I/N   evaluate shard I of N (1 \u2264 I \u2264 N) of the components, a
                contiguous range of the plan balanced by cost; the baseline and
                the model unit tests run in every shard (join them with merge)
  --backend B   auto (default) | tensorflow | wasm | cpu
  --workers N   evaluation threads (default: the config's workers, else one per core)
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

  --out F       the merged results document
  --debug       print stack traces

${EXIT}`
  ],
  [
    "validate",
    `usage: ablation-ci validate [--config F] [--backend B]

Checks the config and every file and name it refers to (model, data,
layers, features, columns, classes). Evaluates nothing.

  --config F    the suite config (default: ablation.yml)
  --backend B   auto (default) | tensorflow | wasm | cpu
  --debug       print stack traces

${EXIT}`
  ]
]);

// src/cli/source.ts
async function sourceOf2(root, env) {
  return sourceOf(gitRunner(root, env), env);
}

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
    case "run":
      return runCommand(rest, io);
    case "validate":
      return validateCommand(rest, io);
    case "compare":
      return compareCommand(rest, io);
    case "merge":
      return mergeCommand(rest, io);
    default:
      throw new InputError(
        `unknown command "${command}" (commands: run, compare, merge, validate; see --help)`
      );
  }
}
var COMMON = {
  config: { type: "string", default: "ablation.yml" },
  backend: { type: "string", default: "auto" },
  debug: { type: "boolean", default: false }
};
function parse(read) {
  try {
    return read();
  } catch (error) {
    throw new InputError(`${errorMessage(error)} (see --help)`);
  }
}
function backendOf(value) {
  if (!BACKEND_CHOICES.includes(value)) {
    throw new InputError(
      `--backend must be one of ${BACKEND_CHOICES.join(", ")}, got "${String(value)}"`
    );
  }
  return value;
}
function workersOf(value) {
  const workers = Number(value);
  if (!/^\d+$/.test(value) || workers < 1 || workers > 256) {
    throw new InputError(`--workers must be a whole number from 1 to 256, got "${value}"`);
  }
  return workers;
}
async function runCommand(args, io) {
  const { values } = parse(
    () => parseArgs2({
      args,
      strict: true,
      options: {
        ...COMMON,
        out: { type: "string" },
        baseline: { type: "string" },
        report: { type: "string" },
        "no-cache": { type: "boolean", default: false },
        workers: { type: "string" },
        shard: { type: "string" }
      }
    })
  );
  const backend = backendOf(values.backend);
  const workers = values.workers === void 0 ? void 0 : workersOf(values.workers);
  const shard = values.shard === void 0 ? void 0 : parseShard(values.shard, "--shard");
  if (shard !== void 0 && values.baseline !== void 0) {
    throw new InputError(
      "--shard writes one part of the results: merge the shards, then compare (ablation-ci merge, ablation-ci compare)"
    );
  }
  if (values.report !== void 0 && values.baseline === void 0) {
    throw new InputError(
      "--report needs --baseline (or use: ablation-ci compare BASE HEAD --report F)"
    );
  }
  const out = await resolveOutput("--out", values.out ?? "ablation-results.json", io.cwd);
  const report = values.report === void 0 ? void 0 : await resolveOutput("--report", values.report, io.cwd);
  let base;
  if (values.baseline !== void 0) {
    await checkReadable(values.baseline, io.cwd);
    base = await readResultsFile(values.baseline, io.cwd);
    checkDocument(base, values.baseline);
  }
  const { config, files } = await runInputs(values.config, io.cwd, values.baseline);
  await checkOutputs([out, ...report === void 0 ? [] : [report]], files);
  if (base !== void 0 && base.suite !== config.suite) {
    throw new InputError(
      `is suite ${JSON.stringify(base.suite)} but ${config.file} runs ${JSON.stringify(config.suite)}`,
      { file: values.baseline, where: "suite" }
    );
  }
  const progress = progressLine(io.stderr, "evaluating");
  const restore = routeConsoleWarnings((line) => io.stderr.write(`ablation-ci: TF.js: ${line}
`));
  let results;
  try {
    ({ results } = await runEngine(values.config, {
      cwd: io.cwd,
      backend,
      ...workers === void 0 ? {} : { workers },
      source: (root) => sourceOf2(root, io.env),
      onNotice: (message) => io.stderr.write(`ablation-ci: ${message}
`),
      onProgress: (fraction) => progress.update(fraction),
      ...shard === void 0 ? {} : { shard },
      useCache: values["no-cache"] !== true,
      onRetrainRun: (line) => io.stderr.write(`ablation-ci: ${line}
`)
    }));
  } finally {
    restore();
    progress.done();
  }
  if (base !== void 0) checkPair(base, results, [values.baseline ?? "", config.file]);
  await writeOutput(out, `${JSON.stringify(results, null, 2)}
`, io.stdout);
  if (results.run.budget !== void 0 && results.run.budget.notEvaluated > 0) {
    io.stderr.write(`ablation-ci: ${budgetNotice(results.run.budget)}
`);
  }
  const human = out.kind === "stdout" || report?.kind === "stdout" ? io.stderr : io.stdout;
  human.write(`${summary(results)}
results: ${shownTarget(out, io.cwd)}
`);
  if (base === void 0) {
    const verdict2 = verdict(results, []);
    if (!verdict2.passed) {
      human.write(
        `gate: failed (${[...verdict2.failedTests, ...verdict2.inconclusiveTests].join(", ")})
`
      );
    }
    return verdict2.passed ? 0 : 1;
  }
  return finishComparison(
    compare(base, results),
    { base, head: results },
    `baseline: ${values.baseline}`,
    report,
    io,
    human
  );
}
async function compareCommand(args, io) {
  const { values, positionals } = parse(
    () => parseArgs2({
      args,
      strict: true,
      allowPositionals: true,
      options: { report: { type: "string" }, debug: { type: "boolean", default: false } }
    })
  );
  if (positionals.length !== 2) {
    throw new InputError("compare takes two results documents: BASE.json HEAD.json (see --help)");
  }
  const [baseFile, headFile] = positionals;
  const report = values.report === void 0 ? void 0 : await resolveOutput("--report", values.report, io.cwd);
  for (const file of positionals) await checkReadable(file, io.cwd);
  if (report !== void 0) {
    await checkOutputs(
      [report],
      positionals.map((file, i) => ({
        path: path5.resolve(io.cwd, file),
        role: `the ${i === 0 ? "baseline" : "head"} document (${file})`
      }))
    );
  }
  const base = await readResultsFile(baseFile, io.cwd);
  const head = await readResultsFile(headFile, io.cwd);
  checkDocument(base, baseFile);
  checkDocument(head, headFile);
  checkPair(base, head, [baseFile, headFile]);
  const human = report?.kind === "stdout" ? io.stderr : io.stdout;
  return finishComparison(
    compare(base, head),
    { base, head },
    `baseline: ${baseFile}`,
    report,
    io,
    human
  );
}
async function finishComparison(comparison, { base, head }, note, report, io, human) {
  for (const mismatch of runMismatches(base.run, head.run)) {
    io.stderr.write(`ablation-ci: warning: ${mismatch}
`);
  }
  human.write(`${verdictLines(comparison)}
`);
  if (report !== void 0) {
    await writeReport(report, comparison, head, note, io.stdout, base);
    human.write(`report: ${shownTarget(report, io.cwd)}
`);
  }
  return comparison.verdict.passed ? 0 : 1;
}
async function validateCommand(args, io) {
  const { values } = parse(() => parseArgs2({ args, strict: true, options: COMMON }));
  const restore = routeConsoleWarnings((line2) => io.stderr.write(`ablation-ci: TF.js: ${line2}
`));
  let line;
  try {
    line = await validateConfig(values.config, {
      cwd: io.cwd,
      backend: backendOf(values.backend),
      onNotice: (message) => io.stderr.write(`ablation-ci: ${message}
`)
    });
  } finally {
    restore();
  }
  io.stdout.write(`${line}
`);
  return 0;
}
function shownTarget(target, cwd) {
  if (target.kind === "stdout") return "standard output";
  const relative = path5.relative(cwd, target.path);
  return target.kind === "device" || relative === "" || relative.startsWith("..") ? target.path : relative;
}
function summary(results) {
  const primary = results.metrics[0].name;
  const base = results.baseline.metrics[primary];
  const baseText = base.value === null ? "undefined" : `${fmt(base.value)} [${fmt(base.ci[0])}, ${fmt(base.ci[1])}]`;
  const count = (status) => results.tests.filter((t) => t.status === status).length;
  const applicable = results.components.filter((c) => c.metrics !== void 0).length;
  const lines = [
    `${results.suite}: ${primary} ${baseText} on ${results.baseline.n} examples (${results.run.backend})`,
    `components: ${applicable} evaluated, ${results.components.length - applicable} not applicable`,
    `tests: ${count("pass")} pass, ${count("fail")} fail, ${count("inconclusive")} inconclusive, ${count("skipped")} skipped`
  ];
  return lines.join("\n");
}
function fmt(value) {
  return value.toFixed(4);
}

// src/cli.ts
process.exitCode = await cli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
});
