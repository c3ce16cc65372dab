import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  routeConsoleWarnings
} from "./chunk-PWS66BE3.js";
import {
  validateConfig
} from "./chunk-FNE3DERF.js";
import "./chunk-KISSJ4RZ.js";
import "./chunk-2JP7IANX.js";
import "./chunk-46MOVVUT.js";
import "./chunk-NXMZILZR.js";
import "./chunk-P3ZDLQYH.js";
import "./chunk-ETBKEFJ4.js";
import {
  COMMON,
  backendOf,
  parse
} from "./chunk-SIYZMLQ2.js";
import "./chunk-T7O6L3LQ.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-277FLAS7.js";
import "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";

// src/cli/validate.ts
import { parseArgs } from "node:util";
async function validateCommand(args, io) {
  const { values } = parse(() => parseArgs({ args, strict: true, options: COMMON }));
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
export {
  validateCommand
};
