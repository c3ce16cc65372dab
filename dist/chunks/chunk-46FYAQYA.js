import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  require_ajv
} from "./chunk-ETBKEFJ4.js";
import {
  InputError,
  errorMessage
} from "./chunk-YSKLVAJM.js";
import {
  __toESM
} from "./chunk-QGQCRQM2.js";

// src/results/read.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/results/validate.ts
var import_ajv = __toESM(require_ajv(), 1);

// schema/results.schema.json
var results_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/ablation-ci/ablation-ci/schema/results.schema.json",
  title: "ablation-ci results (schemaVersion 1)",
  description: "One run of an ablation suite: component contributions and model unit tests, with intervals on every estimate.",
  type: "object",
  additionalProperties: false,
  required: [
    "schemaVersion",
    "suite",
    "source",
    "run",
    "timing",
    "task",
    "classes",
    "data",
    "metrics",
    "baseline",
    "components",
    "tests",
    "predictions"
  ],
  properties: {
    schemaVersion: {
      const: 1
    },
    suite: {
      type: "string",
      pattern: "^(?!\\.\\.?$|\\.git$)[A-Za-z0-9._-]+$"
    },
    source: {
      type: "object",
      additionalProperties: false,
      required: ["commit", "ref", "configHash", "modelHash", "dataHash"],
      properties: {
        commit: {
          type: ["string", "null"]
        },
        ref: {
          type: ["string", "null"]
        },
        configHash: {
          $ref: "#/definitions/hash"
        },
        modelHash: {
          $ref: "#/definitions/hash"
        },
        dataHash: {
          $ref: "#/definitions/hash"
        }
      }
    },
    run: {
      type: "object",
      additionalProperties: false,
      required: ["seed", "repeats", "resamples", "confidence", "backend", "shard", "gate"],
      properties: {
        seed: {
          type: "integer"
        },
        repeats: {
          type: "integer",
          minimum: 1
        },
        resamples: {
          type: "integer",
          minimum: 1
        },
        confidence: {
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1
        },
        backend: {
          enum: ["tensorflow", "wasm", "cpu"]
        },
        shard: {
          oneOf: [
            {
              type: "null"
            },
            {
              type: "object",
              additionalProperties: false,
              required: ["index", "count"],
              properties: {
                index: {
                  type: "integer",
                  minimum: 1
                },
                count: {
                  type: "integer",
                  minimum: 1
                }
              }
            }
          ]
        },
        budget: {
          description: "What a time limit (time-limit) changed; present only when one was set.",
          type: "object",
          additionalProperties: false,
          required: ["limit", "estimate", "repeats", "rows", "notEvaluated"],
          properties: {
            limit: { type: "number", exclusiveMinimum: 0 },
            estimate: { type: "number", minimum: 0 },
            repeats: {
              oneOf: [
                { type: "null" },
                {
                  type: "object",
                  additionalProperties: false,
                  required: ["from", "to"],
                  properties: {
                    from: { type: "integer", minimum: 1 },
                    to: { type: "integer", minimum: 1 }
                  }
                }
              ]
            },
            rows: {
              oneOf: [
                { type: "null" },
                {
                  type: "object",
                  additionalProperties: false,
                  required: ["from", "to"],
                  properties: {
                    from: { type: "integer", minimum: 1 },
                    to: { type: "integer", minimum: 1 }
                  }
                }
              ]
            },
            notEvaluated: { type: "integer", minimum: 0 }
          }
        },
        gate: {
          type: "object",
          additionalProperties: false,
          required: ["failOn", "regression"],
          properties: {
            failOn: {
              type: "array",
              uniqueItems: true,
              items: {
                enum: ["test-failure", "regression", "inconclusive"]
              }
            },
            regression: {
              type: "object",
              additionalProperties: false,
              required: ["metric", "tolerance", "alpha"],
              properties: {
                metric: {
                  $ref: "#/definitions/metricName"
                },
                tolerance: {
                  type: "number",
                  minimum: 0
                },
                alpha: {
                  type: "number",
                  exclusiveMinimum: 0,
                  maximum: 0.5
                }
              }
            }
          }
        }
      }
    },
    timing: {
      type: "object",
      additionalProperties: false,
      required: ["startedAt", "durationMs"],
      properties: {
        startedAt: {
          type: "string"
        },
        durationMs: {
          type: "number",
          minimum: 0
        }
      }
    },
    task: {
      enum: ["binary", "multiclass", "regression"]
    },
    classes: {
      oneOf: [
        {
          type: "null"
        },
        {
          type: "array",
          items: {
            type: "string"
          },
          minItems: 2
        }
      ]
    },
    data: {
      type: "object",
      additionalProperties: false,
      required: ["labelCounts", "duplicateRows"],
      description: "Facts about the eval data for the report's data checks.",
      properties: {
        labelCounts: {
          oneOf: [
            {
              type: "null"
            },
            {
              type: "object",
              additionalProperties: {
                type: "integer",
                minimum: 0
              }
            }
          ],
          description: "examples per class (null for regression)"
        },
        duplicateRows: {
          type: "integer",
          minimum: 0,
          description: "rows equal to an earlier row (features and label)"
        }
      }
    },
    metrics: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "higherIsBetter"],
        properties: {
          name: {
            $ref: "#/definitions/metricName"
          },
          higherIsBetter: {
            type: "boolean"
          }
        }
      }
    },
    baseline: {
      type: "object",
      additionalProperties: false,
      required: ["n", "metrics"],
      properties: {
        n: {
          type: "integer",
          minimum: 1
        },
        metrics: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/estimate"
          }
        }
      }
    },
    components: {
      type: "array",
      items: {
        $ref: "#/definitions/component"
      }
    },
    tests: {
      type: "array",
      items: {
        $ref: "#/definitions/test"
      }
    },
    predictions: {
      type: "object",
      additionalProperties: false,
      required: ["encoding", "shape", "baseline", "labels"],
      properties: {
        encoding: {
          const: "base64-le",
          description: "baseline: float32 model outputs, n \xD7 k row-major; labels: float64 class index or target per example; both little-endian, base64."
        },
        shape: {
          type: "array",
          items: {
            type: "integer",
            minimum: 1
          },
          minItems: 2,
          maxItems: 2
        },
        baseline: {
          type: "string",
          contentEncoding: "base64"
        },
        labels: {
          type: "string",
          contentEncoding: "base64"
        }
      }
    },
    retrain: {
      description: "Retrain ablations (present when the config has `train`): the K seeds, the time limit, the statistics used and the retrained baseline.",
      type: "object",
      additionalProperties: false,
      required: ["seeds", "timeLimitMs", "method", "baseline"],
      properties: {
        seeds: {
          type: "array",
          items: {
            type: "integer",
            minimum: 0
          },
          minItems: 1
        },
        timeLimitMs: {
          type: "number",
          exclusiveMinimum: 0
        },
        method: {
          const: "seed-t+example-bootstrap"
        },
        variants: {
          description: "The names of every retrain variant of the config, in its order (in a shard too, which trains a range of them); absent in documents written before it existed.",
          type: "array",
          items: {
            type: "string"
          }
        },
        baseline: {
          type: "object",
          additionalProperties: false,
          required: ["runs", "metrics"],
          properties: {
            runs: {
              type: "array",
              items: {
                $ref: "#/definitions/retrainRun"
              }
            },
            metrics: {
              type: "object",
              additionalProperties: {
                $ref: "#/definitions/estimate"
              }
            }
          }
        }
      }
    }
  },
  definitions: {
    hash: {
      type: "string",
      pattern: "^sha256:[0-9a-f]{64}$"
    },
    metricName: {
      enum: [
        "accuracy",
        "error_rate",
        "precision",
        "recall",
        "f1",
        "precision_macro",
        "recall_macro",
        "f1_macro",
        "f1_weighted",
        "roc_auc",
        "log_loss",
        "mse",
        "rmse",
        "mae",
        "r2"
      ]
    },
    interval: {
      type: "array",
      items: {
        type: "number"
      },
      minItems: 2,
      maxItems: 2
    },
    undefinedEstimate: {
      type: "object",
      additionalProperties: false,
      required: ["value", "reason"],
      properties: {
        value: {
          type: "null"
        },
        reason: {
          type: "string",
          minLength: 1
        }
      }
    },
    estimate: {
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["value", "ci"],
          properties: {
            value: {
              type: "number"
            },
            ci: {
              $ref: "#/definitions/interval"
            }
          }
        },
        {
          $ref: "#/definitions/undefinedEstimate"
        }
      ]
    },
    contribution: {
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["value", "valueCi", "contribution", "ci", "p", "q"],
          properties: {
            value: {
              type: "number",
              description: "the metric with the component ablated"
            },
            valueCi: {
              $ref: "#/definitions/interval"
            },
            contribution: {
              type: "number",
              description: "positive means the component helps"
            },
            ci: {
              $ref: "#/definitions/interval"
            },
            p: {
              type: "number",
              minimum: 0,
              maximum: 1
            },
            q: {
              type: "number",
              minimum: 0,
              maximum: 1,
              description: "Benjamini\u2013Hochberg adjusted p over all components of this metric"
            }
          }
        },
        {
          $ref: "#/definitions/undefinedEstimate"
        }
      ]
    },
    component: {
      type: "object",
      additionalProperties: false,
      required: ["id", "kind", "target", "mode", "repeats"],
      properties: {
        id: {
          type: "string"
        },
        kind: {
          enum: ["layer", "feature", "group", "retrain"]
        },
        name: {
          type: "string",
          minLength: 1
        },
        target: {
          type: "array",
          items: {
            type: "string"
          },
          minItems: 1
        },
        mode: {
          enum: ["zero", "reinit", "mean", "remove", "permute", "value", "retrain"]
        },
        value: {
          type: "number"
        },
        repeats: {
          type: "integer",
          minimum: 0
        },
        notApplicable: {
          type: "string"
        },
        metrics: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/contribution"
          }
        },
        retrain: {
          description: "Retrain ablations: the switches, the dropped features and every (seed) training run of the variant.",
          type: "object",
          additionalProperties: false,
          required: ["switches", "dropFeatures", "runs"],
          properties: {
            switches: {
              type: "object",
              additionalProperties: {
                type: ["string", "number", "boolean"]
              }
            },
            dropFeatures: {
              type: "array",
              items: {
                type: "string"
              }
            },
            runs: {
              type: "array",
              items: {
                $ref: "#/definitions/retrainRun"
              }
            }
          }
        }
      },
      oneOf: [
        {
          required: ["metrics"]
        },
        {
          required: ["notApplicable"]
        }
      ]
    },
    test: {
      type: "object",
      additionalProperties: false,
      required: ["name", "metric", "threshold", "where", "n", "status"],
      properties: {
        name: {
          type: "string"
        },
        metric: {
          $ref: "#/definitions/metricName"
        },
        class: {
          type: "string"
        },
        threshold: {
          type: "object",
          additionalProperties: false,
          required: ["op", "value"],
          properties: {
            op: {
              enum: [">=", ">", "<=", "<"]
            },
            value: {
              type: "number"
            }
          }
        },
        where: {
          type: "object"
        },
        n: {
          type: "integer",
          minimum: 0
        },
        value: {
          type: ["number", "null"]
        },
        ci: {
          $ref: "#/definitions/interval"
        },
        method: {
          enum: [
            "clopper-pearson",
            "clopper-pearson-f1",
            "clopper-pearson-auc",
            "bootstrap",
            "wilson"
          ]
        },
        status: {
          enum: ["pass", "fail", "inconclusive", "skipped"]
        },
        reason: {
          type: "string"
        },
        slice: {
          type: "string",
          contentEncoding: "base64",
          description: "the slice's rows of the eval data as a bitset (bit i of byte i>>3, least significant first)"
        }
      },
      if: {
        properties: {
          status: {
            const: "skipped"
          }
        }
      },
      then: {
        required: ["reason"]
      },
      else: {
        required: ["value", "ci", "method", "slice"]
      }
    },
    retrainRun: {
      description: "One training run: its seed, how it ended, its times (not deterministic, like `timing`) and the metrics of the model it trained on the eval data.",
      type: "object",
      additionalProperties: false,
      required: ["seed", "status", "ms", "trainMs", "cached", "metrics"],
      properties: {
        seed: {
          type: "integer",
          minimum: 0
        },
        status: {
          enum: ["ok", "timed-out"]
        },
        ms: {
          type: "number",
          minimum: 0
        },
        trainMs: {
          type: ["number", "null"],
          minimum: 0
        },
        cached: {
          type: "boolean"
        },
        metrics: {
          type: "object",
          additionalProperties: {
            type: ["number", "null"]
          }
        }
      }
    }
  }
};

