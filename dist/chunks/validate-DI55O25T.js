import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  LARGE_RESULTS_BYTES,
  largeResultsWarning,
  showBytes
} from "./chunk-MFPVW45F.js";
import {
  routeConsoleWarnings
} from "./chunk-PWS66BE3.js";
import {
  COMMON,
  backendOf,
  parse
} from "./chunk-46XJ5LCZ.js";
import {
  quietProgress
} from "./chunk-R3PPKXV5.js";
import {
  showDuration
} from "./chunk-SL5ZFFMY.js";
import "./chunk-JGSJAZ6X.js";
import "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";

// src/cli/validate.ts
import { parseArgs } from "node:util";
async function validateCommand(args, io) {
  const { values } = parse(() => parseArgs({ args, strict: true, options: COMMON }));
  const started = performance.now();
  const progress = quietProgress(io);
  progress.phase("loading");
  const restore = routeConsoleWarnings((line2) => io.stderr.write(`ablation-ci: TF.js: ${line2}
`));
  let line;
  let cost;
  try {
    const { validateConfig } = await import("./engine-H2GQAI67.js");
    const { planCost } = await import("./tfjs-sample-2CCVUG46.js");
    line = await validateConfig(values.config, {
      cwd: io.cwd,
      backend: backendOf(values.backend),
      onNotice: (message) => io.stderr.write(`ablation-ci: ${message}
`),
      onPhase: (phase, detail) => progress.phase(phase, detail),
      onSuite: (suite) => {
        progress.phase("estimating", "a timed sample of the plan");
        const limit = suite.config.timeLimit;
        const elapsed = (performance.now() - started) / 1e3;
        cost = { value: planCost(suite, suite.components, { limit, elapsed }), limit };
      },
      // An ONNX suite times its own sample (the runtime's evaluations).
      onCost: (value, limit) => {
        cost = { value, limit };
      }
    });
  } finally {
    restore();
    progress.done();
  }
  io.stdout.write(`${line}
`);
  if (cost === void 0) return 0;
  io.stdout.write(`${planLine(cost.value)}
`);
  for (const warning of planWarnings(cost.value, cost.limit)) {
    io.stderr.write(`ablation-ci: ${warning}
`);
  }
  return 0;
}
function planLine(cost) {
  return `plan: ${cost.evaluations} evaluations of ${cost.components} components, about ${showDuration(cost.seconds)} on ${cost.on} of this machine (a timed sample); results about ${showBytes(cost.bytes)}`;
}
function planWarnings(cost, limit) {
  const warnings = [];
  const plan = cost.budget;
  if (limit !== void 0 && plan !== void 0 && plan.estimate > limit) {
    const changes = [
      ...plan.repeats < cost.repeats ? [`repeats ${cost.repeats} \u2192 ${plan.repeats}`] : [],
      ...plan.rows < cost.rows ? [`rows ${cost.rows} \u2192 ${plan.rows}`] : []
    ];
    warnings.push(
      `warning: time-limit ${showDuration(limit)}: the plan needs an estimated ${showDuration(plan.estimate)} here; run will ` + (changes.length === 0 ? "" : `reduce ${changes.join(" and ")}, and `) + (plan.fits ? "then fit" : "report the components its deadline reaches as not evaluated (time limit)")
    );
  }
  if (cost.bytes > LARGE_RESULTS_BYTES) {
    warnings.push(largeResultsWarning(cost.bytes, cost.components));
  }
  return warnings;
}
export {
  planLine,
  planWarnings,
  validateCommand
};
