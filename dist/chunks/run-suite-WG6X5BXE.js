import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  routeConsoleWarnings
} from "./chunk-PWS66BE3.js";
import {
  checkDocument,
  checkOutputs,
  checkPair,
  checkReadable,
  finishComparison,
  resolveOutput,
  runInputs,
  shownTarget,
  writeOutput,
  writeReport
} from "./chunk-KHNWMJ2O.js";
import {
  gitRunner,
  sourceOf
} from "./chunk-5KRESSFB.js";
import {
  NOT_EVALUATED,
  resolveSettings,
  runEngine
} from "./chunk-JPIXR3M6.js";
import "./chunk-HXB5JK62.js";
import "./chunk-XK4F2DK5.js";
import "./chunk-3USD5YSS.js";
import {
  compare,
  engineOf,
  readResultsFile,
  verdict
} from "./chunk-GJA3766R.js";
import "./chunk-MSJCR2B5.js";
import "./chunk-X26MNGE4.js";
import "./chunk-46XJ5LCZ.js";
import "./chunk-5PPG3VTE.js";
import "./chunk-I5XLR3TO.js";
import "./chunk-XNJJQHMW.js";
import {
  budgetNotice
} from "./chunk-SL5ZFFMY.js";
import "./chunk-CAWXICTY.js";
import "./chunk-JGSJAZ6X.js";
import "./chunk-UCCGUDRG.js";
import "./chunk-SZQ2J3X2.js";
import "./chunk-TJL3ROGX.js";
import "./chunk-7BDPXSBU.js";
import "./chunk-CFMESWCY.js";
import "./chunk-2F72UHEX.js";
import "./chunk-FT6JTLYM.js";
import "./chunk-RRZRISNN.js";
import "./chunk-CGUDVJKI.js";
import {
  InputError
} from "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";

// src/cli/source.ts
async function sourceOf2(root, env) {
  return sourceOf(gitRunner(root, env), env);
}

// src/cli/run-suite.ts
async function checkAndRun(values, options, io) {
  const { backend, workers, shard, pool, progress, startedAt } = options;
  const out = await resolveOutput("--out", values.out ?? "ablation-results.json", io.cwd, {
    replaces: "results"
  });
  const report = values.report === void 0 ? void 0 : await resolveOutput("--report", values.report, io.cwd);
  let base;
  if (values.baseline !== void 0) {
    await checkReadable(values.baseline, io.cwd);
    base = await readResultsFile(values.baseline, io.cwd);
    checkDocument(base, values.baseline);
  }
  const { config, files } = await runInputs(values.config, io.cwd, values.baseline);
  await checkOutputs([out, ...report === void 0 ? [] : [report]], files);
  await pool.limit(resolveSettings(config, { workers }).workers);
  if (base !== void 0 && base.suite !== config.suite) {
    throw new InputError(
      `is suite ${JSON.stringify(base.suite)} but ${config.file} runs ${JSON.stringify(config.suite)}`,
      { file: values.baseline, where: "suite" }
    );
  }
  const restore = routeConsoleWarnings((line) => io.stderr.write(`ablation-ci: TF.js: ${line}
`));
  let results;
  try {
    ({ results } = await runEngine(values.config, {
      cwd: io.cwd,
      startedAt,
      // Loaded and checked with the other inputs above: not read again.
      config,
      backend,
      ...workers === void 0 ? {} : { workers },
      pool,
      source: (root) => sourceOf2(root, io.env),
      onNotice: (message) => io.stderr.write(`ablation-ci: ${message}
`),
      onProgress: (fraction) => progress.update(fraction),
      onPhase: (phase, detail) => progress.phase(phase, detail),
      onTrainingProgress: (fraction, running) => progress.update(fraction, running),
      ...shard === void 0 ? {} : { shard },
      useCache: values["no-cache"] !== true,
      onRetrainRun: (line) => io.stderr.write(`ablation-ci: ${line}
`)
    }));
  } finally {
    restore();
  }
  if (base !== void 0) checkPair(base, results, [values.baseline ?? "", config.file]);
  await writeOutput(out, `${JSON.stringify(results, null, 2)}
`, io.stdout);
  progress.done();
  const budget = results.run.budget;
  if (budget !== void 0 && (budget.notEvaluated > 0 || (budget.curvesNotEvaluated ?? 0) > 0)) {
    io.stderr.write(`ablation-ci: ${budgetNotice(budget)}
`);
  }
  const human = out.kind === "stdout" || report?.kind === "stdout" ? io.stderr : io.stdout;
  human.write(`${summary(results)}
results: ${shownTarget(out, io.cwd)}
`);
  if (base === void 0) {
    const verdict2 = verdict(results, []);
    if (report !== void 0) {
      await writeReport(
        report,
        compare(void 0, results),
        results,
        "No baseline: the report of this run alone. Pass --baseline with a results document of main to compare with it.",
        io.stdout
      );
      human.write(`report: ${shownTarget(report, io.cwd)}
`);
    }
    if (!verdict2.passed) {
      human.write(
        `gate: failed (${[...verdict2.failedTests, ...verdict2.inconclusiveTests, ...verdict2.sensitivity ?? []].join(", ")})
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
  const engine = engineOf(results.run);
  const primary = results.metrics[0].name;
  const base = results.baseline.metrics[primary];
  const baseText = base.value === null ? "undefined" : `${fmt(base.value)} [${fmt(base.ci[0])}, ${fmt(base.ci[1])}]`;
  const count = (status) => results.tests.filter((t) => t.status === status).length;
  const applicable = results.components.filter((c) => c.metrics !== void 0).length;
  const others = results.metrics.slice(1).map(({ name }) => {
    const estimate = results.baseline.metrics[name];
    return estimate === void 0 || estimate.value === null ? `${name} undefined` : `${name} ${fmt(estimate.value)} [${fmt(estimate.ci[0])}, ${fmt(estimate.ci[1])}]`;
  });
  const late = results.components.filter((c) => c.notApplicable?.startsWith(NOT_EVALUATED)).length;
  const lateText = late === 0 ? "" : `, ${late} not evaluated (time limit)`;
  const lines = [
    `${results.suite}: ${primary} ${baseText} on ${results.baseline.n} examples (${engine})`,
    ...others.length === 0 ? [] : [`other metrics: ${others.join(", ")}`],
    `components: ${applicable} evaluated${lateText}, ${results.components.length - applicable - late} not applicable`,
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