// src/results/validate.ts
var check;
function resultsProblem(document) {
  check ??= new import_ajv.Ajv({ allErrors: false, strict: false }).compile(results_schema_default);
  if (check(document)) return void 0;
  return describe(check.errors?.[0]);
}
function describe(error) {
  if (error === void 0) return "invalid results document";
  const where = error.instancePath === "" ? "(root)" : error.instancePath;
  return `${where}: ${error.message ?? "invalid"}`;
}

// src/results/read.ts
function parseResults(text, source) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${errorMessage(error)})`, source);
  }
  const problem = resultsProblem(document);
  if (problem !== void 0) {
    throw new InputError(`not a results document (schemaVersion 1): ${problem}`, source);
  }
  return document;
}
async function readResultsFile(file, cwd, where) {
  const source = where === void 0 ? { file } : { file, where };
  let text;
  try {
    text = await readFile(path.resolve(cwd, file), "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(code === "ENOENT" ? "file not found" : errorMessage(error), source);
  }
  return parseResults(text, source);
}

// src/files/atomic.ts
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path2 from "node:path";
var pending = /* @__PURE__ */ new Set();
var SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
function onSignal(signal) {
  guard(false);
  removePendingTemporaries();
  process.exit(128 + SIGNALS[signal]);
}
function guard(on) {
  for (const signal of Object.keys(SIGNALS)) {
    if (on) process.on(signal, onSignal);
    else process.off(signal, onSignal);
  }
}
var CHUNK = 1 << 20;
async function writeFileAtomic(file, text) {
  const dir = path2.dirname(file);
  await mkdir(dir, { recursive: true });
  const temporary = track(file);
  try {
    const handle = await open(temporary, "wx", 420);
    try {
      const bytes = Buffer.from(text, "utf8");
      for (let at = 0; at < bytes.length; at += CHUNK) {
        await handle.write(bytes, at, Math.min(CHUNK, bytes.length - at));
      }
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    untrack(temporary);
  }
}
async function probeWritable(file) {
  const temporary = track(file);
  try {
    await (await open(temporary, "wx", 420)).close();
  } finally {
    await rm(temporary, { force: true });
    untrack(temporary);
  }
}
function track(file) {
  const name = `.${path2.basename(file)}.${randomBytes(6).toString("hex")}.tmp`;
  const temporary = path2.join(path2.dirname(file), name);
  if (pending.size === 0) guard(true);
  pending.add(temporary);
  return temporary;
}
function untrack(temporary) {
  pending.delete(temporary);
  if (pending.size === 0) guard(false);
}
function removePendingTemporaries() {
  const removed = [...pending];
  for (const file of removed) {
    rmSync(file, { force: true });
    pending.delete(file);
  }
  guard(false);
  return removed;
}

export {
  resultsProblem,
  parseResults,
  readResultsFile,
  writeFileAtomic,
  probeWritable
};
