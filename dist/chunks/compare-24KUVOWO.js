import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  compareCommand,
  finishComparison,
  shownTarget,
  verdictLines,
  writeReport
} from "./chunk-ENG4DEYB.js";
import "./chunk-22YSSS2N.js";
import "./chunk-P3ZDLQYH.js";
import {
  readResultsFile
} from "./chunk-46FYAQYA.js";
import "./chunk-ETBKEFJ4.js";
import "./chunk-SIYZMLQ2.js";
import "./chunk-T7O6L3LQ.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-277FLAS7.js";
import "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";
export {
  compareCommand,
  finishComparison,
  readResultsFile,
  shownTarget,
  verdictLines,
  writeReport
};
