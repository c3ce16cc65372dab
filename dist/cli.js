#!/usr/bin/env node
import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  compare,
  gitRunner,
  readResultsFile,
  renderSummary,
  runEngine,
  runFacts,
  runMismatches,
  sourceOf,
  validateConfig,
  verdict,
  writeFileAtomic
} from "./chunks/chunk-CCBUHEJL.js";
import {
  BACKEND_CHOICES,
  InputError,
  errorMessage
} from "./chunks/chunk-JQH4BXW3.js";
import "./chunks/chunk-IYQKXGP4.js";

// src/cli/main.ts
import path from "node:path";
import { parseArgs } from "node:util";

// src/cli/compare.ts
async function writeReport(file, comparison, head, baselineNote, base) {
  const markdown = renderSummary(comparison, {
    ...runFacts(head, base),
    baselineNote,
    now: head.timing.startedAt
  });
  await writeFileAtomic(file, markdown);
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

// src/cli/source.ts
async function sourceOf2(root, env) {
  return sourceOf(gitRunner(root, env), env);
}

// src/cli/main.ts
var USAGE = `usage: ablation-ci <command> [options]

commands:
  run       run the suite and write the results document; with --baseline,
            compare with it (gate on regressions) and write the report
            [--config F] [--out F] [--baseline F] [--report F]
            [--backend auto|tensorflow|wasm|cpu] [--no-cache]
  compare   compare two results documents, gated by HEAD's run.gate
            BASE.json HEAD.json [--report F]
  validate  check the config and the files it names; run nothing
            [--config F] [--backend B]

options:
  --config F   the suite config (default: ablation.yml)
  --out F      where run writes results (default: ablation-results.json)
  --baseline F a results document of main to compare with
  --report F   where to write the markdown report
  --no-cache   retrain every retrain ablation, ignoring the cache
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
    case "compare":
      return compareCommand(rest, io);
    default:
      throw new InputError(
        `unknown command "${command}" (commands: run, compare, validate; see --help)`
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
async function runCommand(args, io) {
  const { values } = parse(
    () => parseArgs({
      args,
      strict: true,
      options: {
        ...COMMON,
        out: { type: "string" },
        baseline: { type: "string" },
        report: { type: "string" },
        "no-cache": { type: "boolean", default: false }
      }
    })
  );
  const out = path.resolve(io.cwd, values.out ?? "ablation-results.json");
  if (values.report !== void 0 && values.baseline === void 0) {
    throw new InputError(
      "--report needs --baseline (or use: ablation-ci compare BASE HEAD --report F)"
    );
  }
  const base = values.baseline === void 0 ? void 0 : await readResultsFile(values.baseline, io.cwd);
  const progress = progressLine(io.stderr, "evaluating");
  let results;
  try {
    ({ results } = await runEngine(values.config, {
      cwd: io.cwd,
      backend: backendOf(values.backend),
      source: (root) => sourceOf2(root, io.env),
      onNotice: (message) => io.stderr.write(`ablation-ci: ${message}
`),
      onProgress: (fraction) => progress.update(fraction),
      useCache: values["no-cache"] !== true,
      onRetrainRun: (line) => io.stderr.write(`ablation-ci: ${line}
`)
    }));
  } finally {
    progress.done();
  }
  await writeFileAtomic(out, `${JSON.stringify(results, null, 2)}
`);
  io.stdout.write(`${summary(results)}
results: ${path.relative(io.cwd, out) || out}
`);
  if (base === void 0) {
    const verdict2 = verdict(results, []);
    if (!verdict2.passed) {
      io.stdout.write(
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
    values.report,
    io
  );
}
async function compareCommand(args, io) {
  const { values, positionals } = parse(
    () => parseArgs({
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
  const base = await readResultsFile(baseFile, io.cwd);
  const head = await readResultsFile(headFile, io.cwd);
  if (base.suite !== head.suite) {
    throw new InputError(`${baseFile} is suite "${base.suite}" but ${headFile} is "${head.suite}"`);
  }
  return finishComparison(
    compare(base, head),
    { base, head },
    `baseline: ${baseFile}`,
    values.report,
    io
  );
}
async function finishComparison(comparison, { base, head }, note, report, io) {
  for (const mismatch of runMismatches(base.run, head.run)) {
    io.stderr.write(`ablation-ci: warning: ${mismatch}
`);
  }
  io.stdout.write(`${verdictLines(comparison)}
`);
  if (report !== void 0) {
    const file = path.resolve(io.cwd, report);
    await writeReport(file, comparison, head, note, base);
    io.stdout.write(`report: ${path.relative(io.cwd, file) || file}
`);
  }
  return comparison.verdict.passed ? 0 : 1;
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
