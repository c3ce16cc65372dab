import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  BACKEND_CHOICES
} from "./chunk-JGSJAZ6X.js";
import {
  InputError,
  errorMessage
} from "./chunk-YSKLVAJM.js";

// src/cli/args.ts
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

export {
  COMMON,
  parse,
  backendOf,
  workersOf
};
