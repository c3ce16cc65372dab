import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  LARGE_RESULTS_BYTES,
  largeResultsWarning
} from "./chunk-MFPVW45F.js";
import {
  fitToTimeLimit
} from "./chunk-TPTNXT5N.js";
import {
  CONFIDENCE,
  commandBaseline,
  evaluateSuite,
  hashConfig,
  isOnnxPath,
  loadOnnxRuntime,
  retrainResults,
  retrainStage,
  runOnnxEngine,
  scoreBaselineStage,
  validateRetrain,
  writtenModelRunner
} from "./chunk-JPIXR3M6.js";
import {
  buildResults
} from "./chunk-HXB5JK62.js";
import "./chunk-XK4F2DK5.js";
import {
  resultsBytes
} from "./chunk-3USD5YSS.js";
import "./chunk-MSJCR2B5.js";
import "./chunk-X26MNGE4.js";
import {
  RunPool
} from "./chunk-5PPG3VTE.js";
import {
  shardComponents
} from "./chunk-I5XLR3TO.js";
import "./chunk-XNJJQHMW.js";
import {
  budgetNotice
} from "./chunk-SL5ZFFMY.js";
import "./chunk-CAWXICTY.js";
import {
  useBackend
} from "./chunk-RSH3VK7I.js";
import "./chunk-JGSJAZ6X.js";
import "./chunk-UCCGUDRG.js";
import {
  prepareData,
  prepareModel
} from "./chunk-SZQ2J3X2.js";
import "./chunk-TJL3ROGX.js";
import "./chunk-7BDPXSBU.js";
import "./chunk-CFMESWCY.js";
import "./chunk-XSLR7JCO.js";
import "./chunk-2F72UHEX.js";
import "./chunk-FT6JTLYM.js";
import "./chunk-RRZRISNN.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-4DLMUD5B.js";
import "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";

// src/pipeline/tfjs.ts
import { availableParallelism } from "node:os";

// src/pipeline/stages.ts
async function evaluateModelStage(suite, settings, options) {
  const { shard, timeLimit: limit } = settings;
  const planned = shard === void 0 ? suite.components : shardComponents(suite.components, suite.config.repeats, shard);
  noticeLargeResults(suite, planned, options.onNotice);
  if (limit !== void 0) options.onPhase?.("estimating", "a timed sample of the plan");
  const fitted = limit === void 0 ? void 0 : fitToTimeLimit(suite, planned, {
    limit,
    startedAt: options.startedAt,
    clock: Date.now,
    // Curves are measured by an unsharded run or shard 1 alone.
    curves: shard === void 0 || shard.index === 1 ? suite.sensitivity ?? [] : []
  });
  if (fitted !== void 0 && (!fitted.fits || fitted.suite !== suite)) {
    options.onNotice?.(
      budgetNotice(fitted.budget) + (fitted.fits ? "" : "; even so it may not fit: components the deadline reaches are reported as not evaluated")
    );
  }
  options.onPhase?.("evaluating");
  const part = await evaluateSuite(fitted?.suite ?? suite, {
    backend: options.backend,
    workers: settings.workers,
    ...options.pool === void 0 ? {} : { pool: options.pool },
    searchFrom: options.searchFrom,
    onProgress: options.onProgress,
    ...options.onPhase === void 0 ? {} : { onPhase: options.onPhase },
    ...shard === void 0 ? {} : { shard },
    ...fitted?.baseline === void 0 ? {} : { baseline: fitted.baseline },
    ...fitted === void 0 ? {} : {
      budget: {
        record: fitted.budget,
        deadline: fitted.deadline,
        unitSeconds: fitted.unitSeconds,
        curveSeconds: fitted.curveSeconds
      }
    }
  });
  const evaluated = fitted?.suite ?? suite;
  return {
    ...part,
    modelHash: suite.modelHash,
    repeats: evaluated.config.repeats,
    dataHash: evaluated.dataset.hash
  };
}
function scoreCommandStage(trained, data, onPhase) {
  onPhase?.("scoring");
  const run = commandBaseline(trained);
  const scored = scoreBaselineStage(trained.config, data, run.outputs, run.width ?? 1);
  return {
    baseline: scored.part,
    groups: [],
    components: [],
    modelHash: trained.outcome.codeHash,
    predictionsFrom: "train.command"
  };
}
function noticeLargeResults(suite, components, onNotice) {
  if (onNotice === void 0) return;
  const bytes = resultsBytes(suite, components);
  if (bytes <= LARGE_RESULTS_BYTES) return;
  onNotice(largeResultsWarning(bytes, components.length));
}

