import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  routeConsoleWarnings
} from "./chunk-PWS66BE3.js";
import {
  gitRunner,
  sourceOf
} from "./chunk-HJBGDSUL.js";
import {
  runEngine
} from "./chunk-FNE3DERF.js";
import "./chunk-KISSJ4RZ.js";
import "./chunk-2JP7IANX.js";
import "./chunk-46MOVVUT.js";
import "./chunk-NXMZILZR.js";
import {
  checkDocument,
  checkOutputs,
  checkPair,
  checkReadable,
  finishComparison,
  resolveOutput,
  runInputs,
  shownTarget,
  writeOutput
} from "./chunk-ENG4DEYB.js";
import {
  compare,
  verdict
} from "./chunk-22YSSS2N.js";
import "./chunk-P3ZDLQYH.js";
import {
  readResultsFile
} from "./chunk-46FYAQYA.js";
import {
  budgetNotice
} from "./chunk-ETBKEFJ4.js";
import "./chunk-SIYZMLQ2.js";
import "./chunk-T7O6L3LQ.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-277FLAS7.js";
import {
  InputError
} from "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";

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

// src/cli/source.ts
async function sourceOf2(root, env) {
  return sourceOf(gitRunner(root, env), env);
}

// src/cli/run-suite.ts
async function checkAndRun(values, options, io) {
  const { backend, workers, shard, threads } = options;
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
  if ((workers ?? config.workers) === 1) await threads?.close();
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
      // Loaded and checked with the other inputs above: not read again.
      config,
      backend,
      ...workers === void 0 ? {} : { workers },
      ...threads === void 0 ? {} : { threads },
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
export {
  checkAndRun
};
