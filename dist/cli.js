#!/usr/bin/env node
import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  BACKEND_CHOICES,
  InputError,
  errorMessage,
  runEngine,
  sourceOf,
  validateConfig,
  verdict,
  writeFileAtomic
} from "./chunks/chunk-S5WMBAYP.js";

// src/cli/main.ts
import path from "node:path";
import { parseArgs } from "node:util";

// src/cli/progress.ts
function progressLine(stream, label, enabled = stream.isTTY === true) {
  if (!enabled) return { update: () => void 0, done: () => void 0 };
  let last = -1;
  const started = Date.now();
  return {
    update(fraction) {
      const percent = Math.floor(fraction * 100);
      if (percent === last) return;
      last = percent;
      const seconds = ((Date.now() - started) / 1e3).toFixed(0);
      stream.write(`\r${label} ${String(percent).padStart(3)}%  ${seconds}s`);
    },
    done() {
      if (last >= 0) stream.write("\r\x1B[2K");
    }
  };
}

// src/cli/main.ts
var USAGE = `usage: ablation-ci <command> [options]

commands:
  run       run the suite and write the results document
            [--config F] [--out F] [--backend auto|tensorflow|wasm|cpu]
  validate  check the config and the files it names; run nothing
            [--config F] [--backend B]

options:
  --config F   the suite config (default: ablation.yml)
  --out F      where run writes results (default: ablation-results.json)
  --debug      print stack traces
  --help       this text

exit codes: 0 all good, 1 the gate failed, 2 bad usage, config or input`;
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
  if (command === void 0 || command === "--help" || command === "help") {
    (command === void 0 ? io.stderr : io.stdout).write(`${USAGE}
`);
    return command === void 0 ? 2 : 0;
  }
  switch (command) {
    case "run":
      return runCommand(rest, io);
    case "validate":
      return validateCommand(rest, io);
    default:
      throw new InputError(`unknown command "${command}" (commands: run, validate; see --help)`);
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
async function runCommand(args, io) {
  const { values } = parse(
    () => parseArgs({ args, strict: true, options: { ...COMMON, out: { type: "string" } } })
  );
  const out = path.resolve(io.cwd, values.out ?? "ablation-results.json");
  const progress = progressLine(io.stderr, "evaluating");
  let results;
  try {
    ({ results } = await runEngine(values.config, {
      cwd: io.cwd,
      backend: backendOf(values.backend),
      source: (root) => sourceOf(root, io.env),
      onNotice: (message) => io.stderr.write(`ablation-ci: ${message}
`),
      onProgress: (fraction) => progress.update(fraction)
    }));
  } finally {
    progress.done();
  }
  await writeFileAtomic(out, `${JSON.stringify(results, null, 2)}
`);
  const verdict2 = verdict(results, []);
  io.stdout.write(`${summary(results)}
results: ${path.relative(io.cwd, out) || out}
`);
  return verdict2.passed ? 0 : 1;
}
async function validateCommand(args, io) {
  const { values } = parse(() => parseArgs({ args, strict: true, options: COMMON }));
  const line = await validateConfig(values.config, {
    cwd: io.cwd,
    backend: backendOf(values.backend),
    onNotice: (message) => io.stderr.write(`ablation-ci: ${message}
`)
  });
  io.stdout.write(`${line}
`);
  return 0;
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
  const verdict2 = verdict(results, []);
  if (!verdict2.passed)
    lines.push(
      `gate: failed (${[...verdict2.failedTests, ...verdict2.inconclusiveTests].join(", ")})`
    );
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