// src/pipeline/tfjs.ts
async function runTfjsEngine(configFile, config, settings, options) {
  const { startedAt } = options;
  await options.pool?.limit(settings.workers);
  const searchFrom = [config.root, options.cwd];
  const runtime = config.train?.writes === "model" ? await loadOnnxRuntime(options.backend, searchFrom) : void 0;
  const backend = runtime?.name ?? await useBackend(options.backend, { searchFrom, onNotice: options.onNotice });
  const started = /* @__PURE__ */ new Date();
  options.onPhase?.("validating");
  const data = await prepareData(config, options.cwd);
  let suite = config.model === void 0 ? void 0 : await prepareModel(config, data, options.cwd);
  const pool = options.pool ?? RunPool.open(settings.workers ?? availableParallelism());
  try {
    if (config.train !== void 0) options.onPhase?.("training");
    const trained = await retrainStage(config, data.dataset, {
      backend,
      cwd: options.cwd,
      searchFrom,
      useCache: settings.useCache,
      // The pool evaluation uses, at its cap.
      pool,
      onRun: options.onRetrainRun,
      onProgress: options.onTrainingProgress,
      onWarning: options.onNotice,
      ...settings.shard === void 0 ? {} : { shard: settings.shard },
      ...runtime === void 0 ? {} : { runModel: writtenModelRunner(config, runtime, data.dataset) }
    });
    const source = {
      ...await options.source(config.root),
      configHash: await hashConfig(configFile, config, options.cwd)
    };
    if (trained !== void 0 && isOnnxPath(trained.config.model)) {
      const onnx = await runOnnxEngine(
        trained.config,
        { ...options, startedAt },
        () => Promise.resolve(source),
        trained
      );
      return { config, results: onnx.results };
    }
    if (suite === void 0 && trained?.config.model !== void 0) {
      options.onPhase?.("validating", "the retrained baseline");
      suite = await prepareModel(trained.config, data, options.cwd);
    }
    const evaluated = suite !== void 0 ? await evaluateModelStage(suite, settings, {
      backend,
      searchFrom,
      startedAt,
      pool,
      onNotice: options.onNotice,
      onProgress: options.onProgress,
      ...options.onPhase === void 0 ? {} : { onPhase: options.onPhase }
    }) : scoreCommandStage(trained, data, options.onPhase);
    const results = buildResults({
      suite: config.suite,
      source: {
        ...source,
        modelHash: evaluated.modelHash,
        dataHash: evaluated.dataHash ?? data.dataset.hash
      },
      run: {
        seed: config.seed,
        repeats: evaluated.repeats ?? config.repeats,
        resamples: config.resamples,
        confidence: CONFIDENCE,
        backend,
        // A command suite: the user's command made every prediction, the backend none —
        // unless it wrote models, which the ONNX runtime ran.
        ...evaluated.predictionsFrom === void 0 || runtime !== void 0 ? {} : { predictionsFrom: evaluated.predictionsFrom },
        ...runtime === void 0 ? {} : { runtime: { name: runtime.name, version: runtime.version } },
        shard: settings.shard === void 0 ? null : { ...settings.shard },
        ...evaluated.budget === void 0 ? {} : { budget: evaluated.budget },
        gate: { failOn: [...settings.gate.failOn], regression: { ...settings.gate.regression } }
      },
      timing: { startedAt: started.toISOString(), durationMs: Date.now() - started.getTime() },
      baseline: evaluated.baseline,
      groups: evaluated.groups,
      components: evaluated.components,
      ...evaluated.sensitivity === void 0 ? {} : { sensitivity: evaluated.sensitivity },
      ...trained === void 0 ? {} : { retrain: retrainResults(trained.config, trained.outcome, data.dataset, CONFIDENCE) }
    });
    return { config, results };
  } finally {
    suite?.model.dispose();
    if (options.pool === void 0) await pool.close();
  }
}
async function validateTfjs(config, options) {
  const searchFrom = [config.root, options.cwd];
  const runtime = config.train?.writes === "model" ? await loadOnnxRuntime(options.backend, searchFrom) : void 0;
  if (runtime === void 0)
    await useBackend(options.backend, { searchFrom, onNotice: options.onNotice });
  options.onPhase?.("validating");
  const data = await prepareData(config, options.cwd);
  const retrainLine = config.train === void 0 ? "" : await validateRetrain(
    config,
    data.dataset,
    options.cwd,
    runtime && `${runtime.name} ${runtime.version}`
  );
  if (config.model === void 0) return retrainLine;
  const suite = await prepareModel(config, data, options.cwd);
  try {
    options.onSuite?.(suite);
  } finally {
    suite.model.dispose();
  }
  const applicable = suite.components.filter((c) => c.notApplicable === void 0).length;
  const skipped = suite.components.length - applicable;
  return `${config.file}: valid \u2014 suite ${config.suite}, ${suite.dataset.n} examples, ${suite.dataset.features.length} features, ${applicable} components` + (skipped > 0 ? ` (+${skipped} not applicable)` : "") + `, ${config.tests.length} model unit tests`;
}
export {
  runTfjsEngine,
  validateTfjs
};
